package dev.auditpack.report;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.evaluation.AttestationResult;
import dev.auditpack.evaluation.AwsReport;
import dev.auditpack.evaluation.CheckSummary;
import dev.auditpack.evaluation.ControlGrade;
import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.CustomerResult;
import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.evaluation.FindingStore;
import dev.auditpack.evaluation.FrameworkResult;
import dev.auditpack.evaluation.Grading;
import dev.auditpack.evaluation.ManualUse;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CallerIdentity;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.aws.ArtifactEvidence;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.Framework;
import dev.auditpack.system.Declarations;
import dev.auditpack.system.Owners;
import dev.auditpack.system.ScopeStatement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link ReportModel} from an evaluation; the only place presentation choices are made. */
public final class ReportAssembly {

    private ReportAssembly() {}

    public static ReportModel assemble(Evaluation evaluation, ReportOptions options) {
        return assemble(evaluation, options, Declarations.NONE);
    }

    /** The model, with the scope statement and the control owners the organisation declared. */
    public static ReportModel assemble(Evaluation evaluation, ReportOptions options, Declarations declared) {
        EvidenceIndex index = evaluation.index();
        AuditPeriod period = index.period();
        // One row per evidence file, shared by the index and every control citing the file.
        Map<String, ReportModel.EvidenceRow> entries = new HashMap<>();
        index.evidence().forEach(e -> entries.put(e.path(), evidence(e)));

        // Named by --organisation or the config file, else by the scope file, else by its accounts.
        String organisation = !options.organisation().isBlank()
                ? options.organisation()
                : declared.scope()
                        .map(ScopeStatement::organisation)
                        .filter(o -> !o.isBlank())
                        .orElseGet(() -> accounts(index.scope().accounts()));
        ReportModel.Run run = new ReportModel.Run(
                organisation,
                period.label(),
                period.start(),
                period.end(),
                index.scope().accounts(),
                index.scope().regions(),
                index.caller().map(CallerIdentity::arn).orElse(""),
                index.runId(),
                index.startedAt(),
                index.finishedAt(),
                options.generatedAt(),
                options.toolVersion(),
                index.toolVersion(),
                options.findingsPerCheck());

        Map<String, String> pdfs = reportDocuments(index);
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        List<ReportModel.FrameworkSection> sections = new ArrayList<>();
        for (FrameworkResult fr : evaluation.frameworks()) {
            List<ReportModel.ControlRow> rows = new ArrayList<>();
            for (ControlResult cr : fr.controls()) {
                rows.add(row(
                        fr.framework(),
                        cr,
                        evaluation,
                        entries,
                        period,
                        options.findingsPerCheck(),
                        pdfs,
                        declared.owners()));
                for (String check : cr.control().checks()) {
                    usedBy.computeIfAbsent(check, k -> new ArrayList<>())
                            .add(fr.framework().shortName() + " " + cr.control().id());
                }
            }
            Map<ControlStatus, Integer> counts = new EnumMap<>(fr.counts());
            List<SoaRow> soa =
                    fr.framework().statementOfApplicability() ? Applicability.rows(fr, evaluation) : List.of();
            sections.add(new ReportModel.FrameworkSection(
                    fr.framework().id(),
                    fr.framework().title(),
                    fr.framework().shortName(),
                    fr.framework().version(),
                    counts,
                    rows,
                    soa,
                    fr.framework().itemName(),
                    ScopeAssembly.outOfScope(fr),
                    fr.framework().attestationRule().map(r -> r.note().strip()).orElse(""),
                    fr.framework().grading(),
                    SoaHeader.of(
                            evaluation.adjustments().risks(), fr.framework().id())));
        }

        List<ReportModel.CheckRow> checks = new ArrayList<>();
        for (var check : evaluation.checks().values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList()) {
            CheckSummary s = evaluation.summaries().get(check.id());
            checks.add(new ReportModel.CheckRow(
                    check.id(),
                    check.title(),
                    check.severity().name(),
                    check.rationale(),
                    check.remediation(),
                    s.status().name(),
                    s.pass(),
                    s.fail(),
                    s.gap(),
                    s.notApplicable(),
                    s.accepted(),
                    usedBy.getOrDefault(check.id(), List.of()),
                    check.procedure()));
        }

        List<ReportModel.AttestationRow> reports = evaluation.reports().stream()
                .map(r -> attestation(r, period, pdfs))
                .toList();
        List<ReportModel.EvidenceRow> evidence =
                index.evidence().stream().map(e -> entries.get(e.path())).toList();
        List<ReportModel.AttachmentRow> attachments = index.attachments().stream()
                .map(a -> new ReportModel.AttachmentRow(a.path(), a.title(), a.sha256(), a.size(), a.confidential()))
                .toList();
        List<ReportModel.ManualRow> manual = evaluation.adjustments().manual().items().stream()
                .map(i -> Adjustment.manual(i, i.expiredBy(period.end())))
                .toList();
        List<ReportModel.ExceptionRow> exceptions = Adjustment.exceptions(evaluation);
        List<ReportModel.ProfileRow> profile = evaluation.profile().stream()
                .map(e -> new ReportModel.ProfileRow(
                        e.service().id(),
                        e.service().name(),
                        e.service().model(),
                        e.use().name(),
                        e.resources(),
                        e.where(),
                        e.unread(),
                        e.service().aws(),
                        e.service().customer()))
                .toList();
        return new ReportModel(
                run,
                sections,
                checks,
                reports,
                evidence,
                attachments,
                index.errors(),
                manual,
                exceptions,
                profile,
                options.branding(),
                evaluation.findings(),
                ScopeAssembly.section(evaluation),
                SystemAssembly.section(evaluation, declared.scope()),
                dev.auditpack.population.PopulationSection.EMPTY,
                java.util.Optional.empty(),
                declared.assertion(),
                dev.auditpack.operations.OperationsSection.EMPTY);
    }

    private static ReportModel.ControlRow row(
            Framework framework,
            ControlResult cr,
            Evaluation evaluation,
            Map<String, ReportModel.EvidenceRow> entries,
            AuditPeriod period,
            int perCheck,
            Map<String, String> pdfs,
            Owners owners) {
        Control c = cr.control();
        List<ReportModel.CheckRef> checkRefs = new ArrayList<>();
        List<ReportModel.FindingRow> failing = new ArrayList<>();
        long failingTotal = 0;
        for (var mapping : c.mappings()) {
            String id = mapping.check();
            CheckSummary s = evaluation.summaries().get(id);
            checkRefs.add(new ReportModel.CheckRef(
                    id,
                    s.title(),
                    s.status().name(),
                    s.pass(),
                    s.fail(),
                    s.gap(),
                    s.notApplicable(),
                    s.accepted(),
                    mapping.strength().key(),
                    mapping.rationale()));
            failingTotal += s.fail();
            if (s.fail() > 0) {
                evaluation.findings().sample(id, FindingStore.SAMPLE).stream()
                        .filter(f -> f.status() == CheckStatus.FAIL)
                        .limit(perCheck)
                        .map(f -> ReportModel.FindingRow.of(f, s.severity()))
                        .forEach(failing::add);
            }
        }
        List<ReportModel.AttestationRow> reports = cr.aws().map(AttestationResult::reports).orElse(List.of()).stream()
                .map(r -> attestation(r, period, pdfs))
                .toList();
        List<ReportModel.EvidenceRow> evidence = cr.evidence().stream()
                .map(entries::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<ReportModel.ManualRow> documents = cr.manual().stream()
                .map((ManualUse m) -> Adjustment.manual(m.item(), m.expired()))
                .toList();
        return new ReportModel.ControlRow(
                c.id(),
                c.title(),
                c.theme(),
                c.responsibility().key(),
                cr.status(),
                cr.reason(),
                nullToEmpty(c.aws()),
                nullToEmpty(c.customer()),
                cr.aws().map(a -> a.status().name()).orElse(""),
                cr.customer().map(CustomerResult::status).map(Enum::name).orElse(""),
                reports,
                checkRefs,
                failing,
                failingTotal,
                evidence,
                c.manual(),
                documents,
                cr.notApplicable().map(e -> e.describe()).orElse(""),
                Grading.of(
                                cr.status(),
                                cr.customer().map(CustomerResult::checks).orElse(List.of()))
                        .map(g -> grade(framework, g)),
                c.checks().isEmpty()
                        ? java.util.Optional.empty()
                        : java.util.Optional.of(evaluation.index().finishedAt()),
                ScopeAssembly.control(cr),
                owners.of(framework.id(), c).map(o -> new OwnerRow(o.name(), o.role(), o.email(), o.basis())));
    }

    /** A grade as the framework states it: a nonconformity grade, or exceptions out of the tested population. */
    static ReportModel.GradeRow grade(Framework framework, ControlGrade g) {
        boolean nonconformities = Framework.NONCONFORMITIES.equals(framework.grading());
        String label = nonconformities
                ? g.grade().label()
                : g.severity().isEmpty() ? "Deviation shown by manual evidence" : "Exceptions: " + g.exceptionRate();
        return new ReportModel.GradeRow(
                g.grade().name(),
                label,
                framework.grading(),
                g.severity().map(Enum::name).orElse(""),
                g.exceptions(),
                g.population(),
                g.accepted(),
                g.systematic(),
                g.basis());
    }

    static ReportModel.AttestationRow attestation(AwsReport r, AuditPeriod period, Map<String, String> pdfs) {
        return new ReportModel.AttestationRow(
                r.id(),
                r.name(),
                r.series(),
                r.category(),
                r.version(),
                r.periodStart().map(Object::toString).orElse(""),
                r.periodEnd().map(Object::toString).orElse(""),
                r.covers(period),
                pdfs.getOrDefault(r.id() + "-v" + r.version() + ".pdf", ""));
    }

    /**
     * The SHA-256 of each downloaded AWS Artifact report, by file name ({@code <reportId>-v<version>.pdf}, as
     * docs/evidence-format.md names them).
     */
    private static Map<String, String> reportDocuments(EvidenceIndex index) {
        Map<String, String> byName = new HashMap<>();
        for (AttachmentEntry a : index.attachments()) {
            if (a.collector().equals(ArtifactEvidence.REPORT_DOCUMENTS)) {
                byName.put(a.path().substring(a.path().lastIndexOf('/') + 1), a.sha256());
            }
        }
        return byName;
    }

    private static ReportModel.EvidenceRow evidence(EvidenceEntry e) {
        return new ReportModel.EvidenceRow(
                e.path(),
                e.collector(),
                e.account(),
                e.region(),
                e.collectedAt(),
                e.sha256(),
                e.size(),
                e.errorCount());
    }

    /** A name for an unnamed organisation: its accounts, or their number when a list would not fit a page header. */
    static String accounts(List<String> accounts) {
        if (accounts.size() > 3) {
            return accounts.size() + " AWS accounts";
        }
        return "AWS account" + (accounts.size() == 1 ? " " : "s ") + String.join(", ", accounts);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
