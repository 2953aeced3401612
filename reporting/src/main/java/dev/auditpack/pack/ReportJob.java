package dev.auditpack.pack;

import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.evaluation.Adjustments;
import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.evaluation.Evaluator;
import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.exemption.Exemptions;
import dev.auditpack.framework.AuditScope;
import dev.auditpack.framework.ComplementaryControls;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import dev.auditpack.framework.FrameworkOverrides;
import dev.auditpack.input.InputException;
import dev.auditpack.manual.ManualEvidence;
import dev.auditpack.population.PopulationReader;
import dev.auditpack.report.Identities;
import dev.auditpack.report.Redaction;
import dev.auditpack.report.ReportAssembly;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.ReportOptions;
import dev.auditpack.report.pdf.TemplateSet;
import dev.auditpack.risk.RiskRegister;
import dev.auditpack.signing.SigningIdentity;
import dev.auditpack.system.Declarations;
import dev.auditpack.system.ManagementAssertion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a locker into a pack: verifies every evidence file (and refuses a locker that fails), evaluates
 * every framework, and writes the PDF, the workbook and {@code results.json} all-or-nothing, refusing a
 * pack that would hold a secret.
 */
public final class ReportJob {

    /** File names of the outputs. */
    public static final String PDF = "evidence-pack.pdf";

    public static final String WORKBOOK = "evidence-pack.xlsx";
    public static final String RESULTS = "results.json";
    /** Folder of the locker copy inside a pack. */
    public static final String EVIDENCE = "evidence";
    /** Folder of the manual evidence documents inside a pack. */
    public static final String MANUAL = "manual";
    /** The whole pack as one zip, with {@code SHA256SUMS} and its signature. */
    public static final String ZIP = "evidence-pack.zip";
    /** With {@code --redact}: the pack for tickets, redacted, without the evidence locker, beside the full one. */
    public static final String REDACTED_ZIP = RedactedPack.ZIP;
    /** Markdown for the audit ticket, beside the zip. */
    public static final String TICKET = TicketSummary.FILE;

    /**
     * What to report on and where.
     *
     * @param locker     the evidence locker
     * @param out        output directory
     * @param templates  templates to render the PDF with
     * @param frameworks the user's framework directory, or null for the shipped ones only
     * @param options    organisation, time and limits
     * @param replace    whether existing outputs may be replaced
     * @param withLocker whether to put a copy of the locker in the output, as {@code evidence/}
     * @param additions  the user's manual evidence, exceptions and control overrides
     * @param signing    the key and certificate to sign the PDF and {@code SHA256SUMS} with, if any
     */
    public record Request(
            Path locker,
            Path out,
            TemplateSet templates,
            Path frameworks,
            ReportOptions options,
            boolean replace,
            boolean withLocker,
            Additions additions,
            Optional<SigningIdentity> signing) {
        public Request {
            Objects.requireNonNull(locker);
            Objects.requireNonNull(out);
            Objects.requireNonNull(templates);
            Objects.requireNonNull(options);
            additions = additions == null ? Additions.NONE : additions;
            Objects.requireNonNull(signing);
        }
    }

    /**
     * What the user adds to the evidence; each may be null.
     *
     * @param manual     folder of manual evidence documents with their {@code *.evidence.yaml} metadata
     * @param exceptions exceptions file
     * @param overrides  control overrides file
     * @param scope      SOC 2 type and categories, premises, and the complementary user entity controls file
     * @param system     the scope file: the organisation's scope statement and system description
     * @param owners     the owners file: who owns which controls
     * @param risks      risk register file (risks, requirements, the SoA's approval)
     * @param assertion  management assertion file, printed on a page after the cover
     * @param previous   the previous pack (its zip or folder) to compare this one with, or null
     * @param imports    other scanners' output files (Prowler JSON-OCSF, Security Hub ASFF), as supporting evidence
     */
    public record Additions(
            Path manual,
            Path exceptions,
            Path overrides,
            ScopeRequest scope,
            Path system,
            Path owners,
            Path risks,
            Path assertion,
            Path previous,
            List<Path> imports) {
        /** Nothing added. */
        public static final Additions NONE = new Additions(null, null, null);

        public Additions {
            scope = scope == null ? ScopeRequest.DEFAULT : scope;
            imports = imports == null ? List.of() : List.copyOf(imports);
        }

        /** Additions without a previous pack to compare with or scanner imports. */
        public Additions(
                Path manual,
                Path exceptions,
                Path overrides,
                ScopeRequest scope,
                Path system,
                Path owners,
                Path risks,
                Path assertion) {
            this(manual, exceptions, overrides, scope, system, owners, risks, assertion, null, List.of());
        }

        /** Additions without a management assertion. */
        public Additions(
                Path manual,
                Path exceptions,
                Path overrides,
                ScopeRequest scope,
                Path system,
                Path owners,
                Path risks) {
            this(manual, exceptions, overrides, scope, system, owners, risks, null);
        }

        /** Additions without a scope file, owners file or risk register. */
        public Additions(Path manual, Path exceptions, Path overrides, ScopeRequest scope) {
            this(manual, exceptions, overrides, scope, null, null, null);
        }

        /** Additions under the default scope. */
        public Additions(Path manual, Path exceptions, Path overrides) {
            this(manual, exceptions, overrides, null);
        }
    }

    /**
     * The audit's scope as the user gave it, checked against the frameworks when the job runs.
     *
     * @param soc2Type       1 or 2
     * @param soc2Categories comma-separated SOC 2 categories, e.g. {@code security,availability}
     * @param premisesInScope false when none of the organisation's premises are in its ISMS scope
     * @param cuecs          the user's complementary user entity controls file, or null for the shipped one
     */
    public record ScopeRequest(int soc2Type, String soc2Categories, boolean premisesInScope, Path cuecs) {
        /** SOC 2 Type 2, Security only, premises in scope, the shipped CUECs. */
        public static final ScopeRequest DEFAULT = new ScopeRequest(2, "security", true, null);

        public ScopeRequest {
            if (soc2Type != 1 && soc2Type != 2) {
                throw new InputException("--soc2-type", "must be 1 or 2, not " + soc2Type);
            }
            soc2Categories = soc2Categories == null ? "security" : soc2Categories;
        }
    }

    /**
     * What the job produced.
     *
     * @param files      output files, in place
     * @param evaluation the evaluation the outputs were written from
     * @param timeline   for a pack made from a snapshot series, the timeline over its snapshots
     */
    public record Result(
            List<Path> files, Evaluation evaluation, Optional<dev.auditpack.evaluation.period.Timeline> timeline) {
        /** The result of a pack made from one locker. */
        public Result(List<Path> files, Evaluation evaluation) {
            this(files, evaluation, Optional.empty());
        }
    }

    private ReportJob() {}

    public static Result run(Request request) {
        return run(request, true);
    }

    /**
     * Runs the job; without {@code refuse}, the pack is written whatever the secret scan would say, so that tests
     * can hand a pack with a planted secret to {@code auditpack scan} and see both scans agree.
     */
    static Result run(Request request, boolean refuse) {
        // Checked first, so nothing is evaluated for a pack that could not be written.
        Locker.enclosing(request.out()).ifPresent(l -> {
            throw new InputException(
                    request.out(),
                    (same(l, request.out()) ? "is an evidence locker" : "lies inside the evidence locker " + l)
                            + "; a pack written there would change the locker. "
                            + "Write it elsewhere.");
        });
        SeriesInput input = SeriesInput.open(request.locker(), request.out());
        Locker locker = input.latest();
        // A series' snapshots were re-hashed as its chain was walked.
        List<Discrepancy> problems = input.series().isPresent() ? List.of() : locker.verify();
        if (!problems.isEmpty()) {
            Discrepancy first = problems.get(0);
            throw new InputException(
                    request.locker().resolve(first.path()),
                    "fails verification ("
                            + first.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"
                            + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more file(s) do too" : "")
                            + "; run 'auditpack verify " + request.locker() + "' for the list. No report was written.");
        }
        List<Check> checks = Check.all();
        Set<String> ids = checks.stream().map(Check::id).collect(Collectors.toSet());
        List<Framework> frameworks = FrameworkLoader.load(request.frameworks(), ids);
        Additions add = request.additions();
        FrameworkOverrides overrides = add.overrides() == null
                ? FrameworkOverrides.none()
                : FrameworkOverrides.read(add.overrides(), frameworks);
        frameworks = overrides.apply(frameworks);
        AuditScope scope;
        try {
            scope = new AuditScope(
                    add.scope().soc2Type(),
                    AuditScope.categories(add.scope().soc2Categories(), frameworks),
                    add.scope().premisesInScope());
        } catch (IllegalArgumentException e) {
            throw new InputException("--soc2-categories", e.getMessage());
        }
        frameworks = scope.apply(frameworks);
        ComplementaryControls cuecs = add.scope().cuecs() == null
                ? ComplementaryControls.shipped(frameworks, ids)
                : ComplementaryControls.read(add.scope().cuecs(), frameworks, ids);
        ManualEvidence manual = add.manual() == null
                ? ManualEvidence.none()
                : ManualEvidence.read(add.manual(), frameworks, request.out());
        Exemptions exemptions = add.exceptions() == null
                ? Exemptions.none()
                : Exemptions.read(
                        add.exceptions(),
                        frameworks,
                        ids,
                        locker.index().period().end());
        List<Framework> loaded = frameworks;
        Optional<ManagementAssertion> assertion = Optional.ofNullable(add.assertion())
                .map(file -> ManagementAssertion.read(
                        file, locker.index().period(), locker.index().scope(), loaded));
        Declarations declared =
                Declarations.read(add.system(), add.owners(), frameworks).with(assertion);
        RiskRegister risks = add.risks() == null ? RiskRegister.none() : RiskRegister.read(add.risks(), frameworks);
        List<dev.auditpack.imports.ScannerFile.Read> imported = PackImports.read(add.imports());
        Evaluation evaluation = Evaluator.evaluate(
                EvidenceSet.of(locker),
                frameworks,
                checks,
                new Adjustments(manual, exemptions, overrides, scope, cuecs, risks));
        // Read before anything is written, so a file that cannot be read stops the job with nothing written.
        Identities identities = request.options().redact()
                ? IdentityScan.of(input.lockers(), manual, exemptions, add.exceptions(), declared)
                : Identities.NONE;
        Optional<dev.auditpack.evaluation.period.Timeline> timeline = input.timeline(frameworks, checks);
        try (var findings = evaluation.findings()) {
            return write(request, locker, evaluation, timeline, manual, declared, identities, imported, refuse);
        }
    }

    private static Result write(
            Request request,
            Locker locker,
            Evaluation evaluation,
            Optional<dev.auditpack.evaluation.period.Timeline> timeline,
            ManualEvidence manual,
            Declarations declared,
            Identities identities,
            List<dev.auditpack.imports.ScannerFile.Read> imported,
            boolean refuse) {
        ReportModel assembled = ReportAssembly.assemble(evaluation, request.options(), declared)
                .withPopulations(PopulationReader.read(
                        locker, request.options().sampleSeed(), PopulationReader.SizeRule.DEFINED))
                .withOperations(dev.auditpack.operations.OperationsReader.read(locker))
                .withImports(dev.auditpack.imports.ImportsReader.read(imported, locker, evaluation.frameworks()));
        ReportModel model = PackInput.withPrevious(
                timeline.map(assembled::withTimeline).orElse(assembled),
                request.additions().previous(),
                request.out().toString());
        // With --redact, the full pack is written as ever (for auditors only) and the redacted one beside it, from a
        // copy of the model masked once, so its PDF, workbook, results.json and ticket summary all say the same.
        Optional<Redaction> redaction =
                request.options().redact() ? Optional.of(Redaction.of(model, identities)) : Optional.empty();

        if (request.out()
                        .toAbsolutePath()
                        .normalize()
                        .equals(request.locker().toAbsolutePath().normalize())
                && Files.exists(request.locker().resolve(LockerWriter.INDEX))) {
            throw new InputException(request.out(), "is the evidence locker itself; write the report elsewhere");
        }
        List<ReportWriter> writers = ReportWriter.all();
        List<String> names = new ArrayList<>(
                writers.stream().flatMap(w -> w.files(model).stream()).toList());
        names.addAll(List.of(ZIP, TICKET));
        if (redaction.isPresent()) {
            names.add(REDACTED_ZIP);
        }
        if (request.withLocker()) {
            names.add(EVIDENCE);
        }
        if (!manual.items().isEmpty()) {
            names.add(MANUAL);
        }
        if (!imported.isEmpty()) {
            names.add(dev.auditpack.imports.ImportsReader.FOLDER);
        }
        try (OutputDirectory out = OutputDirectory.prepare(request.out(), names, request.replace())) {
            if (!manual.items().isEmpty()) {
                PackInputs.copyManual(manual, out.staged(MANUAL));
            }
            if (request.withLocker()) {
                PackInputs.copyLocker(locker, out.staged(EVIDENCE));
            }
            if (!imported.isEmpty()) {
                PackImports.copy(imported, out.staged(dev.auditpack.imports.ImportsReader.FOLDER));
            }
            ReportWriter.Context context = new ReportWriter.Context(
                    model, request.templates(), locker, request.signing(), out::staged, seal(out));
            WriterThreads.run(writers, context);
            Optional<RedactedPack.Written> redacted = redaction.map(
                    r -> RedactedPack.write(out, r, writers, locker, request.templates(), request.signing(), ZIP));
            writeArchive(out, writers, locker, model, manual, request, redacted, imported);
            if (refuse) {
                SecretRefusal.refuse(out, redacted.isPresent());
            }
            return new Result(out.commit(), evaluation, timeline);
        }
    }

    /** Where the seal is staged; not an output of its own, so it goes with the staging folder. */
    private static Path seal(OutputDirectory out) {
        return out.staged(RESULTS).resolveSibling("." + PackSeal.FILE);
    }

    private static void writeArchive(
            OutputDirectory out,
            List<ReportWriter> writers,
            Locker locker,
            ReportModel model,
            ManualEvidence manual,
            Request request,
            Optional<RedactedPack.Written> redacted,
            List<dev.auditpack.imports.ScannerFile.Read> imported) {
        Optional<SigningIdentity> signing = request.signing();
        Optional<String> signer = signing.map(SigningIdentity::describe);
        PackArchive archive = new PackArchive(model.run().generatedAt());
        writers.forEach(w -> w.files(model).forEach(f -> archive.add(f, out.staged(f))));
        archive.add(
                        AuditorReadme.FILE,
                        AuditorReadme.render(
                                model, writers, signer, request.templates(), redacted.map(r -> REDACTED_ZIP)))
                .add(PackSeal.FILE, seal(out))
                .add(EVIDENCE + "/" + LockerWriter.INDEX, locker.root().resolve(LockerWriter.INDEX));
        PackInputs.lockerFiles(locker)
                .forEach(
                        path -> archive.add(EVIDENCE + "/" + path, locker.root().resolve(path)));
        if (!manual.items().isEmpty()) {
            Path staged = out.staged(MANUAL);
            java.util.TreeSet<String> files = new java.util.TreeSet<>();
            manual.items().forEach(i -> {
                files.add(i.file());
                files.add(i.metadata());
            });
            files.forEach(f -> archive.add(MANUAL + "/" + f, staged.resolve(f)));
        }
        if (!imported.isEmpty()) {
            PackImports.entries(imported, out.staged(dev.auditpack.imports.ImportsReader.FOLDER))
                    .forEach(archive::add);
        }
        archive.write(out.staged(ZIP), signing);
        byte[] ticket;
        if (redacted.isPresent()) {
            // The ticket gets the redacted zip; the full one, with the raw evidence, goes to auditors only.
            RedactedPack.Written r = redacted.get();
            ticket = TicketSummary.render(
                    r.model(),
                    List.of(RedactedPack.attachment(REDACTED_ZIP, r.zip())),
                    r.signer(),
                    request.templates(),
                    Optional.of(ZIP));
        } else {
            ticket = TicketSummary.render(
                    model,
                    List.of(
                            RedactedPack.attachment(ZIP, out.staged(ZIP)),
                            RedactedPack.attachment(PDF, out.staged(PDF))),
                    signer,
                    request.templates());
        }
        write(out.staged(TICKET), s -> s.write(ticket));
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) {
        OutputDirectory.write(file, body::write);
    }
}
