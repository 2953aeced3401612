package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.demo.DemoLocker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad scope and owners files: one line naming the file and the problem, exit 2, nothing written in --out.
 */
class ScopeAndOwnersInputCliTest {

    private static final String GOOD_SCOPE = """
            system: Insights
            accounts:
              - {id: "123456789012", name: production}
            regions: [eu-west-1]
            services: [s3]
            """;

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Cli report(String option, Path file) {
        Path locker = Files.exists(dir.resolve("evidence"))
                ? dir.resolve("evidence")
                : DemoLocker.extractTo(dir.resolve("evidence"));
        return Cli.run("report", "--evidence", locker.toString(), "--out", out().toString(), option, file.toString());
    }

    private void assertRefused(Cli cli, Path file, String... fragments) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).contains(file.toString()).contains(fragments);
        assertThat(out()).as("nothing written").doesNotExist();
    }

    @Test
    void aScopeFileWithABadAccountRegionServiceOrDateIsRefused() throws IOException {
        Path account = file("account.yaml", GOOD_SCOPE.replace("\"123456789012\"", "\"12345\""));
        assertRefused(report("--scope", account), account, "account id '12345' is not 12 digits");
        Path region = file("region.yaml", GOOD_SCOPE.replace("[eu-west-1]", "[eu-west-1, europe]"));
        assertRefused(report("--scope", region), region, "'europe' is not an AWS region name");
        Path service = file("service.yaml", GOOD_SCOPE.replace("[s3]", "[s3, mainframe]"));
        assertRefused(report("--scope", service), service, "unknown service 'mainframe'", "known: ");
        Path date = file("date.yaml", GOOD_SCOPE + "approved: 2026-13-45\n");
        assertRefused(report("--scope", date), date, "line 6", "2026-13-45");
        Path key = file("key.yaml", GOOD_SCOPE + "bounds: everything\n");
        assertRefused(report("--scope", key), key, "bounds");
        Path exclusion = file("exclusion.yaml", GOOD_SCOPE + "exclusions:\n  - {what: The office}\n");
        assertRefused(report("--scope", exclusion), exclusion, "every exclusion needs 'what' and 'reason'");
        Path empty = file("empty.yaml", "organisation: Northwind\n");
        assertRefused(report("--scope", empty), empty, "names no system, boundary, account, region or service");
    }

    @Test
    void aScopeFileWithADuplicateIsRefused() throws IOException {
        Path account = file(
                "dup-account.yaml",
                GOOD_SCOPE.replace("name: production}", "name: production}\n  - {id: \"123456789012\", name: again}"));
        assertRefused(report("--scope", account), account, "account 123456789012 is listed twice");
        Path region = file("dup-region.yaml", GOOD_SCOPE.replace("[eu-west-1]", "[eu-west-1, eu-west-1]"));
        assertRefused(report("--scope", region), region, "region eu-west-1 is listed twice");
        Path key = file("dup-key.yaml", GOOD_SCOPE + "system: Again\n");
        assertRefused(report("--scope", key), key, "Duplicate field 'system'");
    }

    @Test
    void anOwnersFileWithAnUnknownControlOrThemeOrADuplicateIsRefused() throws IOException {
        Path control = file("control.yaml", "controls:\n  iso27001-2022:A.99.1: {name: Sam}\n");
        assertRefused(report("--owners", control), control, "unknown control 'A.99.1' in iso27001-2022");
        Path framework = file("framework.yaml", "controls:\n  pci:1.1: {name: Sam}\n");
        assertRefused(report("--owners", framework), framework, "unknown framework 'pci'");
        Path theme = file("theme.yaml", "themes:\n  Spiritual: {name: Sam}\n");
        assertRefused(report("--owners", theme), theme, "unknown theme 'Spiritual'", "Technological");
        Path same = file("same.yaml", "controls:\n  A.5.15: {name: Sam}\n  iso27001-2022:A.5.15: {name: Lee}\n");
        assertRefused(report("--owners", same), same, "are the same control, iso27001-2022:A.5.15");
        Path key = file("key.yaml", "themes:\n  People: {name: Sam}\n  People: {name: Lee}\n");
        assertRefused(report("--owners", key), key, "Duplicate field 'People'");
        Path name = file("name.yaml", "themes:\n  People: {role: HR}\n");
        assertRefused(report("--owners", name), name, "theme People: the owner's name is missing");
        Path email = file("email.yaml", "themes:\n  People: {name: Sam, email: sam-at-example}\n");
        assertRefused(report("--owners", email), email, "'sam-at-example' is not an e-mail address");
        Path nothing = file("nothing.yaml", "controls: {}\n");
        assertRefused(report("--owners", nothing), nothing, "names no owners");
    }
}
