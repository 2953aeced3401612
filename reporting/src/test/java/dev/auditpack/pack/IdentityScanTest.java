package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.demo.DemoLocker;
import dev.auditpack.evidence.Locker;
import dev.auditpack.exemption.Exemptions;
import dev.auditpack.manual.ManualEvidence;
import dev.auditpack.report.Identities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the demo locker and an exceptions file give to pseudonymise. */
class IdentityScanTest {

    @TempDir
    Path dir;

    @Test
    void usersFromUserNamesAndArnsSessionsFromStsArnsAndEveryEmailAddress() throws IOException {
        Locker locker = Locker.open(DemoLocker.extractTo(dir.resolve("locker")));
        Path exceptions = Files.writeString(dir.resolve("exceptions.yaml"), "# ask Soc.Team@northwind.example\n");
        Identities found = IdentityScan.of(
                locker, ManualEvidence.none(), Exemptions.none(), exceptions, dev.auditpack.system.Declarations.NONE);
        assertThat(found.users()).containsExactly("ci-deployer", "dev.kumar", "j.smith", "maria.lopez");
        assertThat(found.sessions()).containsExactly("auditpack");
        assertThat(found.emails()).containsExactly("Soc.Team@northwind.example");
        assertThat(found.people()).isEmpty();
    }
}
