package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The commands the docs give an auditor are the ones README.txt gives, which the tests run. */
class PackDocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theDocsGiveTheOpensslCommandThatIsTested() throws IOException {
        for (String doc : new String[] {"README.md", "docs/pack-format.md"}) {
            assertThat(Files.readString(ROOT.resolve(doc)))
                    .as(doc)
                    .contains(
                            AuditorReadme.OPENSSL_VERIFY,
                            "sha256sum -c SHA256SUMS",
                            "pdfsig evidence-pack.pdf",
                            AuditorReadme.PDF_FINGERPRINT,
                            "Signature is Valid.",
                            "Total document signed",
                            "--expect-fingerprint",
                            "verify evidence-pack.pdf");
        }
    }
}
