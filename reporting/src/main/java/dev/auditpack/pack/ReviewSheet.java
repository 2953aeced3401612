package dev.auditpack.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.evidence.Digests;
import dev.auditpack.report.pdf.EvidenceAttachments;
import dev.auditpack.report.pdf.PdfWriter;
import dev.auditpack.report.pdf.TemplateSet;
import dev.auditpack.signing.PdfSignatures;
import dev.auditpack.signing.SignatureVerdict;
import dev.auditpack.signing.SigningIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The sign-off sheet of a review, {@code reviews/NNN.pdf}: one page, PDF/A-3a and PDF/UA-1 like the report, that
 * states the review for people (the pack as its cover describes it, who prepared it, who reviewed it, the decision,
 * the comment, the time, the hashes reviewed and the signer), with the record {@code reviews/NNN.json} attached to it
 * byte for byte, and signed with the reviewer's key when the record is. The pack's own PDF is never changed.
 */
final class ReviewSheet {

    /** The sheet's template, beside report.ftl. */
    static final String TEMPLATE = "review-sheet.ftl";

    /** Largest sheet read by verify; a sheet is some tens of kilobytes, most of it the fonts. */
    static final int LIMIT = 8 << 20;

    private static final String PREPARED = "Prepared by ";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The pack as its cover states it, read from its {@code results.json} and the first page of its PDF.
     *
     * @param preparer who prepared it, as the cover's "Prepared by" row says, or a sentence saying the cover names none
     */
    record Pack(
            String organisation,
            String system,
            String periodLabel,
            String period,
            String frameworks,
            String preparer,
            String toolVersion) {}

    private ReviewSheet() {}

    /** Reads what the sheet repeats from the pack's cover. */
    static Pack pack(ZipFile file) throws IOException {
        String preparer;
        try (InputStream in = file.getInputStream(file.getEntry(ReportJob.PDF));
                PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            preparer = PackPdf.text(pdf, 1)
                    .lines()
                    .map(String::strip)
                    .filter(l -> l.startsWith(PREPARED))
                    .map(l -> l.substring(PREPARED.length()).strip())
                    .findFirst()
                    .orElse("not named on the pack's cover");
        }
        try (InputStream in = file.getInputStream(file.getEntry(ReportJob.RESULTS));
                JsonParser json = JSON.createParser(in)) {
            return fromResults(json, preparer);
        }
    }

    /** Streams results.json, keeping only the run, the frameworks' titles and the system's name. */
    private static Pack fromResults(JsonParser json, String preparer) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException(ReportJob.RESULTS + " is not a JSON object");
        }
        JsonNode run = JSON.createObjectNode();
        List<String> frameworks = new ArrayList<>();
        String system = "";
        for (JsonToken t = json.nextToken(); t == JsonToken.FIELD_NAME; t = json.nextToken()) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals("run") && value == JsonToken.START_OBJECT) {
                run = json.readValueAsTree();
            } else if (field.equals("scope") && value == JsonToken.START_OBJECT) {
                JsonNode scope = json.readValueAsTree();
                system = scope.path("system").path("name").asText("");
            } else if (field.equals("frameworks") && value == JsonToken.START_ARRAY) {
                for (JsonToken f = json.nextToken(); f == JsonToken.START_OBJECT; f = json.nextToken()) {
                    for (JsonToken m = json.nextToken(); m == JsonToken.FIELD_NAME; m = json.nextToken()) {
                        String member = json.currentName();
                        json.nextToken();
                        if (member.equals("title")) {
                            frameworks.add(json.getText());
                        } else {
                            json.skipChildren();
                        }
                    }
                }
            } else {
                json.skipChildren();
            }
        }
        String label = run.path("periodLabel").asText("");
        return new Pack(
                run.path("organisation").asText(""),
                system.isBlank() ? "not declared (the pack was built without a scope file)" : system,
                label,
                label + ": " + run.path("periodStart").asText("") + " to "
                        + run.path("periodEnd").asText(""),
                joined(frameworks),
                preparer,
                run.path("toolVersion").asText(""));
    }

    /** "A", "A and B", "A, B and C", as the report's cover lists them. */
    private static String joined(List<String> names) {
        if (names.size() < 2) {
            return names.isEmpty() ? "none" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * Renders the sheet of a review, with its record attached, and signs it with the reviewer's key if there is one.
     *
     * @param json    the record's bytes, as the zip will hold them
     * @param zipName the zip's file name, for the line saying how to check it
     * @param work    a folder for the files made on the way; it must exist and is left empty
     */
    static byte[] write(
            ReviewRecord record, byte[] json, Pack pack, String zipName, Optional<SigningIdentity> signing, Path work)
            throws IOException {
        String name = ReviewRecord.file(record.sequence());
        Path folder = Files.createTempDirectory(work, ".review-sheet-");
        try {
            Path attached = Files.write(folder.resolve("record.json"), json);
            Path pdf = folder.resolve("sheet.pdf");
            TemplateSet templates = TemplateSet.defaults();
            String xhtml = templates.render(TEMPLATE, Map.of("sheet", words(record, pack, zipName)));
            try (var out = Files.newOutputStream(pdf)) {
                PdfWriter.writePage(
                        TEMPLATE,
                        xhtml,
                        templates,
                        List.of(new EvidenceAttachments.Attachment(
                                name,
                                attached,
                                EvidenceAttachments.Relationship.DATA,
                                "application/json",
                                "The review record this sheet states, byte for byte as " + name + " in the zip.",
                                record.reviewedAt())),
                        out);
            }
            if (signing.isPresent()) {
                PdfSignatures.sign(
                        pdf,
                        signing.get(),
                        record.reviewedAt(),
                        "Sign-off sheet of " + name + ": " + record.decision().words() + " by " + record.reviewer());
            }
            return Files.readAllBytes(pdf);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The sheet's wording, every value a string. */
    private static Map<String, Object> words(ReviewRecord record, Pack pack, String zipName) {
        boolean management = record.role() == ReviewRecord.Role.MANAGEMENT;
        String name = ReviewRecord.file(record.sequence());
        Map<String, Object> sheet = new HashMap<>();
        sheet.put("caption", "auditpack " + (management ? "management sign-off" : "review") + " " + record.sequence());
        sheet.put("title", management ? "Management sign-off sheet" : "Review sign-off sheet");
        sheet.put("roleLabel", management ? "Management signatory" : "Reviewer");
        sheet.put("organisation", pack.organisation());
        sheet.put("system", pack.system());
        sheet.put("periodLabel", pack.periodLabel());
        sheet.put("period", pack.period());
        sheet.put("frameworks", pack.frameworks());
        sheet.put("preparer", pack.preparer());
        sheet.put("toolVersion", pack.toolVersion());
        sheet.put("reviewer", record.reviewer());
        sheet.put("decision", record.decision().words());
        sheet.put("comment", record.comment());
        sheet.put("time", record.reviewedAt().toString().replace('T', ' ').replace("Z", " UTC"));
        sheet.put("zipSha256", record.pack().zip());
        sheet.put("pdfSha256", record.pack().pdf());
        sheet.put("sumsSha256", record.pack().checksums());
        sheet.put("record", name);
        sheet.put("file", ReviewRecord.sheet(name));
        sheet.put("zipName", zipName);
        sheet.put(
                "earlier",
                String.join(
                        ", ",
                        record.previous().stream()
                                .map(ReviewRecord.Earlier::file)
                                .toList()));
        sheet.put(
                "signed",
                record.signer()
                        .map(s -> "Signed: the record (" + name + ".p7s) and this PDF are signed by " + s.subject())
                        .orElse("Unsigned: nothing on this sheet or in its record shows who wrote it"));
        // A fingerprint is longer than the column: shown on two lines, split between its 16th and 17th byte.
        String fingerprint =
                record.signer().map(ReviewRecord.Signer::fingerprint).orElse("");
        int half = fingerprint.length() > 48 ? 48 : fingerprint.length();
        sheet.put("fingerprint", List.of(fingerprint.substring(0, half), fingerprint.substring(half)));
        return sheet;
    }

    /**
     * Checks the sheet of the record {@code name}: present, signed (when the record is) by the record's certificate
     * and over the whole file, carrying the record byte for byte, and naming the record's reviewer and decision.
     */
    static void check(
            ZipFile file,
            Map<String, ZipEntry> entries,
            String name,
            byte[] json,
            ReviewRecord record,
            List<String> problems)
            throws IOException {
        String sheet = ReviewRecord.sheet(name);
        ZipEntry entry = entries.get(sheet);
        if (entry == null) {
            problems.add("MISSING " + sheet + " (the sign-off sheet of " + name + ")");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream(entry)) {
            bytes = in.readNBytes(LIMIT + 1);
        }
        if (bytes.length > LIMIT) {
            problems.add("INVALID " + sheet + " (larger than " + LIMIT + " bytes: not a sign-off sheet)");
            return;
        }
        try (PackPdf pdf = PackPdf.read(bytes)) {
            Optional<String> wrong = signature(pdf.signatures(), name, record);
            if (wrong.isEmpty()) {
                wrong = content(pdf, name, json, record);
            }
            wrong.ifPresent(w -> problems.add(w.replaceFirst(" ", " " + sheet + " (") + ")"));
        } catch (IOException e) {
            problems.add("INVALID " + sheet + " (not a PDF that can be read: " + e.getMessage() + ")");
        }
    }

    /** What is wrong with the sheet's signatures, as "KIND what", or empty. */
    private static Optional<String> signature(List<SignatureVerdict> signatures, String name, ReviewRecord record) {
        if (record.signer().isEmpty()) {
            return signatures.isEmpty()
                    ? Optional.empty()
                    : Optional.of("UNEXPECTED it is signed, but " + name + " records that it is unsigned");
        }
        String recorded = record.signer().get().fingerprint();
        if (signatures.isEmpty()) {
            return Optional.of("UNSIGNED " + name + " is signed by certificate " + recorded + ", its sheet is not");
        }
        if (signatures.size() > 1) {
            return Optional.of("INVALID it has " + signatures.size() + " signatures; a sheet has one");
        }
        SignatureVerdict verdict = signatures.get(0);
        if (!verdict.valid()) {
            return Optional.of("INVALID " + Signers.bySigner(verdict) + verdict.problem());
        }
        if (!verdict.fingerprint().orElseThrow().equals(recorded)) {
            return Optional.of("MISMATCH signed by certificate "
                    + verdict.fingerprint().orElseThrow() + ", but " + name + " by certificate " + recorded);
        }
        return Optional.empty();
    }

    /** Whether the sheet carries the record and its page names the record's reviewer and decision. */
    private static Optional<String> content(PackPdf pdf, String name, byte[] json, ReviewRecord record)
            throws IOException {
        Optional<byte[]> attached = pdf.read(name);
        if (attached.isEmpty()) {
            return Optional.of("MISMATCH it does not carry " + name + " attached");
        }
        if (!Arrays.equals(attached.get(), json)) {
            return Optional.of("MISMATCH the record attached to it has sha256 " + Digests.sha256(attached.get()) + ", "
                    + name + " has " + Digests.sha256(json) + ": it is the sheet of another review");
        }
        String text = flat(pdf.text());
        String decision = "Decision: " + record.decision().words();
        if (!text.contains(flat(record.reviewer())) || !text.contains(decision)) {
            return Optional.of("MISMATCH its page does not say \"" + decision + "\" by " + record.reviewer() + ", as "
                    + name + " does");
        }
        return Optional.empty();
    }

    /**
     * Text with every run of white space as one space, so a line break on the page does not matter, and ligatures
     * (the font's "fi") read as their letters.
     */
    private static String flat(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
