package dev.auditpack.cli;

import dev.auditpack.input.InputException;
import dev.auditpack.ticket.Attachment;
import dev.auditpack.ticket.Jira;
import dev.auditpack.ticket.ServiceNow;
import dev.auditpack.ticket.TicketException;
import dev.auditpack.ticket.TicketFile;
import dev.auditpack.ticket.TicketFiles;
import dev.auditpack.ticket.TicketSystem;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack attach}: puts a pack's ticket files on a Jira issue or ServiceNow record, with its summary. */
@Command(
        name = "attach",
        mixinStandardHelpOptions = true,
        description = {
            "Attach the pack's files meant for tickets to a Jira Cloud issue or a ServiceNow record, and post "
                    + "ticket-summary.md on it: evidence-pack.zip and evidence-pack.pdf, or, for a pack built with "
                    + "--redact, evidence-pack-redacted.zip and the redacted PDF inside it (never the full pack).",
            "The pack is verified first; one that fails is never attached (exit 3). Files go one after the other; "
                    + "when one does not arrive, those already attached are removed again, and the summary is posted "
                    + "only after every file arrived. 429 and 5xx answers are retried (Retry-After honoured).",
            "Credentials come from the environment only: AUDITPACK_JIRA_EMAIL and AUDITPACK_JIRA_TOKEN (an "
                    + "Atlassian API token), or AUDITPACK_SERVICENOW_USER and AUDITPACK_SERVICENOW_PASSWORD.",
            "URLs must be https://; http:// is accepted only to localhost, 127.0.0.1 or [::1], for a local test "
                    + "server."
        })
final class AttachCommand implements Callable<Integer> {

    static final String JIRA_EMAIL = "AUDITPACK_JIRA_EMAIL";
    static final String JIRA_TOKEN = "AUDITPACK_JIRA_TOKEN";
    static final String SERVICENOW_USER = "AUDITPACK_SERVICENOW_USER";
    static final String SERVICENOW_PASSWORD = "AUDITPACK_SERVICENOW_PASSWORD";

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PACK", description = "The pack's folder (the --out of report, run or demo).")
    Path pack;

    @Option(names = "--jira", paramLabel = "https://SITE.atlassian.net", description = "The Jira Cloud site.")
    String jira;

    @Option(names = "--issue", paramLabel = "KEY", description = "The Jira issue key, e.g. AUD-123.")
    String issue;

    @Option(
            names = "--servicenow",
            paramLabel = "https://INSTANCE.service-now.com",
            description = "The ServiceNow instance.")
    String servicenow;

    @Option(names = "--table", paramLabel = "TABLE", description = "The record's table, e.g. incident.")
    String table;

    @Option(names = "--sys-id", paramLabel = "SYS_ID", description = "The record's sys_id: 32 hex digits.")
    String sysId;

    @Option(
            names = "--servicenow-field",
            paramLabel = "work_notes|comments",
            description = "The journal field the summary goes to (default: ${DEFAULT-VALUE}).")
    String field = "work_notes";

    private final Function<String, String> environment;

    AttachCommand() {
        this(System::getenv);
    }

    /** With the environment variables {@code environment} gives, so tests need not set the process's own. */
    AttachCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        TicketSystem system = system();
        Path scratch = Files.createTempDirectory("auditpack-attach-");
        try {
            return attach(system, TicketFiles.of(pack, scratch));
        } finally {
            try (Stream<Path> walk = Files.walk(scratch)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int attach(TicketSystem system, TicketFiles files) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!files.problems().isEmpty()) {
            files.problems().forEach(err::println);
            err.println("FAILED: " + pack + " does not verify ("
                    + files.problems().size() + " problem(s)); nothing was attached to " + system.ticket());
            return ExitCodes.VERIFY_FAILED;
        }
        files.notes().forEach(n -> out.println("note: " + n));
        Attachment.Result result;
        try {
            result = Attachment.attach(
                    system,
                    files.files(),
                    comment(files),
                    a -> out.println("attached " + a.file().name() + " to " + system.ticket() + ": "
                            + String.format(Locale.ROOT, "%,d bytes", a.file().size()) + ", sha256 "
                            + a.file().sha256() + ", id " + a.id()));
        } catch (TicketException e) {
            err.println("auditpack: " + e.getMessage());
            return ExitCodes.TICKET;
        }
        out.println("posted ticket-summary.md on " + system.ticket() + " as " + result.comment());
        out.println("OK: " + result.attached().size() + " files attached to " + system.ticket());
        return ExitCodes.OK;
    }

    /** The summary, and after it the files as they were attached. */
    private static String comment(TicketFiles files) {
        StringBuilder text = new StringBuilder(files.summary().stripTrailing());
        text.append("\n\n**Attached with this comment by auditpack attach**\n\n");
        for (TicketFile f : files.files()) {
            text.append("- `")
                    .append(f.name())
                    .append("`: ")
                    .append(String.format(Locale.ROOT, "%,d bytes", f.size()))
                    .append(", SHA-256 `")
                    .append(f.sha256())
                    .append("`\n");
        }
        return text.toString();
    }

    /** The ticket system the flags name, every flag and credential checked before anything is read or sent. */
    private TicketSystem system() {
        if ((jira == null) == (servicenow == null)) {
            throw new InputException(
                    "attach",
                    "give either --jira URL --issue KEY or --servicenow URL --table " + "TABLE --sys-id SYS_ID");
        }
        if (jira != null) {
            refuse(table != null || sysId != null, "--table/--sys-id", "are for --servicenow, not --jira");
            URI site = base("--jira", jira);
            if (issue == null || !issue.matches("[A-Z][A-Z0-9_]+-[1-9][0-9]{0,17}")) {
                throw new InputException(
                        "--issue", issue == null ? "is needed with --jira" : "must be an issue key like ABC-123");
            }
            return new Jira(site, issue, variable(JIRA_EMAIL), variable(JIRA_TOKEN));
        }
        refuse(issue != null, "--issue", "is for --jira, not --servicenow");
        URI instance = base("--servicenow", servicenow);
        if (table == null || !table.matches("[a-z][a-z0-9_]{0,79}")) {
            throw new InputException(
                    "--table",
                    table == null
                            ? "is needed with --servicenow"
                            : "must be a table name of lower-case letters, digits and underscores, e.g. incident");
        }
        if (sysId == null || !sysId.matches("[0-9a-fA-F]{32}")) {
            throw new InputException(
                    "--sys-id", sysId == null ? "is needed with --servicenow" : "must be a sys_id of 32 hex digits");
        }
        refuse(
                !field.equals("work_notes") && !field.equals("comments"),
                "--servicenow-field",
                "must be work_notes or comments");
        return new ServiceNow(
                instance,
                table,
                sysId.toLowerCase(Locale.ROOT),
                field,
                variable(SERVICENOW_USER),
                variable(SERVICENOW_PASSWORD));
    }

    private static void refuse(boolean wrong, String flag, String problem) {
        if (wrong) {
            throw new InputException(flag, problem);
        }
    }

    /** The site's root: https, or http to this machine only; nothing after the host but a slash. */
    static URI base(String flag, String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InputException(flag, "is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new InputException(flag, "must be a URL like https://example.atlassian.net, with a host");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            throw new InputException(
                    flag,
                    "must be an https:// URL (http:// only to localhost or 127.0.0.1, for a test server); "
                            + "credentials are never sent in clear");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InputException(flag, "must not hold a user name or password; they come from the environment");
        }
        if (uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || !(uri.getRawPath() == null
                        || uri.getRawPath().isEmpty()
                        || uri.getRawPath().equals("/"))) {
            throw new InputException(
                    flag,
                    "must be the site's address alone, without a path, e.g. " + scheme + "://" + host
                            + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        }
        return URI.create(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    private String variable(String name) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            throw new InputException(name, "environment variable is not set");
        }
        return value;
    }
}
