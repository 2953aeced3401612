package dev.auditpack.cli;

import static dev.auditpack.pack.PackReaders.controlStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --soc2-type}: under Type 2 a criterion about operation over time is never satisfied by the demo's one
 * snapshot, which shows its design only; under Type 1 the same passing checks satisfy it. A framework of its own
 * declares the categories and the over-time criterion, so no Java code is involved.
 */
class Soc2TypeCliTest {

    @TempDir
    Path dir;

    private Path framework() throws IOException {
        Path fw = Files.createDirectories(dir.resolve("frameworks"));
        Files.writeString(fw.resolve("my-soc.yaml"), """
                framework: my-soc
                title: A SOC 2 style framework
                shortName: MySOC
                itemName: criterion
                categories:
                  - {id: security, title: Security, always: true}
                  - {id: availability, title: Availability}
                controls:
                  - id: S.1
                    title: Root keys removed and kept removed
                    theme: Access
                    responsibility: customer
                    customer: Keep the root user without access keys throughout the period.
                    checks: [{check: iam_root_no_access_keys, strength: direct, rationale: the root user has no keys}]
                    checksSuffice: true
                    category: security
                    overTime: true
                    manual: Evidence over the period that no root key was created.
                  - id: S.2
                    title: Root keys removed
                    theme: Access
                    responsibility: customer
                    customer: Keep the root user without access keys.
                    checks: [{check: iam_root_no_access_keys, strength: direct, rationale: the root user has no keys}]
                    checksSuffice: true
                    category: security
                    manual: None beyond the check.
                  - id: AV.1
                    title: Capacity
                    theme: Availability
                    responsibility: customer
                    customer: Plan capacity.
                    checks: []
                    category: availability
                    manual: Capacity plans.
                """);
        return fw;
    }

    private JsonNode demo(String name, String... extra) throws IOException {
        Path out = dir.resolve(name);
        String[] args = new String[6 + extra.length];
        System.arraycopy(
                new String[] {
                    "demo",
                    "--out",
                    out.toString(),
                    "--no-examples",
                    "--frameworks",
                    framework().toString()
                },
                0,
                args,
                0,
                6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        Cli cli = Cli.run(args);
        assertThat(cli.exit()).as(cli.err()).isZero();
        return PackReaders.results(out.resolve("results.json"));
    }

    @Test
    void typeTwoShowsTheDesignOnlyAndTypeOneSatisfies() throws IOException {
        JsonNode type2 = demo("type2");
        assertThat(controlStatus(type2, "my-soc", "S.1")).isEqualTo("NEEDS_MANUAL_EVIDENCE");
        JsonNode s1 = control(type2, "S.1");
        assertThat(s1.get("scope").get("designOnly").asBoolean()).isTrue();
        assertThat(s1.get("reason").asText())
                .contains("Design evidenced at a point in time", "2026-10-01 – 2026-12-31", "that evidence is missing");
        assertThat(controlStatus(type2, "my-soc", "S.2"))
                .as("not about operation over time")
                .isEqualTo("SATISFIED");
        assertThat(controlStatus(type2, "my-soc", "AV.1")).isEqualTo("NOT_APPLICABLE");

        JsonNode type1 = demo("type1", "--soc2-type", "1", "--soc2-categories", "security,availability");
        assertThat(controlStatus(type1, "my-soc", "S.1")).isEqualTo("SATISFIED");
        assertThat(control(type1, "S.1").get("scope").get("designOnly").asBoolean())
                .isFalse();
        assertThat(controlStatus(type1, "my-soc", "AV.1")).isEqualTo("NEEDS_MANUAL_EVIDENCE");
        assertThat(PackReaders.pdfText(dir.resolve("type2").resolve("evidence-pack.pdf"))
                        .replaceAll("\\s+", " "))
                .contains("Design only: evidence of operation over the period is missing.");
    }

    private static JsonNode control(JsonNode results, String id) {
        for (JsonNode f : results.get("frameworks")) {
            for (JsonNode c : f.get("controls")) {
                if (f.get("id").asText().equals("my-soc")
                        && c.get("id").asText().equals(id)) {
                    return c;
                }
            }
        }
        throw new AssertionError(id);
    }
}
