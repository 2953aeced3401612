package dev.auditpack.report.excel;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.ReportModel.AttestationRow;
import dev.auditpack.report.ReportModel.CheckRef;
import dev.auditpack.report.ReportModel.CheckRow;
import dev.auditpack.report.ReportModel.ControlRow;
import dev.auditpack.report.ReportModel.EvidenceRow;
import dev.auditpack.report.ReportModel.FrameworkSection;
import dev.auditpack.report.SoaRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small report model built by hand: two frameworks, three checks, a hostile resource name and one error. */
public final class SampleModel {

    static final String ROOT_MFA = "iam_root_mfa_enabled";
    static final String S3_ENCRYPTION = "s3_bucket_default_encryption";
    static final String TRAIL = "cloudtrail_multi_region_logging_validated";
    static final String EVIL = "=HYPERLINK(\"http://evil\")";
    static final Instant COLLECTED_AT = Instant.parse("2027-01-02T08:03:04Z");
    static final Instant ERROR_AT = Instant.parse("2027-01-02T08:04:05Z");

    static final EvidenceRow EVIDENCE = new EvidenceRow(
            "raw/111111111111/global/iam.credential_report.json",
            "iam.credential_report",
            "111111111111",
            "global",
            COLLECTED_AT,
            "a".repeat(64),
            2048,
            1);
    static final AttestationRow SOC2_REPORT = new AttestationRow(
            "report-1", "SOC 2 Type 2", "SOC", "Certifications", 3, "2025-10-01", "2026-09-30", false, "d".repeat(64));
    static final CollectionError ERROR = new CollectionError(
            "s3.buckets",
            "111111111111",
            "eu-west-1",
            "s3:GetBucketEncryption",
            "s3:GetEncryptionConfiguration",
            "arn:aws:s3:::logs",
            "AccessDenied",
            403,
            "=cmd|' /C calc'!A0",
            ErrorCategory.ACCESS_DENIED,
            ERROR_AT);

    static final ReportModel.ManualRow MANUAL = new ReportModel.ManualRow(
            "training-2026",
            "Training completions 2026",
            "manual/training.xlsx",
            "a".repeat(64),
            2048,
            "people@example.com",
            "2026-10-15",
            "2027-10-14",
            "satisfied",
            "",
            List.of("iso27001:A.6.3"),
            false);

    static final ReportModel.ExceptionRow EXCEPTION = new ReportModel.ExceptionRow(
            "EX-1",
            "accepted finding",
            "s3_bucket_default_encryption on arn:aws:s3:::public-*",
            "Public assets only.",
            "Jane Doe (CISO)",
            "2026-10-01",
            "2027-03-31",
            true,
            1);

    static final ReportModel.ProfileRow PROFILE = new ReportModel.ProfileRow(
            "ec2",
            "Amazon EC2",
            "infrastructure",
            "IN_USE",
            3,
            List.of("111111111111/eu-west-1"),
            List.of(),
            List.of("Hosts and hypervisor."),
            List.of("Guest OS patching.", "Security groups."));

    private SampleModel() {}

    /** The sample with these collection errors instead of its one. */
    public static ReportModel withErrors(List<CollectionError> errors) {
        return new ReportModel(
                run(),
                List.of(iso(), soc2()),
                checks(),
                List.of(SOC2_REPORT),
                List.of(EVIDENCE),
                List.of(),
                errors,
                List.of(MANUAL),
                List.of(EXCEPTION),
                List.of(PROFILE),
                dev.auditpack.report.Branding.defaults(),
                dev.auditpack.evaluation.Findings.of(SampleModel::findings));
    }

    /** {@code m} with other framework sections and evidence files, everything else as it is. */
    public static ReportModel replacing(ReportModel m, List<FrameworkSection> frameworks, List<EvidenceRow> evidence) {
        return new ReportModel(
                m.run(),
                frameworks,
                m.checks(),
                m.attestations(),
                evidence,
                m.attachments(),
                m.errors(),
                m.manual(),
                m.exceptions(),
                m.profile(),
                m.branding(),
                m.findings());
    }

    public static ReportModel sample() {
        return withErrors(List.of(ERROR));
    }

    static ReportModel.Run run() {
        return new ReportModel.Run(
                "Example Ltd",
                "2026-Q4",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31),
                List.of("111111111111", "222222222222"),
                List.of("eu-west-1"),
                "arn:aws:iam::111111111111:role/audit",
                "run-42",
                Instant.parse("2027-01-02T08:00:00Z"),
                Instant.parse("2027-01-02T08:05:00Z"),
                Instant.parse("2027-01-03T09:00:00Z"),
                "0.1.0",
                "0.1.0",
                5);
    }

    static List<CheckRow> checks() {
        return List.of(
                new CheckRow(
                        ROOT_MFA,
                        "Root user has MFA",
                        "CRITICAL",
                        "Root can do anything.",
                        "Enable MFA.",
                        "FAIL",
                        0,
                        1,
                        0,
                        0,
                        0,
                        List.of("ISO 27001 A.5.15", "SOC 2 CC6.1")),
                new CheckRow(
                        S3_ENCRYPTION,
                        "Buckets encrypt by default",
                        "HIGH",
                        "Data at rest.",
                        "Turn on SSE.",
                        "FAIL",
                        1,
                        2,
                        0,
                        0,
                        0,
                        List.of("ISO 27001 A.8.24", "SOC 2 CC6.1")),
                new CheckRow(
                        TRAIL,
                        "A multi-region trail validates logs",
                        "HIGH",
                        "Logs.",
                        "Create a trail.",
                        "PASS",
                        1,
                        0,
                        0,
                        0,
                        0,
                        List.of("ISO 27001 A.8.15", "SOC 2 CC7.2")));
    }

    /** Findings as the evaluation orders them: failures first. */
    static List<Finding> findings(String checkId) {
        return switch (checkId) {
            case ROOT_MFA -> List.of(finding(ROOT_MFA, CheckStatus.FAIL, "arn:aws:iam::111111111111:root"));
            case S3_ENCRYPTION ->
                List.of(
                        finding(S3_ENCRYPTION, CheckStatus.FAIL, EVIL),
                        finding(S3_ENCRYPTION, CheckStatus.FAIL, "@SUM(A1)"),
                        finding(S3_ENCRYPTION, CheckStatus.PASS, "arn:aws:s3:::good"));
            case TRAIL ->
                List.of(finding(TRAIL, CheckStatus.PASS, "arn:aws:cloudtrail:eu-west-1:111111111111:trail/org"));
            default -> List.of();
        };
    }

    static Finding finding(String check, CheckStatus status, String resource) {
        return new Finding(
                check, status, "111111111111", "eu-west-1", resource, "because " + status, List.of(EVIDENCE.path()));
    }

    static FrameworkSection iso() {
        return section(
                "iso27001",
                "ISO 27001",
                List.of(
                        control("A.5.15", ControlStatus.NOT_SATISFIED, ref(ROOT_MFA, "FAIL", 0, 1)),
                        control("A.7.1", ControlStatus.INHERITED),
                        control("A.8.15", ControlStatus.SATISFIED, ref(TRAIL, "PASS", 1, 0)),
                        control("A.8.24", ControlStatus.NOT_SATISFIED, ref(S3_ENCRYPTION, "FAIL", 1, 2))));
    }

    static FrameworkSection soc2() {
        return section(
                "soc2",
                "SOC 2",
                List.of(
                        control("CC1.1", ControlStatus.NEEDS_MANUAL_EVIDENCE),
                        control(
                                "CC6.1",
                                ControlStatus.NOT_SATISFIED,
                                ref(TRAIL, "PASS", 1, 0),
                                ref(S3_ENCRYPTION, "FAIL", 1, 2),
                                ref(ROOT_MFA, "FAIL", 0, 1)),
                        control("CC7.2", ControlStatus.GAP, ref(TRAIL, "PASS", 1, 0))));
    }

    public static FrameworkSection section(String id, String shortName, List<ControlRow> controls) {
        Map<ControlStatus, Integer> counts = new EnumMap<>(ControlStatus.class);
        for (ControlStatus s : ControlStatus.values()) {
            counts.put(s, 0);
        }
        controls.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        List<SoaRow> soa = id.startsWith("iso")
                ? controls.stream()
                        .map(c -> new SoaRow(
                                c.id(),
                                c.title(),
                                c.theme(),
                                c.status() != ControlStatus.NOT_APPLICABLE,
                                "Included for " + c.id(),
                                c.responsibility(),
                                c.status(),
                                "1 automated check(s)"))
                        .toList()
                : List.of();
        return new FrameworkSection(id, shortName + " title", shortName, "2022", counts, controls, soa);
    }

    public static CheckRef ref(String id, String status, long pass, long fail) {
        return new CheckRef(id, id + " title", status, pass, fail, 0, 0, 0);
    }

    public static ControlRow control(String id, ControlStatus status, CheckRef... checks) {
        long failing = List.of(checks).stream().mapToLong(CheckRef::fail).sum();
        return new ControlRow(
                id,
                "Title of " + id,
                "Technological",
                "shared",
                status,
                "Reason for " + id,
                "AWS runs the hardware.",
                "You configure it.",
                "COVERED",
                status.name(),
                List.of(SOC2_REPORT),
                List.of(checks),
                List.of(),
                failing,
                List.of(EVIDENCE),
                "Show the policy.",
                id.equals("A.5.15") ? List.of(MANUAL) : List.of(),
                "");
    }
}
