package dev.auditpack.pack;

import static dev.auditpack.pack.PackReaders.checkStatus;
import static dev.auditpack.pack.PackReaders.controlStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.secrets.SecretFinding;
import dev.auditpack.secrets.SecretKind;
import dev.auditpack.secrets.SecretScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The whole path through real parts: the CLI collects from moto (and the Artifact stub) over HTTP, writes
 * a locker, and builds the pack; PDFBox, POI and a JSON parser read the pack back.
 */
@ExtendWith(MotoServer.class)
class EvidencePackIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static ArtifactStub artifact;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        artifact = new ArtifactStub();
    }

    @AfterAll
    static void stop() {
        artifact.close();
    }

    @BeforeEach
    void seed() {
        MOTO.reset();
        artifact.clear();
        artifact.add(new ArtifactStub.Report(
                "report-aaaaaaaaaaaaaaa1",
                "AWS SOC 2 Type 2 Report",
                "SOC",
                "Certifications and Attestations",
                4,
                Seed.at("2025-10-01"),
                Seed.at("2026-09-30"),
                "PUBLISHED"));
        artifact.add(new ArtifactStub.Report(
                "report-aaaaaaaaaaaaaaa2",
                "AWS ISO/IEC 27001:2022 Certificate",
                "ISO",
                "Certifications and Attestations",
                2,
                Seed.at("2025-11-07"),
                Seed.at("2028-11-06"),
                "PUBLISHED"));
        credentials("testing", "testing");
        new Seed(MOTO).misconfigured();
    }

    @AfterEach
    void relax() {
        Emulated.enforceIam(MOTO, false);
    }

    private static void credentials(String key, String secret) {
        System.setProperty("aws.accessKeyId", key);
        System.setProperty("aws.secretAccessKey", secret);
    }

    private Cli collect(Path locker) {
        return Cli.run(
                "collect",
                "--out",
                locker.toString(),
                "--regions",
                "us-east-1,eu-west-1",
                "--period",
                "2026-Q4",
                "--endpoint-url",
                MOTO.endpoint().toString(),
                "--endpoint",
                "artifact=" + artifact.endpoint(),
                "--max-attempts",
                "2");
    }

    private Cli report(Path locker, Path out) {
        return Cli.run(
                "report", "--evidence", locker.toString(), "--out", out.toString(), "--organisation", "Acme Ltd");
    }

    // The pack of the misconfigured account is also the one searched for the secrets it was seeded with, so the
    // emulator is collected and reported on once for both.
    @Test
    void misconfigurationsFailAndPassOnceFixedAndThePackHoldsNoSecretTheAccountWasSeededWith() throws IOException {
        String keyId;
        String secretKey;
        try (IamClient iam = Emulated.iam(MOTO)) {
            var key = iam.createAccessKey(r -> r.userName("svc-deploy")).accessKey();
            keyId = key.accessKeyId();
            secretKey = key.secretAccessKey();
        }
        Path before = dir.resolve("before");
        assertThat(collect(before.resolve("evidence")).exit()).isZero();
        Cli reported = report(before.resolve("evidence"), before);
        assertThat(reported.exit()).as(reported.err()).isZero();
        assertThat(reported.out()).contains("ISO 27001: 93 controls", "SOC 2: 61 criteria", "28 out of scope");

        JsonNode results = PackReaders.results(before.resolve("results.json"));
        for (String check : List.of(
                "iam_root_mfa_enabled",
                "iam_user_console_mfa_enabled",
                "iam_password_policy_strong",
                "s3_account_public_access_blocked",
                "s3_bucket_public_access_blocked",
                "s3_bucket_default_encryption",
                "s3_bucket_versioning_enabled",
                "cloudtrail_multi_region_logging_validated")) {
            assertThat(checkStatus(results, check)).as(check).isEqualTo("FAIL");
        }
        assertThat(checkStatus(results, "iam_root_no_access_keys")).isEqualTo("PASS");
        for (String check : List.of(
                "ec2_vpc_flow_logs_enabled",
                "guardduty_enabled_all_regions",
                "securityhub_enabled_all_regions",
                "ec2_default_security_group_restricted",
                "ec2_network_acl_no_all_inbound",
                "s3_bucket_policy_denies_insecure_transport",
                "elbv2_listener_tls_enforced",
                "elbv2_listener_tls_policy_modern")) {
            assertThat(checkStatus(results, check)).as(check).isEqualTo("FAIL");
        }
        for (String control : List.of("A.5.15", "A.5.17", "A.8.5", "A.8.12", "A.8.15", "A.8.24")) {
            assertThat(controlStatus(results, "iso27001-2022", control))
                    .as(control)
                    .isEqualTo("NOT_SATISFIED");
        }
        for (String control : List.of("CC6.1", "CC6.6", "CC7.2")) {
            assertThat(controlStatus(results, "soc2-2017", control)).as(control).isEqualTo("NOT_SATISFIED");
        }
        assertThat(controlStatus(results, "soc2-2017", "C1.1"))
                .as("Confidentiality is not examined by default")
                .isEqualTo("NOT_APPLICABLE");
        assertThat(controlStatus(results, "iso27001-2022", "A.7.1"))
                .as("shared: the organisation's premises need its " + "evidence")
                .isEqualTo("NEEDS_MANUAL_EVIDENCE");

        assertPdfAndWorkbookCoverEveryControl(before);
        assertNoSeededSecret(before, keyId, secretKey);

        new Seed(MOTO).fixed();
        Path after = dir.resolve("after");
        assertThat(collect(after.resolve("evidence")).exit()).isZero();
        assertThat(report(after.resolve("evidence"), after).exit()).isZero();
        JsonNode fixed = PackReaders.results(after.resolve("results.json"));
        for (String check : List.of(
                "iam_user_console_mfa_enabled",
                "iam_password_policy_strong",
                "s3_account_public_access_blocked",
                "s3_bucket_public_access_blocked",
                "s3_bucket_default_encryption",
                "s3_bucket_versioning_enabled",
                "cloudtrail_multi_region_logging_validated",
                "iam_root_no_access_keys")) {
            assertThat(checkStatus(fixed, check)).as(check).isEqualTo("PASS");
        }
        for (String check : List.of(
                "cloudtrail_trail_kms_encrypted",
                "ec2_vpc_flow_logs_enabled",
                "guardduty_enabled_all_regions",
                "s3_bucket_policy_denies_insecure_transport",
                "elbv2_listener_tls_enforced",
                "elbv2_listener_tls_policy_modern")) {
            assertThat(checkStatus(fixed, check)).as(check).isEqualTo("PASS");
        }
        // moto has no Access Analyzer: whether anything is shared outside is unknown, never a pass.
        assertThat(checkStatus(fixed, "accessanalyzer_no_active_external_findings"))
                .isEqualTo("GAP");
        // moto has no way to give the root user MFA (see Seed), so this one stays failed.
        assertThat(checkStatus(fixed, "iam_root_mfa_enabled")).isEqualTo("FAIL");
        // moto cannot list Security Hub's standards, so whether one is ready is unknown, and so is CC7.2.
        assertThat(checkStatus(fixed, "securityhub_enabled_all_regions")).isEqualTo("GAP");
        assertThat(controlStatus(fixed, "soc2-2017", "CC7.2")).isEqualTo("GAP");
        for (String control : List.of("A.8.15", "A.8.24")) {
            assertThat(controlStatus(fixed, "iso27001-2022", control))
                    .as(control)
                    .isEqualTo("NEEDS_MANUAL_EVIDENCE");
        }
        // Access Analyzer informs access control and leakage prevention, and its evidence is missing here: a gap,
        // never a pass.
        for (String control : List.of("A.5.15", "A.8.12")) {
            assertThat(controlStatus(fixed, "iso27001-2022", control))
                    .as(control)
                    .isEqualTo("GAP");
        }
        assertThat(controlStatus(fixed, "soc2-2017", "CC6.7"))
                .as("transit checks pass; Access Analyzer, which informs it, " + "cannot be read from moto")
                .isEqualTo("GAP");
    }

    /** The job's own scan passed {@code pack}; the key's id is in it, its secret and the console password are not. */
    private void assertNoSeededSecret(Path pack, String keyId, String secretKey) throws IOException {
        // The key's id is recorded (so the scan looks where the collectors write); its secret and the password are not.
        assertThat(new SecretScanner(List.of(keyId)).scan(pack))
                .contains(new SecretFinding(
                        "evidence-pack.zip!/evidence/raw/" + Emulated.ACCOUNT + "/global/iam.users.json",
                        SecretKind.CANARY));
        assertThat(new SecretScanner(List.of(Seed.CONSOLE_PASSWORD, secretKey)).scan(pack))
                .isEmpty();
        Path canaries = dir.resolve("canaries.txt");
        Files.writeString(canaries, Seed.CONSOLE_PASSWORD + "\n" + secretKey + "\n");
        Cli scan = Cli.run("scan", pack.resolve("evidence-pack.zip").toString(), "--canaries", canaries.toString());
        assertThat(scan.exit()).as(scan.err()).isZero();
    }

    private static void assertPdfAndWorkbookCoverEveryControl(Path pack) {
        String text = PackReaders.pdfText(pack.resolve("evidence-pack.pdf"));
        List<String> iso =
                IntStream.rangeClosed(1, 37).mapToObj(i -> "A.5." + i).toList();
        List<String> all = new java.util.ArrayList<>(iso);
        IntStream.rangeClosed(1, 8).forEach(i -> all.add("A.6." + i));
        IntStream.rangeClosed(1, 14).forEach(i -> all.add("A.7." + i));
        IntStream.rangeClosed(1, 34).forEach(i -> all.add("A.8." + i));
        assertThat(all).hasSize(93);
        List<String> soc2 = new java.util.ArrayList<>();
        int[] cc = {5, 3, 4, 2, 3, 8, 5, 1, 2};
        for (int s = 1; s <= cc.length; s++) {
            for (int i = 1; i <= cc[s - 1]; i++) {
                soc2.add("CC" + s + "." + i);
            }
        }
        soc2.addAll(List.of(
                "A1.1", "A1.2", "A1.3", "C1.1", "C1.2", "PI1.1", "PI1.2", "PI1.3", "PI1.4", "PI1.5", "P1.1", "P2.1",
                "P3.1", "P3.2", "P4.1", "P4.2", "P4.3", "P5.1", "P5.2", "P6.1", "P6.2", "P6.3", "P6.4", "P6.5", "P6.6",
                "P6.7", "P7.1", "P8.1"));
        assertThat(soc2).hasSize(61);
        for (String id : all) {
            assertThat(Pattern.compile("(?<![\\w.])" + Pattern.quote(id) + "(?![\\d])")
                            .matcher(text)
                            .find())
                    .as(id)
                    .isTrue();
        }
        for (String id : soc2) {
            assertThat(Pattern.compile("(?<![\\w.])" + Pattern.quote(id) + "(?![\\d])")
                            .matcher(text)
                            .find())
                    .as(id)
                    .isTrue();
        }
        assertThat(text).contains("Acme Ltd", "2026-Q4", "Page 2 of ");

        Map<String, List<List<String>>> sheets = PackReaders.workbook(pack.resolve("evidence-pack.xlsx"));
        assertThat(sheets.keySet())
                .containsSubsequence("Summary", "ISO 27001", "SOC 2", "Findings", "Evidence", "Collection errors");
        assertThat(sheets.get("ISO 27001").stream().skip(1).map(r -> r.get(0))).containsExactlyElementsOf(all);
        assertThat(sheets.get("SOC 2").stream().skip(1).map(r -> r.get(0))).containsExactlyElementsOf(soc2);
    }

    @Test
    void aDeniedCallIsACollectionErrorAndAGapNeverAPass() {
        try (IamClient iam = Emulated.iam(MOTO)) {
            iam.createUser(r -> r.userName("auditor"));
            iam.putUserPolicy(r ->
                    r.userName("auditor").policyName("read-but-not-everything").policyDocument("""
                    {"Version":"2012-10-17","Statement":[
                      {"Effect":"Allow","Action":"*","Resource":"*"},
                      {"Effect":"Deny","Action":["iam:GetAccountPasswordPolicy","s3:GetBucketVersioning"],
                       "Resource":"*"}]}"""));
            var key = iam.createAccessKey(r -> r.userName("auditor")).accessKey();
            credentials(key.accessKeyId(), key.secretAccessKey());
        }
        Emulated.enforceIam(MOTO, true);
        Path locker = dir.resolve("evidence");
        Cli collected = collect(locker);
        Emulated.enforceIam(MOTO, false);
        assertThat(collected.exit()).as(collected.err()).isZero();
        assertThat(collected.out()).contains("iam:GetAccountPasswordPolicy").contains("AccessDenied");

        // Collection errors fail the run only when asked to; that a report without --fail-on exits 0 over
        // collection errors is CollectResilienceIT's to show.
        Path pack = dir.resolve("pack");
        Cli strict = Cli.run(
                "report",
                "--evidence",
                locker.toString(),
                "--out",
                pack.toString(),
                "--organisation",
                "Acme Ltd",
                "--fail-on",
                "collection-errors");
        assertThat(strict.exit()).as(strict.err()).isEqualTo(4);
        JsonNode results = PackReaders.results(pack.resolve("results.json"));
        assertThat(checkStatus(results, "iam_password_policy_strong")).isEqualTo("GAP");
        assertThat(checkStatus(results, "s3_bucket_versioning_enabled")).isEqualTo("GAP");
        assertThat(controlStatus(results, "iso27001-2022", "A.8.13")).isEqualTo("GAP");
        assertThat(controlStatus(results, "soc2-2017", "CC7.5")).isEqualTo("GAP");
        assertThat(checkStatus(results, "s3_bucket_default_encryption"))
                .as("other calls went on")
                .isEqualTo("FAIL");
        assertThat(results.get("errors"))
                .extracting(e -> e.get("operation").asText() + " "
                        + e.get("errorCode").asText() + " " + e.get("category").asText())
                .contains(
                        "iam:GetAccountPasswordPolicy AccessDenied ACCESS_DENIED",
                        "s3:GetBucketVersioning AccessDenied ACCESS_DENIED");
        String pdf = PackReaders.pdfText(pack.resolve("evidence-pack.pdf"));
        assertThat(pdf)
                .as(pdf.substring(pdf.lastIndexOf("Collection errors")))
                .contains("iam:GetAccountPasswordPolicy");
        assertThat(PackReaders.workbook(pack.resolve("evidence-pack.xlsx")).get("Collection errors"))
                .anySatisfy(row ->
                        assertThat(row).contains("s3:GetBucketVersioning", "arn:aws:s3:::" + Seed.PUBLIC_BUCKET));
    }

    @Test
    void oneChangedByteFailsVerifyAndReportRefuses() throws IOException {
        Path locker = dir.resolve("evidence");
        assertThat(collect(locker).exit()).isZero();
        assertThat(Cli.run("verify", locker.toString()).exit()).isZero();

        Path file = locker.resolve("raw/123456789012/global/iam.password_policy.json");
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).indexOf("\"MinimumPasswordLength\" : 8")
                + 26;
        bytes[at] = '9';
        Files.write(file, bytes);

        Cli verify = Cli.run("verify", locker.toString());
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.err()).contains("CHANGED raw/123456789012/global/iam.password_policy.json");

        Path out = dir.resolve("pack");
        Cli report = report(locker, out);
        assertThat(report.exit()).isEqualTo(2);
        assertThat(report.errLines()).hasSize(1);
        assertThat(report.err()).contains("iam.password_policy.json").contains("fails verification");
        assertThat(out).doesNotExist();
    }
}
