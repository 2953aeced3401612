package dev.auditpack.pack;

import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.report.pdf.EvidenceAttachments;
import dev.auditpack.report.pdf.Formatting;
import dev.auditpack.report.pdf.PdfWriter;
import dev.auditpack.signing.PdfSignatures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** {@code evidence-pack.pdf}: the report to read, with the evidence it was made from inside it, signed last. */
final class PdfReport implements ReportWriter {

    private static final String JSON = "application/json";

    @Override
    public String file() {
        return ReportJob.PDF;
    }

    @Override
    public String description() {
        return "The report to read (PDF/A-3a, PDF/UA-1). Every control of the frameworks named above, with its "
                + "status, who operates it (AWS, the organisation, or both), the evidence it rests on and the failing "
                + "resources; the AWS reports relied on; the calls that failed during collection; an index of the "
                + "evidence with SHA-256 hashes. evidence/index.json, results.json and, when there are at most "
                + String.format(Locale.ROOT, "%,d", Formatting.FILES_LISTED)
                + ", the evidence files are attached inside it (pdfdetach -list lists them).";
    }

    @Override
    public String redactedDescription() {
        return "The report to read (PDF/A-3a, PDF/UA-1), redacted. Every control of the frameworks named above, with "
                + "its status, who operates it, the evidence it rests on and the failing resources; the AWS reports "
                + "relied on; the calls that failed during collection; an index of the evidence with SHA-256 hashes. "
                + "Only results.json and signing.json are attached inside it: no evidence.";
    }

    /** It carries {@code results.json} inside it. */
    @Override
    public List<String> reads() {
        return List.of(ReportJob.RESULTS);
    }

    @Override
    public void write(Context context, OutputStream out) throws IOException {
        var run = context.model().run();
        List<EvidenceAttachments.Attachment> attached = attachments(
                context.locker(), context.staged().apply(ReportJob.RESULTS), run.generatedAt(), run.redacted());
        // The seal is written here, once results.json exists: it records the SHA-256 of the copies the PDF carries,
        // and the zip takes the same file.
        Map<String, String> contents = new TreeMap<>();
        for (EvidenceAttachments.Attachment a : attached) {
            if (a.name().equals(ReportJob.RESULTS) || a.name().equals(ReportJob.EVIDENCE + "/" + LockerWriter.INDEX)) {
                contents.put(a.name(), Digests.sha256(a.file()));
            }
        }
        Files.write(context.seal(), PackSeal.of(context.signing(), contents).toJson());
        attached.add(new EvidenceAttachments.Attachment(
                PackSeal.FILE,
                context.seal(),
                EvidenceAttachments.Relationship.DATA,
                JSON,
                "Whether this pack was signed, the subject and "
                        + "SHA-256 fingerprint of the signer's certificate, and the SHA-256 of results.json and the locker "
                        + "index inside this PDF.",
                run.generatedAt()));
        PdfWriter.write(context.model(), context.templates(), attached, out);
    }

    /** Signed last, so the signature covers the PDF exactly as the zip and the hashes will hold it. */
    @Override
    public void finish(Context context, Path written) {
        context.signing()
                .ifPresent(id ->
                        PdfSignatures.sign(written, id, context.model().run().generatedAt()));
    }

    /**
     * What the PDF carries inside it, named as in the pack: the locker's index and every raw evidence file (the
     * sources its answers were drawn from) when there are at most {@link Formatting#FILES_LISTED}, and {@code
     * results.json} (the same answers as data). A redacted
     * PDF carries only the masked {@code results.json}: the raw evidence holds the real account ids and addresses.
     */
    private static List<EvidenceAttachments.Attachment> attachments(
            Locker locker, Path results, Instant generatedAt, boolean redacted) {
        List<EvidenceAttachments.Attachment> list = new ArrayList<>();
        EvidenceIndex index = locker.index();
        if (redacted) {
            list.add(resultsAttachment(results, generatedAt));
            return list;
        }
        list.add(new EvidenceAttachments.Attachment(
                ReportJob.EVIDENCE + "/" + LockerWriter.INDEX,
                locker.root().resolve(LockerWriter.INDEX),
                EvidenceAttachments.Relationship.SOURCE,
                JSON,
                "Index of the evidence locker: the SHA-256 and size of every raw evidence file, the scope and the "
                        + "collection errors of run " + index.runId() + ".",
                index.finishedAt()));
        if (index.evidence().size() <= Formatting.FILES_LISTED) {
            for (EvidenceEntry e : index.evidence()) {
                list.add(new EvidenceAttachments.Attachment(
                        ReportJob.EVIDENCE + "/" + e.path(),
                        locker.root().resolve(e.path()),
                        EvidenceAttachments.Relationship.SOURCE,
                        JSON,
                        "Raw AWS evidence from collector " + e.collector() + ", account " + e.account() + ", region "
                                + e.region() + ", collected " + e.collectedAt() + "; sha256:" + e.sha256(),
                        e.collectedAt()));
            }
        }
        list.add(resultsAttachment(results, generatedAt));
        return list;
    }

    private static EvidenceAttachments.Attachment resultsAttachment(Path results, Instant generatedAt) {
        return new EvidenceAttachments.Attachment(
                ReportJob.RESULTS,
                results,
                EvidenceAttachments.Relationship.DATA,
                JSON,
                "The answers of this pack as JSON: every control, check and finding (see docs/results-format.md).",
                generatedAt);
    }
}
