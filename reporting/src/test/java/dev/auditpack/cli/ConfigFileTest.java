package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auditpack.yaml} read strictly: each mistake is one line naming the file and the key's path. */
class ConfigFileTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("auditpack.yaml"), yaml);
    }

    private void refused(String yaml, String problem) throws IOException {
        Path file = write(yaml);
        assertThatThrownBy(() -> ConfigFile.read(file))
                .as(yaml)
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": " + problem);
    }

    @Test
    void everyMistakeNamesTheKeyPath() throws IOException {
        refused(
                "report:\n  soc2Categories: [security, availability, iso9001]\n",
                "report.soc2Categories[2]: 'iso9001' is not a SOC 2 category (security, availability, "
                        + "confidentiality, processing-integrity, privacy)");
        refused(
                "report:\n  colour: blue\n",
                "report.colour: unknown key (known: assertion, cuecs, exceptions, findingsPerCheck, frameworks, "
                        + "manual, noPremises, overrides, owners, preparer, risks, sampleSeed, scope, soc2Categories, "
                        + "soc2Type, templates)");
        refused(
                "colour: blue\n",
                "colour: unknown key (known: branding, collection, failOn, output, period, report, scope, signing)");
        refused("collection:\n  concurrency: lots\n", "collection.concurrency: expected a whole number, not 'lots'");
        refused("collection:\n  concurrency: '16'\n", "collection.concurrency: expected a whole number, not '16'");
        refused("collection:\n  concurrency: 0\n", "collection.concurrency: must be between 1 and 256, not 0");
        refused("output:\n  redact: maybe\n", "output.redact: expected true or false, not 'maybe'");
        refused("output:\n  redact: 1\n", "output.redact: expected true or false, not '1'");
        refused("scope:\n  regions: eu-west-1\n", "scope.regions: expected a list, e.g. [a, b], not 'eu-west-1'");
        refused(
                "scope:\n  accounts: ['111111111111', '12345']\n",
                "scope.accounts[1]: '12345' is not a 12-digit AWS account id (write it in quotes, e.g. "
                        + "\"012345678901\")");
        refused(
                "scope:\n  regions: [eu-west-1, mars-north-1]\n",
                "scope.regions[1]: 'mars-north-1' is not an AWS region name (like eu-west-1), nor [all] alone");
        refused(
                "failOn: [not-satisfied, warnings]\n",
                "failOn[1]: 'warnings' is not one of collection-errors, not-satisfied");
        refused("scope: [eu-west-1]\n", "scope: expected keys and values");
        refused("scope:\n  roleName: Auditor\n  roleName: Other\n", "line 3: Duplicate field 'roleName'");
    }

    @Test
    void badPeriodsAndDatesAreRefused() throws IOException {
        refused(
                "period: 2026-Q5\n",
                "period: '2026-Q5' is not a period; use 2026-Q4, 2026-H2, 2026-11, 2026 or "
                        + "2026-10-01..2026-12-31");
        refused(
                "period: 2026-02-01..2026-02-30\n",
                "period: '2026-02-01..2026-02-30' is not a real date range: Text '2026-02-30' could not be parsed: "
                        + "Invalid date 'FEBRUARY 30'");
        refused("period: 2026-12-31..2026-10-01\n", "period: period ends (2026-10-01) before it starts (2026-12-31)");
        assertThat(ConfigFile.read(write("period: 2026\n")).content().period()).isEqualTo("2026");
    }

    @Test
    void aPasswordIsNeverReadFromTheFile() throws IOException {
        for (String key : List.of("password", "keyPassword", "keystorePassword")) {
            Path file = write("signing:\n  keystore: signer.p12\n  " + key + ": hunter2-secret\n");
            assertThatThrownBy(() -> ConfigFile.read(file))
                    .hasMessage(file + ": signing." + key + ": a password is never read from the file; put it in an "
                            + "environment variable and name the variable with signing.keyPasswordEnv or "
                            + "signing.keystorePasswordEnv")
                    .hasMessageNotContaining("hunter2");
        }
        refused(
                "signing:\n  keystore: signer.p12\n  keystorePasswordEnv: 'hunter2 secret'\n",
                "signing.keystorePasswordEnv: must be the NAME of an environment variable (letters, digits and '_'), "
                        + "never the password itself");
        refused("signing:\n  key: k.pem\n", "signing.key: needs signing.cert too");
    }

    @Test
    void theOldBrandingFileStillWorksAndAMixedOneSaysWhatToMove() throws IOException {
        ConfigFile old = ConfigFile.read(write("organisation: Northwind\ntitle: Evidence\n"));
        assertThat(old.oldForm()).containsExactly("organisation", "title");
        assertThat(old.branding().organisation()).contains("Northwind");
        assertThat(old.branding().branding().title()).isEqualTo("Evidence");
        refused(
                "title: Evidence\nperiod: 2026-Q4\n",
                "title: a branding key at the top of the file; move it under " + "'branding:'");
        ConfigFile now = ConfigFile.read(write("branding:\n  organisation: Northwind\n  title: Evidence\n"));
        assertThat(now.oldForm()).isEmpty();
        assertThat(now.branding().organisation()).contains("Northwind");
        refused(
                "branding:\n  wording:\n    footer: x\n",
                "branding.wording.footer: unknown key (known: "
                        + "coverCaption, coverSubtitle, summaryIntro, readingIntro, evidenceIntro)");
        refused("branding:\n  logo: missing.png\n", "branding.logo: " + dir.resolve("missing.png") + " does not exist");
    }

    @Test
    void oneDocumentOnly() throws IOException {
        refused(
                "period: 2026-Q4\n---\nperiod: 2026-Q3\n",
                "holds more than one YAML document (---); a configuration " + "is one");
        assertThat(ConfigFile.read(write("")).present()).isTrue();
        assertThat(ConfigFile.read(write("# nothing\n")).content().scope()).isNull();
    }
}
