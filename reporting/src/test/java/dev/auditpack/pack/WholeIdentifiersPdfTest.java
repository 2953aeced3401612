package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No SHA-256 hash, control id, locker path or e-mail address of the demo PDF is broken across lines: its text, as
 * PDFBox and {@code pdftotext -layout} extract it, holds each one whole on one line, and no line holds a piece of
 * one. Each hash is printed once. What the identifiers are comes from results.json, not from the PDF.
 */
class WholeIdentifiersPdfTest {

    private static final Pattern HEX = Pattern.compile("sha256:([0-9a-f]*)");
    private static final Pattern PREFIXED_CONTROL = Pattern.compile("([a-z0-9]+-\\d{4}):(\\S*)");
    private static final Pattern LOCKER_PATH = Pattern.compile("(?<![\\w/])raw/\\S*");

    private static final Set<String> hashes = new HashSet<>();
    private static final Map<String, Set<String>> controls = new HashMap<>();
    private static final Set<String> emails = new HashSet<>();
    private static final Set<String> paths = new HashSet<>();
    private static final Map<String, List<String>> texts = new HashMap<>();
    /** The manual evidence documents, in the order of the manual evidence table (M1 first). */
    private static final List<JsonNode> manual = new ArrayList<>();

    @BeforeAll
    static void demo() throws IOException {
        Path dir = DemoPacks.signed().dir();
        JsonNode results = PackReaders.results(dir.resolve("results.json"));
        results.get("evidence").forEach(e -> {
            hashes.add(e.get("sha256").asText());
            paths.add(e.get("path").asText());
        });
        results.get("manualEvidence").forEach(m -> {
            manual.add(m);
            hashes.add(m.get("sha256").asText());
            if (m.get("owner").asText().contains("@")) {
                emails.add(m.get("owner").asText());
            }
        });
        results.get("attachments").forEach(a -> hashes.add(a.get("sha256").asText()));
        for (JsonNode f : results.get("frameworks")) {
            Set<String> ids = new HashSet<>();
            for (JsonNode c : f.get("controls")) {
                ids.add(c.get("id").asText());
                JsonNode owner = c.get("owner");
                if (owner != null
                        && owner.hasNonNull("email")
                        && !owner.get("email").asText().isEmpty()) {
                    emails.add(owner.get("email").asText());
                }
            }
            controls.put(f.get("id").asText(), ids);
        }
        Path pdf = dir.resolve(ReportJob.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            texts.put("PDFBox", lines(new PDFTextStripper().getText(doc)));
        }
        ExternalTool layout = ExternalTool.run(dir, "pdftotext", "-layout", pdf.toString(), "-");
        assertThat(layout.exit()).as(layout.output()).isZero();
        texts.put("pdftotext -layout", lines(layout.output()));
    }

    /** The text's lines, with ligatures (the ﬁ of an extracted "whitﬁeld") read as the letters they stand for. */
    private static List<String> lines(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).lines().toList();
    }

    @Test
    void theDemoHasEveryKindOfIdentifier() {
        assertThat(hashes).hasSizeGreaterThan(50);
        assertThat(paths).hasSizeGreaterThan(40);
        assertThat(emails).hasSizeGreaterThan(3);
        assertThat(controls).containsKeys("iso27001-2022", "soc2-2017");
    }

    @Test
    void everyHashIsWholeOnOneLineAndNoLineHoldsAPieceOfOne() {
        texts.forEach((reader, lines) -> {
            List<String> broken = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String line : lines) {
                Matcher m = HEX.matcher(line);
                while (m.find()) {
                    if (hashes.contains(m.group(1))) {
                        seen.add(m.group(1));
                    } else {
                        broken.add(line.strip());
                    }
                }
            }
            assertThat(broken).as(reader).isEmpty();
            assertThat(seen).as(reader).containsExactlyInAnyOrderElementsOf(hashes);
        });
    }

    /** Each hash is printed once, where the file is listed; controls cite a manual document by its reference. */
    @Test
    void eachHashIsPrintedOnceAndControlsCiteDocumentsByReference() {
        String text = String.join("\n", texts.get("PDFBox"));
        for (String hash : hashes) {
            assertThat(occurrences(text, "sha256:" + hash)).as(hash).isEqualTo(1);
        }
        String layout = String.join(" ", texts.get("pdftotext -layout")).replaceAll("\\s+", " ");
        int ref = 0;
        for (JsonNode m : manual) {
            ref++;
            String cited = "M" + ref + " " + m.get("title").asText().split(" ")[0];
            assertThat(occurrences(layout, cited))
                    .as("%s: its row and each control it supports", cited)
                    .isGreaterThanOrEqualTo(m.get("controls").size() + 1);
        }
        assertThat(ref).isGreaterThan(3);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everyControlIdIsWholeOnOneLine() {
        texts.forEach((reader, lines) -> {
            List<String> broken = new ArrayList<>();
            Map<String, Set<String>> seen = new HashMap<>();
            for (String line : lines) {
                Matcher m = PREFIXED_CONTROL.matcher(line);
                while (m.find()) {
                    Set<String> ids = controls.get(m.group(1));
                    if (ids != null && !ids.contains(m.group(2).replaceAll("[,;.)]+$", ""))) {
                        broken.add(line.strip());
                    }
                }
                for (String token : line.strip().split("\\s+")) {
                    String id = token.replaceAll("^[(]|[,;:)]+$", "");
                    controls.forEach((f, ids) -> {
                        if (ids.contains(id)) {
                            seen.computeIfAbsent(f, k -> new HashSet<>()).add(id);
                        } else if (id.endsWith(".") && !ids.contains(id.substring(0, id.length() - 1))) {
                            // A piece such as "A.5." or "CC6." left at a line's end.
                            if (ids.stream().anyMatch(full -> full.startsWith(id))) {
                                broken.add(line.strip());
                            }
                        }
                    });
                }
            }
            assertThat(broken).as(reader).isEmpty();
            controls.forEach(
                    (f, ids) -> assertThat(seen.get(f)).as(reader + " " + f).containsExactlyInAnyOrderElementsOf(ids));
        });
    }

    @Test
    void everyEmailAddressAndLockerPathIsWholeOnOneLine() {
        texts.forEach((reader, lines) -> {
            List<String> broken = new ArrayList<>();
            Set<String> seenEmails = new HashSet<>();
            Set<String> seenPaths = new HashSet<>();
            for (String line : lines) {
                for (String token : line.strip().split("\\s+")) {
                    if (!token.contains("@")) {
                        continue;
                    }
                    String email = token.replaceAll("^[(<]|[,;.)>]+$", "");
                    if (emails.contains(email)) {
                        seenEmails.add(email);
                    } else {
                        broken.add(line.strip());
                    }
                }
                Matcher p = LOCKER_PATH.matcher(line);
                while (p.find()) {
                    String path = p.group().replaceAll("[,;.)]+$", "");
                    if (paths.contains(path)) {
                        seenPaths.add(path);
                    } else if (paths.stream().anyMatch(full -> full.startsWith(path))) {
                        broken.add(line.strip());
                    }
                }
                // The rest of a path broken after "raw".
                if (line.strip().startsWith("/")
                        && paths.stream()
                                .anyMatch(full -> full.endsWith(line.strip().split("[,\\s]")[0]))) {
                    broken.add(line.strip());
                }
            }
            assertThat(broken).as(reader).isEmpty();
            assertThat(seenEmails).as(reader).containsExactlyInAnyOrderElementsOf(emails);
            assertThat(seenPaths).as(reader).containsExactlyInAnyOrderElementsOf(paths);
        });
    }
}
