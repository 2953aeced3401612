package dev.auditpack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.check.Check;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Scope;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code --assertion} file read strictly against a pack's period, scope and frameworks. */
class ManagementAssertionTest {

    /** A valid file; each bad case changes one line of it. */
    static final String VALID = """
            organisation: Northwind Analytics
            system: Analytics platform on AWS
            period: {start: 2026-10-01, end: 2026-12-31}
            statement:
              - We have prepared the description of the analytics platform.
              - The controls were suitably designed and operated effectively throughout the period.
            signatory: {name: Jane Doe, title: Chief Executive Officer}
            date: 2027-01-15
            accounts: ["123456789012"]
            regions: [eu-west-1]
            controls: [CC6.1]
            """;

    private static final AuditPeriod PERIOD =
            new AuditPeriod("2026-Q4", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"));
    private static final Scope SCOPE = new Scope(List.of("123456789012"), List.of("eu-west-1", "us-east-1"), Map.of());

    private static List<Framework> frameworks;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        frameworks = FrameworkLoader.builtIn(Check.all().stream().map(Check::id).collect(Collectors.toSet()));
    }

    @Test
    void aValidFileIsRead() throws IOException {
        ManagementAssertion a = read(VALID);
        assertThat(a.organisation()).isEqualTo("Northwind Analytics");
        assertThat(a.statement()).hasSize(2);
        assertThat(a.signatoryName()).isEqualTo("Jane Doe");
        assertThat(a.date()).isEqualTo(LocalDate.parse("2027-01-15"));
        assertThat(a.controls()).singleElement().asString().endsWith(":CC6.1");
        assertThat(a.source()).isEqualTo("assertion.yaml");
    }

    @Test
    void badFilesAreRefusedWithOneLineNamingTheFile() {
        assertBad(VALID.replace("system:", "sistem:"), "unknown key 'sistem'");
        assertBad(VALID.replace("controls: [CC6.1]", "controls: [CC99.9]"), "controls: ");
        assertBad(VALID.replace("controls: [CC6.1]", "controls: [CC6.1, CC6.1]"), "is named twice");
        assertBad(VALID.replace("\"123456789012\"", "\"999999999999\""), "accounts: '999999999999' is not in");
        assertBad(VALID.replace("[eu-west-1]", "[eu-west-1, eu-west-1]"), "regions: 'eu-west-1' is named twice");
        assertBad(VALID.replace("[eu-west-1]", "[ap-south-2]"), "regions: 'ap-south-2' is not in the pack's scope");
        assertBad(VALID.replace("date: 2027-01-15", "date: 2027-02-30"), "date '2027-02-30' is not a date");
        assertBad(VALID.replace("date: 2027-01-15", "date: 2026-11-01"), "is before the end of the period");
        assertBad(VALID.replace("end: 2026-12-31", "end: 2026-11-30"), "is not the audit period, 2026-Q4");
        assertBad(VALID.replace("start: 2026-10-01", "start: 1 Oct 2026"), "period.start '1 Oct 2026' is not");
        assertBad(VALID.replace("signatory: {name: Jane Doe, title: Chief Executive Officer}", ""), "signatory is");
        assertBad(VALID.replace("{name: Jane Doe,", "{name: Jane Doe, phone: 1,"), "unknown key 'phone'");
        assertBad(
                VALID.replace("organisation: Northwind Analytics\n", "organisation: a\norganisation: b\n"),
                "Duplicate field 'organisation'");
        assertBad("", "is empty");
    }

    private ManagementAssertion read(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("assertion.yaml"), yaml);
        return ManagementAssertion.read(file, PERIOD, SCOPE, frameworks);
    }

    private void assertBad(String yaml, String problem) {
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(dir.resolve("assertion.yaml").toString())
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
