package dev.auditpack.cli;

import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.evaluation.FrameworkResult;
import dev.auditpack.pack.ReportJob;
import dev.auditpack.report.ReportConfig;
import dev.auditpack.report.ReportOptions;
import dev.auditpack.report.pdf.TemplateSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options shared by every command that writes a report, and the summary they print. */
final class ReportSettings {

    /** Most failing resources the PDF lists per check; beyond this the PDF would be thousands of pages. */
    static final int MAX_FINDINGS_PER_CHECK = 10_000;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Directory with your copies of the templates (others come from the built-in set).")
    Path templates;

    @Option(
            names = "--frameworks",
            paramLabel = "DIR",
            description = "Directory with your framework files; one with a built-in id replaces it.")
    Path frameworks;

    @Option(names = "--organisation", paramLabel = "NAME", description = "Organisation name for the cover.")
    String organisation;

    /** The branding and organisation of the --config file; auditpack's own without one. */
    ReportConfig brandingFile = ReportConfig.none();

    @Option(
            names = "--preparer",
            paramLabel = "\"NAME <E-MAIL>\"",
            description = "Who prepared the pack, for the cover's \"Prepared by\" (instead of the config file's "
                    + "preparedBy); e.g. \"Jane Doe <jane@example.com>\".")
    String preparer;

    @Option(
            names = "--manual",
            paramLabel = "DIR",
            description =
                    "Folder of manual evidence: documents with *.evidence.yaml metadata (see docs/manual-evidence.md).")
    Path manual;

    @Option(
            names = "--exceptions",
            paramLabel = "FILE",
            description =
                    "Exceptions file: accepted findings and controls declared not applicable, with approver and expiry.")
    Path exceptions;

    @Option(
            names = "--scope",
            paramLabel = "FILE",
            description =
                    "Scope file: organisation, system and its description, boundary, accounts, regions and services "
                            + "in scope, exclusions with reasons (see docs/scope-and-owners.md). Without it the pack's scope is "
                            + "what was collected.")
    Path scope;

    @Option(
            names = "--assertion",
            paramLabel = "FILE",
            description = "Management assertion file (YAML): organisation, system, the audit period, the statement's "
                    + "paragraphs, signatory and date, printed on a page after the cover; management signs it off "
                    + "with 'auditpack review --as management' (see docs/review-and-sign-off.md).")
    Path assertion;

    @Option(
            names = "--owners",
            paramLabel = "FILE",
            description =
                    "Owners file: who owns each control, by control id or by theme (see docs/scope-and-owners.md).")
    Path owners;

    @Option(
            names = "--overrides",
            paramLabel = "FILE",
            description =
                    "Changes to shipped controls, e.g. a different responsibility class (see docs/frameworks.md).")
    Path overrides;

    @Option(
            names = "--risks",
            paramLabel = "FILE",
            description =
                    "Risk register: risks and legal or contractual requirements with the controls they select, "
                            + "and the Statement of Applicability's version and approval (see docs/statement-of-applicability.md).")
    Path risks;

    @Option(
            names = "--import",
            paramLabel = "FILE",
            description = "Another scanner's findings, as supporting evidence (repeatable): Prowler's JSON-OCSF output "
                    + "or Security Hub findings in ASFF (aws securityhub get-findings). They never change a status; "
                    + "see docs/scanner-imports.md.")
    List<Path> imports = new ArrayList<>();

    @Option(
            names = "--soc2-type",
            paramLabel = "1|2",
            defaultValue = "2",
            description =
                    "The SOC 2 examination: 2 (operation over the period; a snapshot shows the design only of "
                            + "criteria about operation over time) or 1 (design at a point in time). Default: ${DEFAULT-VALUE}.")
    int soc2Type = 2;

    @Option(
            names = "--soc2-categories",
            paramLabel = "LIST",
            defaultValue = "security",
            description = "SOC 2 categories examined, comma-separated: security (always), availability, "
                    + "confidentiality, processing-integrity, privacy. Criteria of the others are out of scope. "
                    + "Default: ${DEFAULT-VALUE}.")
    String soc2Categories = "security";

    @Option(
            names = "--no-premises",
            description = "None of the organisation's own premises are in its ISMS scope: physical controls become "
                    + "inherited from AWS's attestations, with that justification printed.")
    boolean noPremises;

    @Option(
            names = "--cuecs",
            paramLabel = "FILE",
            description = "Your list of complementary user entity controls (from your copy of AWS's SOC 2 report) "
                    + "instead of the shipped one (see docs/frameworks.md).")
    Path cuecs;

    @Option(
            names = "--findings-per-check",
            paramLabel = "N",
            defaultValue = "25",
            description =
                    "Failing resources listed per check in the PDF (the workbook has all). Default: ${DEFAULT-VALUE}.")
    int findingsPerCheck;

    @Option(
            names = "--redact",
            description = "Also write evidence-pack-redacted.zip for tickets: the PDF, workbook, results.json and "
                    + "ticket summary with account ids, IP addresses, IAM user and session names, e-mail addresses "
                    + "and people's names pseudonymised, and no raw evidence. The full evidence-pack.zip is then "
                    + "marked for auditors only; ticket-summary.md names the redacted zip.")
    boolean redact;

    @Option(
            names = "--sample-seed",
            paramLabel = "SEED",
            description = "Draw a sample of each CloudTrail change population with this seed (sizes from the "
                    + "sample-size table by the control's frequency); the workbook marks the sampled rows and the "
                    + "PDF lists each sample with its seed. See docs/populations-and-samples.md.")
    String sampleSeed;

    @Option(
            names = "--previous",
            paramLabel = "PACK",
            description =
                    "The previous pack (its evidence-pack.zip or folder) of the same organisation and frameworks: "
                            + "the pack adds what changed since (controls, findings new, resolved and recurring, expiries, "
                            + "evidence missing; see docs/quarter-over-quarter.md). It is verified first.")
    Path previous;

    @Option(
            names = "--fail-on",
            split = ",",
            paramLabel = "WHAT",
            converter = FailOn.Converter.class,
            description = "Exit non-zero on: collection-errors (4), not-satisfied (5).")
    List<FailOn> failOn = new ArrayList<>();

    dev.auditpack.pack.ReportJob.Additions additions() {
        return new dev.auditpack.pack.ReportJob.Additions(
                manual,
                exceptions,
                overrides,
                new ReportJob.ScopeRequest(soc2Type, soc2Categories, !noPremises, cuecs),
                scope,
                owners,
                risks,
                assertion,
                previous,
                imports);
    }

    /** Reads every {@code --import} file once, so a bad one stops {@code run} before it collects anything. */
    void checkImports() {
        imports.forEach(dev.auditpack.imports.ScannerFile::read);
    }

    TemplateSet templateSet() {
        return templates == null ? TemplateSet.defaults() : TemplateSet.from(templates);
    }

    ReportOptions options(Clock clock) {
        return options(clock, "");
    }

    /** The options, with {@code defaultOrganisation} when neither the flag nor the config file names one. */
    ReportOptions options(Clock clock, String defaultOrganisation) {
        if (findingsPerCheck < 0 || findingsPerCheck > MAX_FINDINGS_PER_CHECK) {
            throw new dev.auditpack.input.InputException(
                    "--findings-per-check",
                    "must be between 0 and " + MAX_FINDINGS_PER_CHECK + " (the workbook lists every finding), not "
                            + findingsPerCheck);
        }
        if (frameworks != null && !Files.isDirectory(frameworks)) {
            throw new dev.auditpack.input.InputException(frameworks, "is not a directory of framework files");
        }
        ReportConfig file = brandingFile;
        String name = organisation != null
                ? organisation.strip()
                : file.organisation().orElse(defaultOrganisation);
        if (sampleSeed != null
                && (sampleSeed.isEmpty()
                        || !SampleCommand.SEED.matcher(sampleSeed).matches())) {
            throw new dev.auditpack.input.InputException(
                    "--sample-seed", "must be 1 to 64 letters, digits, '.', '_' or '-', not '" + sampleSeed + "'");
        }
        dev.auditpack.report.Branding branding = file.branding();
        if (preparer != null) {
            branding = branding.withPreparer(Person.check("--preparer", preparer));
        }
        return new ReportOptions(
                name,
                clock.instant(),
                Version.current(),
                findingsPerCheck,
                branding,
                redact,
                java.util.Optional.ofNullable(sampleSeed));
    }

    /** Prints what was written and how the controls came out; returns the exit code asked for. */
    int summarise(ReportJob.Result result, PrintWriter out) {
        Path dir = result.files().get(0).getParent();
        out.println("Evidence pack written to " + dir);
        for (Path f : result.files()) {
            out.println("  " + f.getFileName());
        }
        if (result.files().stream().anyMatch(f -> f.getFileName().toString().equals(ReportJob.REDACTED_ZIP))) {
            out.println("Attach " + ReportJob.REDACTED_ZIP + " to the ticket; " + ReportJob.ZIP
                    + " holds the raw evidence and is for auditors only.");
        }
        Evaluation ev = result.evaluation();
        boolean notSatisfied = false;
        for (FrameworkResult fr : ev.frameworks()) {
            var counts = fr.counts();
            long outOfScope =
                    fr.controls().stream().filter(c -> c.scope().outOfScope()).count();
            List<String> parts = new ArrayList<>();
            counts.forEach((s, n) -> {
                long shown = s == ControlStatus.NOT_APPLICABLE ? n - outOfScope : n;
                if (shown > 0) {
                    parts.add(shown + " " + s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
            });
            if (outOfScope > 0) {
                parts.add(outOfScope + " out of scope");
            }
            String items = "criterion".equals(fr.framework().itemName())
                    ? "criteria"
                    : fr.framework().itemName() + "s";
            out.println(fr.framework().shortName() + ": " + fr.controls().size() + " " + items + " — "
                    + String.join(", ", parts));
            notSatisfied |= counts.get(ControlStatus.NOT_SATISFIED) > 0;
        }
        result.timeline().ifPresent(t -> {
            java.util.Map<String, Long> verdicts = new java.util.TreeMap<>();
            t.controls().stream()
                    .filter(c -> !c.verdict().equals("NOT_TESTED"))
                    .forEach(c ->
                            verdicts.merge(c.verdict().toLowerCase(Locale.ROOT).replace('_', ' '), 1L, Long::sum));
            List<String> parts = new ArrayList<>();
            verdicts.forEach((v, n) -> parts.add(n + " " + v));
            out.println("Over the period (" + t.snapshots().size() + " " + t.cadence() + " snapshots, "
                    + t.coverage().size() + " coverage gap(s)): controls with direct checks: "
                    + String.join(", ", parts));
        });
        int errors = ev.index().errors().size();
        out.println("Collection errors: " + errors + (errors > 0 ? " (their controls are GAP; see the pack)" : ""));
        Set<FailOn> fail = failOn.isEmpty() ? EnumSet.noneOf(FailOn.class) : EnumSet.copyOf(failOn);
        if (fail.contains(FailOn.COLLECTION_ERRORS) && errors > 0) {
            return ExitCodes.COLLECTION_ERRORS;
        }
        if (fail.contains(FailOn.NOT_SATISFIED) && notSatisfied) {
            return ExitCodes.NOT_SATISFIED;
        }
        return ExitCodes.OK;
    }
}
