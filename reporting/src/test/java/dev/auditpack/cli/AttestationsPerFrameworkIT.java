package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS's half per framework, collected through the emulator and the Artifact stub: AWS's SOC 2 report ends on
 * 2026-09-30, before a Q4 audit does, while its ISO certificates are valid throughout. Without a bridge letter no
 * SOC 2 criterion is inherited or satisfied; with AWS's letter (listed in Artifact, or given by the user) the
 * SOC 2 half is covered "report + bridge letter"; the ISO controls do not change; no SOC 2 criterion ever rests
 * on an ISO certificate.
 */
@ExtendWith(MotoServer.class)
class AttestationsPerFrameworkIT {

    private static final String ATTEST = "Certifications and Attestations";
    private static final ArtifactStub.Report SOC2 = new ArtifactStub.Report(
            "report-2Uv3Qb8yXk1Jd0Ra",
            "AWS SOC 2 Type 2 Report (Security, Availability, Confidentiality, Privacy)",
            "SOC",
            ATTEST,
            4,
            Seed.at("2025-10-01"),
            Seed.at("2026-09-30"),
            "PUBLISHED");
    private static final ArtifactStub.Report ISO27001 = new ArtifactStub.Report(
            "report-9Cx5Vt3Nb7Gh2Fj8",
            "AWS ISO/IEC 27001:2022 Certificate",
            "ISO",
            ATTEST,
            2,
            Seed.at("2025-11-07"),
            Seed.at("2028-11-06"),
            "PUBLISHED");
    private static final ArtifactStub.Report ISO27017 = new ArtifactStub.Report(
            "report-4Rt8Yu1Io6Pa3Sd5",
            "AWS ISO/IEC 27017:2015 Certificate",
            "ISO",
            ATTEST,
            2,
            Seed.at("2025-11-07"),
            Seed.at("2028-11-06"),
            "PUBLISHED");
    private static final ArtifactStub.Report ISO27018 = new ArtifactStub.Report(
            "report-1Qw2Er3Ty4Ui5Op6",
            "AWS ISO/IEC 27018:2019 Certificate",
            "ISO",
            ATTEST,
            2,
            Seed.at("2025-11-07"),
            Seed.at("2028-11-06"),
            "PUBLISHED");
    private static final ArtifactStub.Report LETTER = ArtifactStub.Report.bridgeLetter(
            "report-3Bt7Kc2Lm5Np8Qr1", 1, Seed.at("2026-10-01"), Seed.at("2026-12-31"));

    @TempDir
    static Path dir;

    private static Path withoutLetter;
    private static Path withLetter;

    @BeforeAll
    static void collect() {
        MotoServer.get().reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        try (ArtifactStub artifact = new ArtifactStub()) {
            artifact.add(SOC2).add(ISO27001).add(ISO27017).add(ISO27018);
            withoutLetter = collect(artifact, "without");
            artifact.add(LETTER);
            withLetter = collect(artifact, "with");
        }
    }

    private static Path collect(ArtifactStub artifact, String name) {
        Path out = dir.resolve(name + "-evidence");
        Cli c = Cli.run(
                "collect",
                "--out",
                out.toString(),
                "--regions",
                "us-east-1",
                "--period",
                "2026-Q4",
                "--endpoint-url",
                MotoServer.get().endpoint().toString(),
                "--endpoint",
                "artifact=" + artifact.endpoint(),
                "--max-attempts",
                "1");
        assertThat(c.exit()).as(c.err()).isIn(0, 4);
        return out;
    }

    @AfterAll
    static void clearProperties() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static JsonNode report(Path locker, String name, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--evidence",
                locker.toString(),
                "--out",
                dir.resolve(name).toString()));
        args.addAll(List.of(extra));
        Cli c = Cli.run(args.toArray(String[]::new));
        assertThat(c.exit()).as(c.err()).isZero();
        return PackReaders.results(dir.resolve(name).resolve("results.json"));
    }

    private static List<JsonNode> controls(JsonNode results, String framework) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : results.get("frameworks")) {
            if (f.get("id").asText().equals(framework)) {
                f.get("controls").forEach(out::add);
            }
        }
        return out;
    }

    private static JsonNode control(JsonNode results, String framework, String id) {
        return controls(results, framework).stream()
                .filter(c -> c.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutABridgeLetterNoSoc2CriterionIsInheritedOrSatisfiedAndIsoIsUnaffected() {
        JsonNode r = report(withoutLetter, "no-letter", "--no-premises");
        List<JsonNode> soc2 = controls(r, "soc2-2017");
        assertThat(soc2)
                .hasSize(61)
                .allSatisfy(c -> assertThat(c.get("status").asText())
                        .as(c.get("id").asText())
                        .isNotIn("INHERITED", "SATISFIED"));
        assertThat(soc2)
                .filteredOn(c -> !c.get("awsStatus").asText().isEmpty())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.get("awsStatus").asText())
                        .as(c.get("id").asText())
                        .isEqualTo("BRIDGE_LETTER_NEEDED"));
        assertThat(control(r, "soc2-2017", "CC6.4").get("reason").asText())
                .contains("no AWS bridge letter")
                .contains("2026-10-01 – 2026-12-31");
        assertNoSoc2CriterionRestsOnAnIsoCertificate(r);

        List<JsonNode> iso = controls(r, "iso27001-2022");
        assertThat(iso.stream()
                        .filter(c -> !c.get("awsStatus").asText().isEmpty())
                        .map(c ->
                                c.get("id").asText() + "=" + c.get("awsStatus").asText())
                        .toList())
                .hasSizeGreaterThan(20)
                .allSatisfy(s -> assertThat(s).endsWith("=COVERED"));
        assertThat(control(r, "iso27001-2022", "A.7.1").get("status").asText())
                .as("no premises: AWS's alone")
                .isEqualTo("INHERITED");
        assertThat(control(r, "iso27001-2022", "A.7.1").get("reports"))
                .allSatisfy(a -> assertThat(a.get("series").asText()).isEqualTo("ISO"));
    }

    @Test
    void abridgeLetterListedInArtifactCarriesTheSoc2ReportToTheEndOfThePeriod() {
        JsonNode r = report(withLetter, "artifact-letter", "--no-premises");
        JsonNode cc64 = control(r, "soc2-2017", "CC6.4");
        assertThat(cc64.get("status").asText()).isEqualTo("INHERITED");
        assertThat(cc64.get("awsStatus").asText()).isEqualTo("COVERED");
        assertThat(cc64.get("reason").asText())
                .contains("+ bridge letter")
                .contains("AWS SOC Continued Operations Letter");
        assertThat(cc64.get("scope").get("bridgeLetter").asText())
                .contains("2026-10-01 – 2026-12-31")
                .contains("AWS Artifact");
        assertThat(cc64.get("reports")).extracting(n -> n.get("id").asText()).containsExactly(SOC2.id());
        assertThat(controls(r, "soc2-2017"))
                .filteredOn(c -> !c.get("awsStatus").asText().isEmpty())
                .allSatisfy(c -> assertThat(c.get("awsStatus").asText())
                        .as(c.get("id").asText())
                        .isEqualTo("COVERED"));
        assertNoSoc2CriterionRestsOnAnIsoCertificate(r);
        assertThat(PackReaders.pdfText(dir.resolve("artifact-letter").resolve("evidence-pack.pdf"))
                        .replaceAll("\\s+", " "))
                .contains("Bridge letter: AWS SOC Continued Operations Letter");
    }

    @Test
    void aBridgeLetterTheUserDownloadedCountsAsManualEvidence() throws IOException {
        Path manual = Files.createDirectories(dir.resolve("manual-letter"));
        Documents.pdf(manual.resolve("aws-soc-letter.pdf"));
        Files.writeString(manual.resolve("aws-soc-letter.evidence.yaml"), """
                title: AWS SOC continued operations letter, downloaded 2027-01-06
                file: aws-soc-letter.pdf
                bridges: {framework: soc2-2017, from: 2026-10-01, to: 2026-12-31}
                owner: compliance@example.com
                date: 2027-01-06
                """);
        JsonNode r = report(withoutLetter, "manual-letter-pack", "--no-premises", "--manual", manual.toString());
        JsonNode cc64 = control(r, "soc2-2017", "CC6.4");
        assertThat(cc64.get("status").asText()).isEqualTo("INHERITED");
        assertThat(cc64.get("scope").get("bridgeLetter").asText()).contains("given as manual evidence");

        Files.writeString(manual.resolve("aws-soc-letter.evidence.yaml"), """
                title: AWS SOC continued operations letter, downloaded 2026-11-20
                file: aws-soc-letter.pdf
                bridges: {framework: soc2-2017, from: 2026-10-01, to: 2026-11-15}
                owner: compliance@example.com
                date: 2026-11-20
                """);
        JsonNode shortLetter =
                report(withoutLetter, "short-letter-pack", "--no-premises", "--manual", manual.toString());
        assertThat(control(shortLetter, "soc2-2017", "CC6.4").get("status").asText())
                .as("a letter that stops short")
                .isEqualTo("NEEDS_MANUAL_EVIDENCE");
        assertThat(control(shortLetter, "soc2-2017", "CC6.4").get("reason").asText())
                .contains("ends before the audit period does");
    }

    @Test
    void premisesInScopeMakePhysicalControlsSharedAndTheSoc2ScopeLeavesOutOtherCategories() {
        JsonNode r = report(withLetter, "premises");
        for (String id :
                List.of("A.7.1", "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6", "A.7.8", "A.7.11", "A.7.12", "A.7.13")) {
            JsonNode c = control(r, "iso27001-2022", id);
            assertThat(c.get("responsibility").asText()).as(id).isEqualTo("shared");
            assertThat(c.get("awsStatus").asText()).as(id).isEqualTo("COVERED");
            assertThat(c.get("status").asText())
                    .as(id + ": your premises need your evidence")
                    .isEqualTo("NEEDS_MANUAL_EVIDENCE");
        }
        assertThat(control(r, "soc2-2017", "CC6.4").get("responsibility").asText())
                .isEqualTo("shared");
        List<JsonNode> outside = controls(r, "soc2-2017").stream()
                .filter(c -> c.get("scope").get("outOfScope").asBoolean())
                .toList();
        assertThat(outside)
                .extracting(c -> c.get("id").asText())
                .allMatch(id -> !id.startsWith("CC"))
                .hasSize(28);
        assertThat(outside).allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("NOT_APPLICABLE"));
        JsonNode fw = r.get("frameworks").get(1);
        assertThat(fw.get("itemName").asText()).isEqualTo("criterion");
        assertThat(fw.get("outOfScope").asInt()).isEqualTo(28);

        JsonNode all = report(
                withLetter,
                "all-categories",
                "--soc2-categories",
                "security,availability,confidentiality,processing-integrity,privacy");
        assertThat(controls(all, "soc2-2017"))
                .noneMatch(c -> c.get("scope").get("outOfScope").asBoolean());
        assertThat(Set.of(all.get("scope").get("soc2Categories").toString()))
                .singleElement()
                .asString()
                .contains("Privacy");
    }

    private static void assertNoSoc2CriterionRestsOnAnIsoCertificate(JsonNode r) {
        assertThat(controls(r, "soc2-2017")).allSatisfy(c -> {
            assertThat(c.get("reports"))
                    .as(c.get("id").asText())
                    .allSatisfy(a -> assertThat(a.get("series").asText()).isEqualTo("SOC"));
            assertThat(c.get("reason").asText()).as(c.get("id").asText()).doesNotContain("ISO/IEC");
        });
    }
}
