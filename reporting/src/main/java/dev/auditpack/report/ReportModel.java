package dev.auditpack.report;

import dev.auditpack.check.Finding;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Findings;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.system.ManagementAssertion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a pack says, typed and ordered, so that the PDF, the workbook and the JSON all say the same.
 *
 * @param run          what was collected, for whom, and when
 * @param frameworks   one section per framework
 * @param checks       every check with its counts and the controls that use it
 * @param attestations AWS reports from Artifact, newest first
 * @param evidence     every evidence file with its SHA-256
 * @param attachments  documents stored in the locker beside the evidence (AWS Artifact report PDFs), by path
 * @param errors       every collection error
 * @param manual       every manual evidence document given, expired ones included
 * @param exceptions   every exception in the exceptions file, active or expired
 * @param profile      the AWS services in use and who does what for each
 * @param branding     how the PDF presents the organisation
 * @param findings     every finding, read check by check (streamed from the evaluation, not copied)
 * @param scope        the audit's scope (SOC 2 type and categories, premises), the complementary user entity
 *                     controls, and which AWS services each attestation covers
 * @param system       the scope and system description: the user's scope file beside what the evidence shows
 * @param populations  the change populations from CloudTrail, with coverage, GAP days and samples
 * @param timeline     for a pack made from a snapshot series, every check on every resource at every snapshot as
 *                     intervals, and each control's operation over the period; empty for a single locker
 * @param assertion    the management assertion, printed on a page after the cover, if one was given
 * @param operations   backup jobs per resource and GuardDuty findings over the audit period, as supporting evidence
 * @param comparison   with {@code --previous}, what changed since the previous pack; empty otherwise
 * @param imports      other scanners' findings (Prowler, Security Hub) mapped to controls, as supporting evidence
 */
public record ReportModel(
        Run run,
        List<FrameworkSection> frameworks,
        List<CheckRow> checks,
        List<AttestationRow> attestations,
        List<EvidenceRow> evidence,
        List<AttachmentRow> attachments,
        List<CollectionError> errors,
        List<ManualRow> manual,
        List<ExceptionRow> exceptions,
        List<ProfileRow> profile,
        Branding branding,
        Findings findings,
        ScopeSection scope,
        SystemScope system,
        dev.auditpack.population.PopulationSection populations,
        Optional<dev.auditpack.evaluation.period.Timeline> timeline,
        Optional<ManagementAssertion> assertion,
        dev.auditpack.operations.OperationsSection operations,
        Optional<dev.auditpack.diff.Comparison> comparison,
        dev.auditpack.imports.ImportsSection imports) {

    /** A model not compared with a previous pack and without other scanners' findings (tests and older callers). */
    public ReportModel(
            Run run,
            List<FrameworkSection> frameworks,
            List<CheckRow> checks,
            List<AttestationRow> attestations,
            List<EvidenceRow> evidence,
            List<AttachmentRow> attachments,
            List<CollectionError> errors,
            List<ManualRow> manual,
            List<ExceptionRow> exceptions,
            List<ProfileRow> profile,
            Branding branding,
            Findings findings,
            ScopeSection scope,
            SystemScope system,
            dev.auditpack.population.PopulationSection populations,
            Optional<dev.auditpack.evaluation.period.Timeline> timeline,
            Optional<ManagementAssertion> assertion,
            dev.auditpack.operations.OperationsSection operations) {
        this(
                run,
                frameworks,
                checks,
                attestations,
                evidence,
                attachments,
                errors,
                manual,
                exceptions,
                profile,
                branding,
                findings,
                scope,
                system,
                populations,
                timeline,
                assertion,
                operations,
                Optional.empty(),
                dev.auditpack.imports.ImportsSection.EMPTY);
    }

    /** This model with what changed since the previous pack. */
    public ReportModel withComparison(dev.auditpack.diff.Comparison previous) {
        return withSections(populations, timeline, operations, Optional.of(previous), imports);
    }

    /** This model with other scanners' findings, imported or collected from Security Hub. */
    public ReportModel withImports(dev.auditpack.imports.ImportsSection section) {
        return withSections(populations, timeline, operations, comparison, section);
    }

    /** A model of a single locker, without populations, a timeline, a management assertion or operations. */
    public ReportModel(
            Run run,
            List<FrameworkSection> frameworks,
            List<CheckRow> checks,
            List<AttestationRow> attestations,
            List<EvidenceRow> evidence,
            List<AttachmentRow> attachments,
            List<CollectionError> errors,
            List<ManualRow> manual,
            List<ExceptionRow> exceptions,
            List<ProfileRow> profile,
            Branding branding,
            Findings findings,
            ScopeSection scope,
            SystemScope system) {
        this(
                run,
                frameworks,
                checks,
                attestations,
                evidence,
                attachments,
                errors,
                manual,
                exceptions,
                profile,
                branding,
                findings,
                scope,
                system,
                dev.auditpack.population.PopulationSection.EMPTY,
                Optional.empty(),
                Optional.empty(),
                dev.auditpack.operations.OperationsSection.EMPTY);
    }

    /** This model with the change populations read from its locker. */
    public ReportModel withPopulations(dev.auditpack.population.PopulationSection section) {
        return withSections(section, timeline, operations, comparison, imports);
    }

    /** The same model with the timeline of the series it was made from. */
    public ReportModel withTimeline(dev.auditpack.evaluation.period.Timeline series) {
        return withSections(populations, Optional.of(series), operations, comparison, imports);
    }

    /** This model with the operations over the period read from its locker. */
    public ReportModel withOperations(dev.auditpack.operations.OperationsSection section) {
        return withSections(populations, timeline, section, comparison, imports);
    }

    /** This model with the sections that are read after the evaluation, the rest unchanged. */
    private ReportModel withSections(
            dev.auditpack.population.PopulationSection populations,
            Optional<dev.auditpack.evaluation.period.Timeline> timeline,
            dev.auditpack.operations.OperationsSection operations,
            Optional<dev.auditpack.diff.Comparison> comparison,
            dev.auditpack.imports.ImportsSection imports) {
        return new ReportModel(
                run,
                frameworks,
                checks,
                attestations,
                evidence,
                attachments,
                errors,
                manual,
                exceptions,
                profile,
                branding,
                findings,
                scope,
                system,
                populations,
                timeline,
                assertion,
                operations,
                comparison,
                imports);
    }

    /** A model without a system description (tests and older callers). */
    public ReportModel(
            Run run,
            List<FrameworkSection> frameworks,
            List<CheckRow> checks,
            List<AttestationRow> attestations,
            List<EvidenceRow> evidence,
            List<AttachmentRow> attachments,
            List<CollectionError> errors,
            List<ManualRow> manual,
            List<ExceptionRow> exceptions,
            List<ProfileRow> profile,
            Branding branding,
            Findings findings,
            ScopeSection scope) {
        this(
                run,
                frameworks,
                checks,
                attestations,
                evidence,
                attachments,
                errors,
                manual,
                exceptions,
                profile,
                branding,
                findings,
                scope,
                SystemScope.EMPTY);
    }

    /** A model without scope details (tests and older callers): the default scope, no CUECs. */
    public ReportModel(
            Run run,
            List<FrameworkSection> frameworks,
            List<CheckRow> checks,
            List<AttestationRow> attestations,
            List<EvidenceRow> evidence,
            List<AttachmentRow> attachments,
            List<CollectionError> errors,
            List<ManualRow> manual,
            List<ExceptionRow> exceptions,
            List<ProfileRow> profile,
            Branding branding,
            Findings findings) {
        this(
                run,
                frameworks,
                checks,
                attestations,
                evidence,
                attachments,
                errors,
                manual,
                exceptions,
                profile,
                branding,
                findings,
                ScopeSection.EMPTY,
                SystemScope.EMPTY);
    }

    /**
     * The audit's scope as the pack states it.
     *
     * @param soc2Type        1 or 2
     * @param soc2Categories  SOC 2 categories examined, by title
     * @param premisesInScope whether the organisation's own premises are in its ISMS scope
     * @param premisesNote    the sentence printed with the physical controls
     * @param cuecs           complementary user entity controls with their status
     * @param cuecSource      where the CUEC list comes from
     * @param services        AWS services in use and the attestations that do not cover them
     * @param servicesSource  where the attestations' service lists come from, and their date
     */
    public record ScopeSection(
            int soc2Type,
            List<String> soc2Categories,
            boolean premisesInScope,
            String premisesNote,
            List<CuecRow> cuecs,
            String cuecSource,
            List<ServiceScopeRow> services,
            String servicesSource) {
        /** The default scope with nothing listed. */
        public static final ScopeSection EMPTY =
                new ScopeSection(2, List.of("Security"), true, "", List.of(), "", List.of(), "");

        public ScopeSection {
            soc2Categories = List.copyOf(soc2Categories);
            cuecs = List.copyOf(cuecs);
            services = List.copyOf(services);
        }
    }

    /**
     * One complementary user entity control.
     *
     * @param id       its reference
     * @param text     what the customer must do
     * @param status   the weakest status of its controls in scope
     * @param controls its controls with their status, e.g. {@code SOC 2 CC6.1: NOT_SATISFIED}
     * @param checks   its checks with their verdict, e.g. {@code iam_root_mfa_enabled: FAIL}
     */
    public record CuecRow(String id, String text, ControlStatus status, List<String> controls, List<String> checks) {
        public CuecRow {
            controls = List.copyOf(controls);
            checks = List.copyOf(checks);
        }
    }

    /**
     * An AWS service in use and the attestations whose published scope leaves it out.
     *
     * @param id          service id
     * @param name        service name
     * @param notCoveredBy attestations (series / name) that do not list it; empty when every one does
     */
    public record ServiceScopeRow(String id, String name, List<String> notCoveredBy) {
        public ServiceScopeRow {
            notCoveredBy = List.copyOf(notCoveredBy);
        }
    }

    /**
     * What the audit's scope did to one control.
     *
     * @param outOfScope        outside the SOC 2 categories examined: not examined, not open work
     * @param designOnly        the snapshot evidences its design only; evidence over the period is missing
     * @param note              the sentence printed with it, or empty
     * @param bridgeLetter      the bridge letter carrying AWS's report to the end of the period, or empty
     * @param uncoveredServices AWS services in use outside the covering attestation's scope
     */
    public record ControlScopeRow(
            boolean outOfScope, boolean designOnly, String note, String bridgeLetter, List<String> uncoveredServices) {
        /** Nothing to say. */
        public static final ControlScopeRow NONE = new ControlScopeRow(false, false, "", "", List.of());

        public ControlScopeRow {
            uncoveredServices = List.copyOf(uncoveredServices);
        }
    }

    public ReportModel {
        Objects.requireNonNull(run);
        Objects.requireNonNull(assertion);
        frameworks = List.copyOf(frameworks);
        checks = List.copyOf(checks);
        attestations = List.copyOf(attestations);
        evidence = List.copyOf(evidence);
        attachments = List.copyOf(attachments);
        errors = List.copyOf(errors);
        manual = List.copyOf(manual);
        exceptions = List.copyOf(exceptions);
        profile = List.copyOf(profile);
        branding = branding.forFrameworks(
                frameworks.stream().map(FrameworkSection::title).toList());
        Objects.requireNonNull(findings);
        system = system == null ? SystemScope.EMPTY : system;
        timeline = timeline == null ? Optional.empty() : timeline;
        populations = populations == null ? dev.auditpack.population.PopulationSection.EMPTY : populations;
        operations = operations == null ? dev.auditpack.operations.OperationsSection.EMPTY : operations;
        comparison = comparison == null ? Optional.empty() : comparison;
        imports = imports == null ? dev.auditpack.imports.ImportsSection.EMPTY : imports;
    }

    /**
     * A control in its framework, for lists that cross frameworks.
     *
     * @param framework the framework's section
     * @param control   the control
     */
    public record FrameworkControl(FrameworkSection framework, ControlRow control) {}

    /**
     * Every NOT_SATISFIED control of every framework, by grade (major first), then by the highest severity of
     * its findings, then most failing resources first, then in framework order; so a LOW finding never ranks
     * beside a CRITICAL one.
     */
    public List<FrameworkControl> notSatisfied() {
        return withStatus(ControlStatus.NOT_SATISFIED).stream()
                .sorted(java.util.Comparator.comparingInt(
                                (FrameworkControl c) -> c.control().rank())
                        .thenComparing(java.util.Comparator.comparingLong(
                                        (FrameworkControl c) -> c.control().failingTotal())
                                .reversed()))
                .toList();
    }

    /**
     * The short reference a manual evidence document is cited by: {@code M1} for the first of {@link #manual()},
     * {@code M2} for the second; empty for an id not among them. The document's hash is printed once, beside its
     * reference in the manual evidence table.
     */
    public String documentRef(String id) {
        for (int i = 0; i < manual.size(); i++) {
            if (manual.get(i).id().equals(id)) {
                return "M" + (i + 1);
            }
        }
        return "";
    }

    /** Every GAP control of every framework, in framework order. */
    public List<FrameworkControl> gaps() {
        return withStatus(ControlStatus.GAP);
    }

    private List<FrameworkControl> withStatus(ControlStatus status) {
        return frameworks.stream()
                .flatMap(f ->
                        f.controls().stream().filter(c -> c.status() == status).map(c -> new FrameworkControl(f, c)))
                .toList();
    }

    /**
     * One AWS service in the responsibility profile.
     *
     * @param id        service id
     * @param name      service name
     * @param model     infrastructure, managed or abstracted
     * @param use       IN_USE, NOT_FOUND or UNKNOWN (its evidence could not be read)
     * @param resources resources found
     * @param where     where they were found ({@code account/region})
     * @param unread    scopes whose evidence could not be read
     * @param aws       what AWS does
     * @param customer  what the customer must do
     */
    public record ProfileRow(
            String id,
            String name,
            String model,
            String use,
            long resources,
            List<String> where,
            List<String> unread,
            List<String> aws,
            List<String> customer) {
        public ProfileRow {
            where = List.copyOf(where);
            unread = List.copyOf(unread);
            aws = List.copyOf(aws);
            customer = List.copyOf(customer);
        }
    }

    /**
     * The run the pack reports on.
     *
     * @param organisation   organisation name
     * @param periodLabel    audit period as named, e.g. {@code 2026-Q4}
     * @param periodStart    first day of the period
     * @param periodEnd      last day of the period
     * @param accounts       accounts in scope
     * @param regions        regions in scope
     * @param callerArn      identity that collected (empty when unknown)
     * @param runId          collection run id
     * @param collectedFrom  collection start
     * @param collectedTo    collection end
     * @param generatedAt    report generation time
     * @param toolVersion    auditpack version
     * @param collectedWith  auditpack version that collected
     * @param findingsPerCheck failing resources listed per check in the PDF
     * @param redacted       true when account ids and IP addresses are pseudonyms ({@link Redaction})
     */
    public record Run(
            String organisation,
            String periodLabel,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> accounts,
            List<String> regions,
            String callerArn,
            String runId,
            Instant collectedFrom,
            Instant collectedTo,
            Instant generatedAt,
            String toolVersion,
            String collectedWith,
            int findingsPerCheck,
            boolean redacted) {
        public Run {
            accounts = List.copyOf(accounts);
            regions = List.copyOf(regions);
        }

        /** What the evidence is (a snapshot) and when it was taken relative to the audit period. */
        @com.fasterxml.jackson.annotation.JsonProperty("pointInTime")
        public PointInTime pointInTime() {
            return new PointInTime(collectedFrom, collectedTo, periodStart, periodEnd, generatedAt);
        }

        /** A run reported with its identifiers as they are. */
        public Run(
                String organisation,
                String periodLabel,
                LocalDate periodStart,
                LocalDate periodEnd,
                List<String> accounts,
                List<String> regions,
                String callerArn,
                String runId,
                Instant collectedFrom,
                Instant collectedTo,
                Instant generatedAt,
                String toolVersion,
                String collectedWith,
                int findingsPerCheck) {
            this(
                    organisation,
                    periodLabel,
                    periodStart,
                    periodEnd,
                    accounts,
                    regions,
                    callerArn,
                    runId,
                    collectedFrom,
                    collectedTo,
                    generatedAt,
                    toolVersion,
                    collectedWith,
                    findingsPerCheck,
                    false);
        }
    }

    /**
     * One framework's answers.
     *
     * @param id        framework id
     * @param title     full title
     * @param shortName short name
     * @param version   edition
     * @param counts    controls per status, every status present, in a fixed order
     * @param controls  one row per control, in the framework's order
     * @param soa       the Statement of Applicability, one row per control, or empty when the framework has none
     * @param itemName  what the framework calls its items: {@code control} or {@code criterion}
     * @param outOfScope items outside the categories examined (counted among NOT_APPLICABLE, never open work)
     * @param attestationNote which AWS attestations its AWS half rests on, and why
     * @param grading   how its controls not satisfied are graded: {@code nonconformities} or {@code exceptions}
     * @param soaHeader the version and approval of its Statement of Applicability, and the risk register it cites
     */
    public record FrameworkSection(
            String id,
            String title,
            String shortName,
            String version,
            Map<ControlStatus, Integer> counts,
            List<ControlRow> controls,
            List<SoaRow> soa,
            String itemName,
            int outOfScope,
            String attestationNote,
            String grading,
            SoaHeader soaHeader) {
        public FrameworkSection {
            soaHeader = soaHeader == null ? SoaHeader.NONE : soaHeader;
            counts = Map.copyOf(counts);
            controls = List.copyOf(controls);
            soa = List.copyOf(soa);
            itemName = itemName == null || itemName.isBlank() ? "control" : itemName;
            attestationNote = attestationNote == null ? "" : attestationNote;
            grading = grading == null || grading.isBlank() ? "exceptions" : grading;
        }

        /** A section whose Statement of Applicability, if any, is not approved. */
        public FrameworkSection(
                String id,
                String title,
                String shortName,
                String version,
                Map<ControlStatus, Integer> counts,
                List<ControlRow> controls,
                List<SoaRow> soa,
                String itemName,
                int outOfScope,
                String attestationNote,
                String grading) {
            this(
                    id,
                    title,
                    shortName,
                    version,
                    counts,
                    controls,
                    soa,
                    itemName,
                    outOfScope,
                    attestationNote,
                    grading,
                    null);
        }

        /** A section of controls with nothing out of scope. */
        public FrameworkSection(
                String id,
                String title,
                String shortName,
                String version,
                Map<ControlStatus, Integer> counts,
                List<ControlRow> controls,
                List<SoaRow> soa) {
            this(id, title, shortName, version, counts, controls, soa, "control", 0, "", null);
        }

        /** {@code criteria} or {@code controls}. */
        public String itemsName() {
            return "criterion".equals(itemName) ? "criteria" : itemName + "s";
        }

        public int total() {
            return controls.size();
        }

        public int count(String status) {
            return counts.getOrDefault(ControlStatus.valueOf(status), 0);
        }

        /** How many of its controls not satisfied have the grade, e.g. {@code MAJOR_NONCONFORMITY}. */
        public long gradeCount(String grade) {
            dev.auditpack.evaluation.Grade.valueOf(grade);
            return controls.stream()
                    .filter(c -> c.grade().map(g -> g.grade().equals(grade)).orElse(false))
                    .count();
        }
    }

    /**
     * One control's answer.
     *
     * @param id               control id
     * @param title            auditpack's title
     * @param theme            theme or category
     * @param responsibility   inherited, shared or customer
     * @param status           the answer
     * @param reason           why, in a sentence or two
     * @param awsPart          what AWS does (empty for customer controls)
     * @param customerPart     what the customer does (empty for inherited controls)
     * @param awsStatus        AWS half's status name, or empty
     * @param customerStatus   customer half's status name, or empty
     * @param reports          AWS reports the AWS half rests on
     * @param checks           the control's checks and their counts
     * @param failing          failing resources (first few per check)
     * @param failingTotal     all failing resources across the control's checks
     * @param evidence         evidence files the answer rests on
     * @param manual           what an auditor will ask for
     * @param documents        manual evidence documents naming the control (expired ones marked)
     * @param exception        the exception declaring it not applicable, described, or empty
     * @param grade            how serious its failures are, for a NOT_SATISFIED control; empty otherwise
     * @param snapshotAt       when the snapshot its checks judged was taken (the locker's end time), or empty for a
     *                         control without checks: its automated evidence is a point in time, not the period
     * @param scope            what the audit's scope did to it
     * @param owner            who owns it, from the owners file, or empty
     */
    public record ControlRow(
            String id,
            String title,
            String theme,
            String responsibility,
            ControlStatus status,
            String reason,
            String awsPart,
            String customerPart,
            String awsStatus,
            String customerStatus,
            List<AttestationRow> reports,
            List<CheckRef> checks,
            List<FindingRow> failing,
            long failingTotal,
            List<EvidenceRow> evidence,
            String manual,
            List<ManualRow> documents,
            String exception,
            Optional<GradeRow> grade,
            Optional<Instant> snapshotAt,
            ControlScopeRow scope,
            Optional<OwnerRow> owner) {
        public ControlRow {
            reports = List.copyOf(reports);
            checks = List.copyOf(checks);
            failing = List.copyOf(failing);
            evidence = List.copyOf(evidence);
            documents = List.copyOf(documents);
            Objects.requireNonNull(grade);
            Objects.requireNonNull(snapshotAt);
            scope = scope == null ? ControlScopeRow.NONE : scope;
            owner = owner == null ? Optional.empty() : owner;
        }

        /** A control without an owner. */
        public ControlRow(
                String id,
                String title,
                String theme,
                String responsibility,
                ControlStatus status,
                String reason,
                String awsPart,
                String customerPart,
                String awsStatus,
                String customerStatus,
                List<AttestationRow> reports,
                List<CheckRef> checks,
                List<FindingRow> failing,
                long failingTotal,
                List<EvidenceRow> evidence,
                String manual,
                List<ManualRow> documents,
                String exception,
                Optional<GradeRow> grade,
                Optional<Instant> snapshotAt,
                ControlScopeRow scope) {
            this(
                    id,
                    title,
                    theme,
                    responsibility,
                    status,
                    reason,
                    awsPart,
                    customerPart,
                    awsStatus,
                    customerStatus,
                    reports,
                    checks,
                    failing,
                    failingTotal,
                    evidence,
                    manual,
                    documents,
                    exception,
                    grade,
                    snapshotAt,
                    scope,
                    Optional.empty());
        }

        /** A control without a grade, which the audit's scope did not change. */
        public ControlRow(
                String id,
                String title,
                String theme,
                String responsibility,
                ControlStatus status,
                String reason,
                String awsPart,
                String customerPart,
                String awsStatus,
                String customerStatus,
                List<AttestationRow> reports,
                List<CheckRef> checks,
                List<FindingRow> failing,
                long failingTotal,
                List<EvidenceRow> evidence,
                String manual,
                List<ManualRow> documents,
                String exception) {
            this(
                    id,
                    title,
                    theme,
                    responsibility,
                    status,
                    reason,
                    awsPart,
                    customerPart,
                    awsStatus,
                    customerStatus,
                    reports,
                    checks,
                    failing,
                    failingTotal,
                    evidence,
                    manual,
                    documents,
                    exception,
                    Optional.empty(),
                    Optional.empty(),
                    ControlScopeRow.NONE,
                    Optional.empty());
        }

        /**
         * How the PDF lays the control out: {@code full} (its own block), {@code documents} (one row of a table: only
         * documents can answer it, as it has no check, no AWS part, no evidence file and no exception) or
         * {@code outOfScope} (one row of a table: not examined in this audit).
         */
        public String layout() {
            if (scope.outOfScope() && grade.isEmpty()) {
                return "outOfScope";
            }
            boolean documentsOnly =
                    (status == ControlStatus.NEEDS_MANUAL_EVIDENCE || status == ControlStatus.MANUAL_PROVIDED)
                            && checks.isEmpty()
                            && reports.isEmpty()
                            && failing.isEmpty()
                            && evidence.isEmpty()
                            && (awsPart == null || awsPart.isEmpty())
                            && (exception == null || exception.isEmpty())
                            && grade.isEmpty()
                            && !scope.designOnly()
                            && scope.bridgeLetter().isEmpty()
                            && scope.uncoveredServices().isEmpty();
            return documentsOnly ? "documents" : "full";
        }

        /** Where the control ranks among those not satisfied: by grade, then severity; ungraded ones last. */
        public int rank() {
            return grade.map(GradeRow::rank).orElse(Integer.MAX_VALUE);
        }
    }

    /**
     * The grade of a control that is not satisfied (rules in docs/statuses.md).
     *
     * @param grade      {@code MAJOR_NONCONFORMITY}, {@code MINOR_NONCONFORMITY} or {@code OPPORTUNITY_FOR_IMPROVEMENT}
     * @param label      how the framework states it: the nonconformity grade (ISO), or the exceptions out of the
     *                   tested population (SOC 2), e.g. {@code 2 of 14 exceptions}
     * @param grading    the framework's grading, {@code nonconformities} or {@code exceptions}
     * @param severity   the highest severity among its failing checks, or empty when documents failed it
     * @param exceptions failing resources across its checks
     * @param population resources its checks judged (passing, failing and accepted)
     * @param accepted   failing resources accepted under exceptions
     * @param systematic true when a check fails on most of the resources it judged
     * @param basis      what the grade rests on, in one sentence
     */
    public record GradeRow(
            String grade,
            String label,
            String grading,
            String severity,
            long exceptions,
            long population,
            long accepted,
            boolean systematic,
            String basis) {
        public GradeRow {
            Objects.requireNonNull(grade);
            Objects.requireNonNull(label);
            Objects.requireNonNull(grading);
            Objects.requireNonNull(severity);
            Objects.requireNonNull(basis);
        }

        /** Grade first, then severity (CRITICAL before LOW; none after LOW). */
        public int rank() {
            int g = dev.auditpack.evaluation.Grade.valueOf(grade).ordinal();
            int s = severity.isEmpty()
                    ? dev.auditpack.check.Severity.values().length
                    : dev.auditpack.check.Severity.valueOf(severity).ordinal();
            return g * 10 + s;
        }
    }

    /**
     * One manual evidence document.
     *
     * @param id       metadata file name without suffix
     * @param title    what it is
     * @param file     path in the pack's {@code manual/} folder
     * @param sha256   SHA-256
     * @param size     bytes
     * @param owner    accountable owner
     * @param date     document date
     * @param expires  expiry date, or empty
     * @param outcome  what it shows, or empty
     * @param reason   why, for negative outcomes
     * @param controls controls it supports, as {@code framework:control}
     * @param expired  true when it expired before the audit period ended (it then counts as missing)
     */
    public record ManualRow(
            String id,
            String title,
            String file,
            String sha256,
            long size,
            String owner,
            String date,
            String expires,
            String outcome,
            String reason,
            List<String> controls,
            boolean expired) {
        public ManualRow {
            controls = List.copyOf(controls);
        }
    }

    /**
     * One exception.
     *
     * @param id       the user's reference
     * @param kind     {@code accepted finding} or {@code not applicable}
     * @param target   the check and resource pattern, or the control
     * @param reason   why
     * @param approver who approved it
     * @param approved approval date
     * @param expires  last day it applies
     * @param active   true when it applied to this pack; false when it had expired
     * @param matched  findings it accepted (for acceptances)
     */
    public record ExceptionRow(
            String id,
            String kind,
            String target,
            String reason,
            String approver,
            String approved,
            String expires,
            boolean active,
            long matched) {}

    /**
     * A check as a control sees it.
     *
     * @param id     check id
     * @param title  check title
     * @param status overall verdict
     * @param pass   resources passing
     * @param fail   resources failing
     * @param gap    scopes undecided
     * @param notApplicable resources not applicable
     * @param accepted failing resources accepted under exceptions
     * @param strength {@code direct} (tests what the control requires) or {@code supporting} (informs it)
     * @param rationale one line on what the check shows about the control
     */
    public record CheckRef(
            String id,
            String title,
            String status,
            long pass,
            long fail,
            long gap,
            long notApplicable,
            long accepted,
            String strength,
            String rationale) {
        public CheckRef {
            strength = strength == null ? "" : strength;
            rationale = rationale == null ? "" : rationale;
        }

        /** A check named without strength (tests). */
        public CheckRef(
                String id,
                String title,
                String status,
                long pass,
                long fail,
                long gap,
                long notApplicable,
                long accepted) {
            this(id, title, status, pass, fail, gap, notApplicable, accepted, "", "");
        }
    }

    /**
     * One check with everything about it.
     *
     * @param id          check id
     * @param title       title
     * @param severity    severity
     * @param rationale   why it matters
     * @param remediation how to fix
     * @param status      overall verdict
     * @param pass        resources passing
     * @param fail        resources failing
     * @param gap         scopes undecided
     * @param notApplicable resources not applicable
     * @param accepted    failing resources accepted under exceptions
     * @param controls    controls it supports, as {@code FRAMEWORK CONTROL} labels
     * @param procedure   its test procedure, or empty when the check states none
     */
    public record CheckRow(
            String id,
            String title,
            String severity,
            String rationale,
            String remediation,
            String status,
            long pass,
            long fail,
            long gap,
            long notApplicable,
            long accepted,
            List<String> controls,
            Optional<dev.auditpack.check.TestProcedure> procedure) {
        public CheckRow {
            controls = List.copyOf(controls);
            Objects.requireNonNull(procedure);
        }

        /** A check that states no test procedure. */
        public CheckRow(
                String id,
                String title,
                String severity,
                String rationale,
                String remediation,
                String status,
                long pass,
                long fail,
                long gap,
                long notApplicable,
                long accepted,
                List<String> controls) {
            this(
                    id,
                    title,
                    severity,
                    rationale,
                    remediation,
                    status,
                    pass,
                    fail,
                    gap,
                    notApplicable,
                    accepted,
                    controls,
                    Optional.empty());
        }
    }

    /**
     * One finding, flattened for tables.
     *
     * @param checkId  check
     * @param status   verdict
     * @param account  account id
     * @param region   region
     * @param resource resource ARN
     * @param reason   why
     * @param severity the severity of the check that judged it
     */
    public record FindingRow(
            String checkId,
            String status,
            String account,
            String region,
            String resource,
            String reason,
            String severity) {
        public static FindingRow of(Finding f, dev.auditpack.check.Severity severity) {
            return new FindingRow(
                    f.checkId(), f.status().name(), f.account(), f.region(), f.resource(), f.reason(), severity.name());
        }
    }

    /**
     * An AWS report from Artifact.
     *
     * @param id          report id
     * @param name        report name
     * @param series      series
     * @param category    category
     * @param version     version
     * @param periodStart start of the period it covers, or empty
     * @param periodEnd   end of the period it covers, or empty
     * @param coversPeriod true when it covers the whole audit period
     * @param documentSha256 SHA-256 of the report's PDF when it was downloaded into the locker, or empty
     */
    public record AttestationRow(
            String id,
            String name,
            String series,
            String category,
            long version,
            String periodStart,
            String periodEnd,
            boolean coversPeriod,
            String documentSha256) {}

    /**
     * A document stored in the locker beside the evidence.
     *
     * @param path         locker path
     * @param title        what it is
     * @param sha256       SHA-256
     * @param size         bytes
     * @param confidential true when it may only be shared under its source's terms (AWS Artifact's)
     */
    public record AttachmentRow(String path, String title, String sha256, long size, boolean confidential) {}

    /**
     * One evidence file.
     *
     * @param path        locker path
     * @param collector   collector id
     * @param account     account id
     * @param region      region or global
     * @param collectedAt collection time
     * @param sha256      SHA-256
     * @param size        bytes
     * @param errorCount  failed calls inside the file
     */
    public record EvidenceRow(
            String path,
            String collector,
            String account,
            String region,
            Instant collectedAt,
            String sha256,
            long size,
            int errorCount) {}
}
