package dev.auditpack.pack;

import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Locker;
import dev.auditpack.report.Redaction;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.pdf.TemplateSet;
import dev.auditpack.signing.SigningIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@value #ZIP}: the pack for a ticket. The same writers as the full pack, run a second time over the redacted model
 * into a folder of their own inside the staging area, then zipped with their own README.txt, ticket summary,
 * {@code signing.json} and {@code SHA256SUMS} (signed when the pack is), and without the evidence locker or the
 * manual evidence documents: those hold the real account ids, addresses and names. Its PDF carries only the masked
 * {@code results.json} and {@code signing.json}.
 */
final class RedactedPack {

    /** The zip for tickets, beside the full one. */
    static final String ZIP = "evidence-pack-redacted.zip";

    /** Folder of the staging area the redacted outputs are written to; it goes with the staging folder. */
    private static final String FOLDER = ".redacted";

    /**
     * What was written.
     *
     * @param model  the redacted model
     * @param zip    the staged zip
     * @param signer who signed it, masked as the model is, when it is signed
     */
    record Written(ReportModel model, Path zip, Optional<String> signer) {}

    private RedactedPack() {}

    /**
     * Renders the redacted model with every writer and writes {@value #ZIP} into the staging area of {@code out}.
     *
     * @param fullZip name of the full pack's zip, which the redacted README.txt and ticket summary point auditors to
     */
    static Written write(
            OutputDirectory out,
            Redaction redaction,
            List<ReportWriter> writers,
            Locker locker,
            TemplateSet templates,
            Optional<SigningIdentity> signing,
            String fullZip) {
        Path zip = out.staged(ZIP);
        Path folder = zip.resolveSibling(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the redacted pack in " + folder, e);
        }
        ReportModel model = redaction.apply();
        Path seal = folder.resolve("." + PackSeal.FILE);
        ReportWriter.Context context =
                new ReportWriter.Context(model, templates, locker, signing, folder::resolve, seal);
        WriterThreads.run(writers, context);
        // The signer's subject may name a person or carry an e-mail address; the fingerprint is kept as it is.
        Optional<String> signer = signing.map(
                id -> redaction.text(id.subject()) + " (certificate SHA-256 fingerprint " + id.fingerprint() + ")");
        PackArchive archive = new PackArchive(model.run().generatedAt());
        writers.forEach(w -> w.files(model).forEach(f -> archive.add(f, folder.resolve(f))));
        byte[] ticket = TicketSummary.render(
                model,
                List.of(attachment(ReportJob.PDF, folder.resolve(ReportJob.PDF))),
                signer,
                templates,
                Optional.of(fullZip));
        archive.add(AuditorReadme.FILE, AuditorReadme.render(model, writers, signer, templates, Optional.of(fullZip)))
                .add(PackSeal.FILE, seal)
                .add(TicketSummary.FILE, ticket);
        archive.write(zip, signing);
        return new Written(model, zip, signer);
    }

    /** A file with its size and SHA-256, as the ticket summary lists it. */
    static TicketSummary.Attachment attachment(String name, Path file) {
        try {
            return new TicketSummary.Attachment(name, Files.size(file), Digests.sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + name, e);
        }
    }
}
