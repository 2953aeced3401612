package dev.auditpack.pack;

import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.pdf.TemplateSet;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ticket-summary.md}: a short Markdown block to paste into an audit ticket, with the hashes of the files
 * attached to it, rendered from {@value #TEMPLATE}, which a user's template folder may replace. It lives beside the
 * zip, since it quotes the zip's own hash.
 */
final class TicketSummary {

    /** Name of the file beside the pack. */
    static final String FILE = "ticket-summary.md";

    /** Its template. */
    static final String TEMPLATE = "ticket-summary" + TemplateSet.MARKDOWN;

    /** Most failing controls listed. */
    static final int TOP = 10;

    /** Accounts listed in full up to this many; an organisation's list would swamp the ticket. */
    static final int ACCOUNTS_LISTED = 12;

    /**
     * A file attached to the ticket.
     *
     * @param name   file name
     * @param size   bytes
     * @param sha256 lower-case hex SHA-256
     */
    record Attachment(String name, long size, String sha256) {
        Attachment {
            Objects.requireNonNull(name);
            Objects.requireNonNull(sha256);
        }
    }

    private TicketSummary() {}

    /** The Markdown for one pack, from the shipped template. */
    static byte[] render(ReportModel model, List<Attachment> attachments, Optional<String> signer) {
        return render(model, attachments, signer, TemplateSet.defaults());
    }

    /**
     * The Markdown for one pack.
     *
     * @param signer who signed the pack (subject and certificate fingerprint), when it is signed
     */
    static byte[] render(
            ReportModel model, List<Attachment> attachments, Optional<String> signer, TemplateSet templates) {
        return render(model, attachments, signer, templates, Optional.empty());
    }

    /**
     * The Markdown for a redacted build, from its redacted model.
     *
     * @param auditorsOnly the full pack's zip, which holds the raw evidence and goes to auditors only, not to tickets
     */
    static byte[] render(
            ReportModel model,
            List<Attachment> attachments,
            Optional<String> signer,
            TemplateSet templates,
            Optional<String> auditorsOnly) {
        Map<String, Object> data = new HashMap<>();
        data.put("auditorsOnly", auditorsOnly.orElse(null));
        data.put("model", model);
        data.put("run", model.run());
        data.put("signer", signer.orElse(null));
        // Maps, not the record: templates reach only public types.
        data.put(
                "attachments",
                attachments.stream()
                        .map(a -> Map.<String, Object>of("name", a.name(), "size", a.size(), "sha256", a.sha256()))
                        .toList());
        data.put(
                "statuses",
                Arrays.stream(ControlStatus.values()).map(Enum::name).toList());
        data.put("top", TOP);
        data.put("listed", ACCOUNTS_LISTED);
        data.put("text", new PlainText());
        return templates.render(TEMPLATE, data).getBytes(StandardCharsets.UTF_8);
    }
}
