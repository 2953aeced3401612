package dev.auditpack.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evidence.Locker;
import dev.auditpack.input.InputFiles;
import dev.auditpack.manual.ManualEvidence;
import dev.auditpack.report.ReportConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/limits.md states the limits the code enforces. */
class LimitsDocumentationTest {

    private static String row(String doc, String start) {
        return doc.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }

    @Test
    void everyLimitInTheTableIsTheOneInTheCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "limits.md"));
        assertThat(row(doc, "| the locker's `index.json`")).contains(InputFiles.megabytes(Locker.INDEX_LIMIT));
        assertThat(row(doc, "| an evidence file")).contains(InputFiles.megabytes(Locker.EVIDENCE_LIMIT));
        assertThat(row(doc, "| a manual evidence document")).contains((ManualEvidence.DOCUMENT_LIMIT >> 30) + " GiB");
        assertThat(row(doc, "| a manual evidence metadata file")).contains(InputFiles.megabytes(InputFiles.DATA_LIMIT));
        assertThat(row(doc, "| a `--config`")).contains(InputFiles.megabytes(InputFiles.DATA_LIMIT));
        assertThat(row(doc, "| the logo")).contains(InputFiles.megabytes(ReportConfig.LOGO_LIMIT));
    }
}
