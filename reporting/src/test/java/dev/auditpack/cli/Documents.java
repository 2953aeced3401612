package dev.auditpack.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Manual evidence documents for tests: real files, since the secret scan refuses what it cannot read. */
final class Documents {

    private Documents() {}

    /** Writes a one-page PDF, which the secret scan can open and read. */
    static Path pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        return file;
    }
}
