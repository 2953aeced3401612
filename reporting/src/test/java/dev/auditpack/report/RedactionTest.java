package dev.auditpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Findings;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.report.json.ResultsWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    /** A real SHA-256 from the demo locker, with twelve digits in a row. */
    private static final String SHA256 = "21f6a46746bd1a899da015e044974243002ada672ae3d5985a741b145f6ee293";

    private static final String EVIDENCE = "raw/111111111111/eu-west-1/ec2.security_groups.json";
    private static final String GROUP = "arn:aws:ec2:eu-west-1:111111111111:security-group/sg-0a1b2c3d4e5f60718";
    private static final Instant AT = Instant.parse("2027-01-02T08:00:00Z");

    private static Finding finding(CheckStatus status, String reason) {
        return new Finding(
                "ec2_security_group_not_open_to_all",
                status,
                "111111111111",
                "eu-west-1",
                GROUP,
                reason,
                List.of(EVIDENCE));
    }

    private static final List<Finding> FINDINGS = List.of(
            finding(CheckStatus.FAIL, "allows 0.0.0.0/0 and ::/0 on all ports"),
            finding(CheckStatus.PASS, "allows only 10.0.0.0/8 and fd00:1::/64"));

    private static ReportModel model() {
        ReportModel.Run run = new ReportModel.Run(
                "AWS accounts 222222222222, 111111111111",
                "2026-Q4",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31),
                List.of("222222222222", "111111111111"),
                List.of("eu-west-1"),
                "arn:aws:sts::111111111111:assumed-role/Auditpack/jane.doe@example.com",
                "run-1",
                AT,
                AT,
                AT,
                "0.1.0",
                "0.1.0",
                5);
        ReportModel.EvidenceRow evidence = new ReportModel.EvidenceRow(
                EVIDENCE, "ec2.security_groups", "111111111111", "eu-west-1", AT, SHA256, 100, 0);
        ReportModel.ManualRow manual = new ReportModel.ManualRow(
                "fw",
                "Firewall review for 222222222222",
                "manual/fw.md",
                SHA256,
                10,
                "net@example.com",
                "2026-10-01",
                "",
                "not_satisfied",
                "VPN 192.168.7.0/24 is open to 198.51.100.9",
                List.of("A.8.20"),
                false);
        ReportModel.ControlRow control = new ReportModel.ControlRow(
                "A.8.20",
                "Network security",
                "Technological",
                "customer",
                ControlStatus.NOT_SATISFIED,
                "Bucket policy lets 999999999999 read.",
                "",
                "Segment networks.",
                "",
                "NOT_SATISFIED",
                List.of(),
                List.of(),
                List.of(ReportModel.FindingRow.of(FINDINGS.get(0), dev.auditpack.check.Severity.HIGH)),
                1,
                List.of(evidence),
                "Network diagram.",
                List.of(manual),
                "");
        Map<ControlStatus, Integer> counts = new EnumMap<>(ControlStatus.class);
        for (ControlStatus s : ControlStatus.values()) {
            counts.put(s, s == ControlStatus.NOT_SATISFIED ? 1 : 0);
        }
        ReportModel.FrameworkSection iso = new ReportModel.FrameworkSection(
                "iso27001-2022", "ISO", "ISO 27001", "2022", counts, List.of(control), List.of());
        ReportModel.CheckRow check = new ReportModel.CheckRow(
                "ec2_security_group_not_open_to_all",
                "Not open",
                "HIGH",
                "Why.",
                "Fix.",
                "FAIL",
                1,
                1,
                0,
                0,
                0,
                List.of("ISO 27001 A.8.20"));
        CollectionError error = new CollectionError(
                "ec2.instances",
                "222222222222",
                "eu-west-1",
                "ec2:DescribeInstances",
                "ec2:DescribeInstances",
                null,
                "AccessDenied",
                403,
                "User: arn:aws:sts::222222222222:assumed-role/Auditpack/x is not authorized",
                ErrorCategory.ACCESS_DENIED,
                AT);
        ReportModel.ProfileRow profile = new ReportModel.ProfileRow(
                "ec2",
                "Amazon EC2",
                "infrastructure",
                "IN_USE",
                1,
                List.of("111111111111/eu-west-1"),
                List.of(),
                List.of("Hosts."),
                List.of("Patching."));
        return new ReportModel(
                run,
                List.of(iso),
                List.of(check),
                List.of(),
                List.of(evidence),
                List.of(),
                List.of(error),
                List.of(manual),
                List.of(),
                List.of(profile),
                Branding.defaults(),
                Findings.of(id -> FINDINGS));
    }

    private static String results(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.write(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyTextAndEveryStreamedFindingIsMasked() throws IOException {
        String json = results(Redaction.apply(model()));
        assertThat(json)
                .doesNotContain(
                        "111111111111",
                        "222222222222",
                        "999999999999",
                        "10.0.0.0",
                        "fd00:1::",
                        "192.168.7.0",
                        "198.51.100.9",
                        "jane.doe");
        assertThat(json)
                .contains(
                        "\"redacted\" : true",
                        "acct-1",
                        "acct-2",
                        "acct-3",
                        "private-ip-",
                        "public-ip-",
                        "0.0.0.0/0",
                        "::/0",
                        "raw/acct-1/eu-west-1/ec2.security_groups.json",
                        "arn:aws:ec2:eu-west-1:acct-1:security-group/sg-0a1b2c3d4e5f60718");
        assertThat(json).as("hashes stay verifiable").contains("\"sha256\" : \"" + SHA256 + "\"");
    }

    @Test
    void scopeAccountsAreNumberedInSortedOrderAndKeepThemAcrossTheModel() {
        ReportModel red = Redaction.apply(model());
        assertThat(red.run().accounts()).containsExactly("acct-2", "acct-1");
        assertThat(red.run().organisation()).isEqualTo("AWS accounts acct-2, acct-1");
        assertThat(red.run().callerArn()).isEqualTo("arn:aws:sts::acct-1:assumed-role/Auditpack/session-1");
        assertThat(red.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .as("AWS's denial names the session too")
                        .isEqualTo("User: arn:aws:sts::acct-2:assumed-role/Auditpack/session-2 is not authorized"));
        assertThat(red.run().redacted()).isTrue();
        assertThat(red.errors().get(0).account()).isEqualTo("acct-2");
        assertThat(red.frameworks().get(0).controls().get(0).reason()).isEqualTo("Bucket policy lets acct-3 read.");
        List<Finding> streamed = new ArrayList<>();
        red.findings().forEach("ec2_security_group_not_open_to_all", streamed::add);
        assertThat(streamed).extracting(Finding::account).containsOnly("acct-1");
        assertThat(streamed.get(1).reason()).matches("allows only private-ip-\\d+/8 and private-ip-\\d+/64");
        assertThat(red.findings().sample("ec2_security_group_not_open_to_all", 5))
                .extracting(Finding::evidence)
                .containsOnly(List.of("raw/acct-1/eu-west-1/ec2.security_groups.json"));
    }

    @Test
    void theSameAddressGetsTheSamePseudonymWhereverItIs() {
        ReportModel red = Redaction.apply(model());
        String once = red.manual().get(0).reason();
        String again =
                red.frameworks().get(0).controls().get(0).documents().get(0).reason();
        assertThat(once)
                .matches("VPN private-ip-\\d+/24 is open to public-ip-\\d+")
                .isEqualTo(again);
    }

    @Test
    void theModelItselfIsLeftAsItWas() throws IOException {
        ReportModel model = model();
        Redaction.apply(model);
        assertThat(model.run().redacted()).isFalse();
        assertThat(results(model)).contains("111111111111", "\"redacted\" : false", "jane.doe@example.com");
    }
}
