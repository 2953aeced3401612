package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.pack.ExternalTool;
import dev.auditpack.report.pdf.EvidenceAttachments.Attachment;
import dev.auditpack.report.pdf.EvidenceAttachments.Relationship;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files embedded as document-level associated files, read back by PDFBox and by poppler's pdfdetach. */
class EvidenceAttachmentsTest {

    private static final Instant MODIFIED = Instant.parse("2026-11-02T10:15:30Z");

    @TempDir
    Path dir;

    private Path pdf() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private Attachment file(String name, String content, Relationship relationship) throws IOException {
        Path file = dir.resolve("files").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return new Attachment(name, file, relationship, "application/json", "About " + name, MODIFIED);
    }

    @Test
    void moreFilesThanOneLeafHoldsAreAllInsideWithTheirRelationshipTypeSizeAndDate() throws IOException {
        Path pdf = pdf();
        List<Attachment> files = new ArrayList<>();
        int count = 2 * EvidenceAttachments.NAMES_PER_LEAF + 88;
        for (int i = 0; i < count; i++) {
            files.add(file(
                    String.format("evidence/raw/%012d/eu-west-1/s3.buckets.json", i),
                    "{\"n\": " + i + "}",
                    Relationship.SOURCE));
        }
        files.add(file("results.json", "{\"results\": \"ü\"}", Relationship.DATA));

        EvidenceAttachments.embed(pdf, files);

        Map<String, EmbeddedFiles.File> inside = EmbeddedFiles.read(pdf);
        assertThat(inside).hasSize(count + 1);
        assertThat(List.copyOf(inside.keySet())).isSorted();
        for (Attachment a : files) {
            EmbeddedFiles.File f = inside.get(a.name());
            assertThat(f).as(a.name()).isNotNull();
            assertThat(f.bytes()).as(a.name()).isEqualTo(Files.readAllBytes(a.file()));
            assertThat(f.fileName()).isEqualTo(a.name());
            assertThat(f.description()).isEqualTo("About " + a.name());
            assertThat(f.mimeType()).isEqualTo("application/json");
            assertThat(f.size()).isEqualTo(Files.size(a.file()));
            assertThat(f.modified().toInstant()).isEqualTo(MODIFIED);
            assertThat(f.associated()).as("in the catalog's /AF").isTrue();
        }
        assertThat(inside.get("results.json").relationship()).isEqualTo("Data");
        assertThat(inside.get("results.json").bytes())
                .isEqualTo("{\"results\": \"ü\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(inside.get(files.get(0).name()).relationship()).isEqualTo("Source");

        ExternalTool detach = ExternalTool.run(dir, "pdfdetach", "-list", pdf.toString());
        assertThat(detach.exit()).as(detach.output()).isZero();
        assertThat(detach.output())
                .startsWith((count + 1) + " embedded files")
                .contains(": evidence/raw/000000000599/eu-west-1/s3.buckets.json", ": results.json");
        assertThat(siblings()).as("no temporary file left behind").containsExactly("files", "report.pdf");
    }

    @Test
    void twoFilesWithOneNameLeaveThePdfAsItWas() throws IOException {
        Path pdf = pdf();
        byte[] before = Files.readAllBytes(pdf);
        List<Attachment> twice =
                List.of(file("a.json", "{}", Relationship.SOURCE), file("a.json", "[]", Relationship.DATA));
        assertThatThrownBy(() -> EvidenceAttachments.embed(pdf, twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.json");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        assertThat(siblings()).containsExactly("files", "report.pdf");
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
