package dev.auditpack.pack;

import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.ReportModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ticket-summary.md}: a short Markdown block to paste into an audit ticket, with the hashes of the
 * files attached to it. It lives beside the zip, since it quotes the zip's own hash.
 */
final class TicketSummary {

    /** Name of the file beside the pack. */
    static final String FILE = "ticket-summary.md";

    /** Most failing controls listed. */
    static final int TOP = 10;

    private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]<>|#])");

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

    private TicketSummary() {
    }

    /** Rows for the manual evidence and exceptions, when the pack has any. */
    private static String additions(ReportModel model) {
        StringBuilder rows = new StringBuilder();
        if (!model.manual().isEmpty()) {
            long expired = model.manual().stream().filter(ReportModel.ManualRow::expired).count();
            rows.append("| Manual evidence | ").append(model.manual().size()).append(" document(s)")
                    .append(expired > 0 ? ", " + expired + " expired (counted as missing)" : "").append(" |\n");
        }
        if (!model.exceptions().isEmpty()) {
            long active = model.exceptions().stream().filter(ReportModel.ExceptionRow::active).count();
            long accepted = model.exceptions().stream().filter(ReportModel.ExceptionRow::active)
                    .mapToLong(ReportModel.ExceptionRow::matched).sum();
            rows.append("| Exceptions | ").append(model.exceptions().size()).append(", ").append(active)
                    .append(" active; ").append(accepted).append(" failing finding(s) accepted |\n");
        }
        return rows.toString();
    }

    /** Accounts listed in full up to this many; an organisation's list would swamp the ticket. */
    static final int ACCOUNTS_LISTED = 12;

    private static String accounts(List<String> accounts) {
        if (accounts.size() <= ACCOUNTS_LISTED) {
            return String.join(", ", accounts);
        }
        return accounts.size() + ": " + String.join(", ", accounts.subList(0, ACCOUNTS_LISTED)) + " and "
                + (accounts.size() - ACCOUNTS_LISTED) + " more (every one is in the PDF and results.json)";
    }

    /**
     * The Markdown for one pack.
     *
     * @param signer who signed the pack (subject and certificate fingerprint), when it is signed
     */
    static byte[] render(ReportModel model, List<Attachment> attachments, Optional<String> signer) {
        ReportModel.Run run = model.run();
        StringBuilder md = new StringBuilder();
        md.append("### Evidence pack: ").append(escape(run.organisation())).append(", ").append(run.periodLabel())
                .append("\n\n")
                .append("| | |\n|---|---|\n")
                .append("| Organisation | ").append(escape(run.organisation())).append(" |\n")
                .append("| Audit period | ").append(run.periodLabel()).append(" (").append(run.periodStart())
                .append(" to ").append(run.periodEnd()).append(") |\n")
                .append("| AWS accounts | ").append(accounts(run.accounts())).append(" |\n")
                .append("| Regions | ").append(String.join(", ", run.regions())).append(" |\n")
                .append("| Generated | ").append(AuditorReadme.seconds(run.generatedAt())).append(" by auditpack ")
                .append(escape(run.toolVersion())).append(" |\n")
                .append(additions(model))
                .append("| Collection errors | ").append(model.errors().size())
                .append(model.errors().isEmpty() ? "" : " (their controls are GAP)").append(" |\n")
                .append("| Signed | ").append(signer.map(s -> "by " + escape(s)).orElse("no")).append(" |\n")
                .append(run.redacted() ? "| Redacted | yes, for tickets: account ids are pseudonyms (acct-1, ...) and IP "
                        + "addresses private-ip-N or public-ip-N; the evidence locker in the zip keeps the originals |\n"
                        : "")
                .append('\n');

        md.append("**Controls by status**\n\n| Framework | Controls |");
        for (ControlStatus s : ControlStatus.values()) {
            md.append(' ').append(label(s)).append(" |");
        }
        md.append("\n|---|---:|").append("---:|".repeat(ControlStatus.values().length)).append('\n');
        for (ReportModel.FrameworkSection f : model.frameworks()) {
            md.append("| ").append(escape(f.shortName())).append(" | ").append(f.total()).append(" |");
            for (ControlStatus s : ControlStatus.values()) {
                md.append(' ').append(f.counts().getOrDefault(s, 0)).append(" |");
            }
            md.append('\n');
        }

        List<ReportModel.FrameworkControl> failing = model.notSatisfied();
        md.append("\n**Top failing controls** (").append(Math.min(TOP, failing.size())).append(" of ")
                .append(failing.size()).append(" not satisfied, by grade, then severity, then most failing resources)\n\n");
        if (failing.isEmpty()) {
            md.append("None: no control is NOT_SATISFIED.\n");
        } else {
            md.append("| Framework | Control | Failing checks | Failing resources | Grade |\n|---|---|---|---:|---|\n");
            for (ReportModel.FrameworkControl f : failing.subList(0, Math.min(TOP, failing.size()))) {
                List<String> checks = f.control().checks().stream().filter(c -> c.fail() > 0)
                        .map(c -> "`" + c.id() + "` (" + c.fail() + ")").toList();
                md.append("| ").append(escape(f.framework().shortName())).append(" | ").append(escape(f.control().id()))
                        .append(' ').append(escape(f.control().title())).append(" | ").append(String.join(", ", checks))
                        .append(" | ").append(f.control().failingTotal()).append(" | ")
                        .append(escape(f.control().grade().map(g -> g.label() + (g.severity().isEmpty() ? ""
                                : " (" + g.severity() + ")")).orElse("not graded"))).append(" |\n");
            }
        }

        md.append("\n**Attachments**\n\n| File | Size | SHA-256 |\n|---|---:|---|\n");
        for (Attachment a : attachments) {
            md.append("| ").append(escape(a.name())).append(" | ").append(size(a.size())).append(" | `")
                    .append(a.sha256()).append("` |\n");
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String label(ControlStatus status) {
        String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Exact bytes, and a rounded size for people. */
    static String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        if (bytes < 1024) {
            return exact;
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%s)", value, units[unit], exact);
    }

    private static String escape(String text) {
        return MARKDOWN.matcher(dev.auditpack.report.VisibleText.of(text.replace('\r', ' ').replace('\n', ' ')))
                .replaceAll("\\\\$1");
    }
}
