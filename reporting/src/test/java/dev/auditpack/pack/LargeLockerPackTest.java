package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.bench.SyntheticOrganisation;
import dev.auditpack.cli.Cli;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.report.pdf.Formatting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A locker of more than {@link Formatting#FILES_LISTED} evidence files (a large organisation, a merged sharded run):
 * the PDF carries the locker index instead of every file, says so, and counts the files by collector, while the zip
 * still holds every file and verifies.
 */
class LargeLockerPackTest {

    @TempDir
    Path dir;

    @Test
    void thePdfCarriesTheIndexInsteadOfEveryFileAndTheZipStillHoldsThemAll() throws IOException {
        Path locker = dir.resolve("locker");
        EvidenceIndex index = new SyntheticOrganisation(100, 2, 2, 2).write(locker);
        int files = index.evidence().size();
        assertThat(files).isGreaterThan(Formatting.FILES_LISTED);
        Path out = dir.resolve("pack");
        Cli report = Cli.run("report", "--evidence", locker.toString(), "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isZero();

        ExternalTool detach = ExternalTool.run(out, "pdfdetach", "-list", ReportJob.PDF);
        assertThat(detach.exit()).as(detach.output()).isZero();
        assertThat(detach.output().lines().toList())
                .containsExactly("3 embedded files", "1: evidence/index.json", "2: results.json", "3: signing.json");

        String text = PackReaders.pdfText(out.resolve(ReportJob.PDF)).replace("\n", " ");
        assertThat(text)
                .contains(
                        "the " + files + " raw evidence files, too many to carry here, are in the pack zip under"
                                + " evidence/.",
                        "By collector",
                        "The " + files + " evidence files are too many to list here one by one.")
                .doesNotContain("The raw evidence files, the locker index and results.json are attached");
        assertThat(text.split("sha256:", -1))
                .as("no file hash in the PDF's text")
                .hasSize(1);
        try (ZipFile zip = new ZipFile(out.resolve(ReportJob.ZIP).toFile())) {
            String readme = new String(
                    zip.getInputStream(zip.getEntry(AuditorReadme.FILE)).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(readme.replaceAll("\\s+", " "))
                    .contains("when there are at most 1,000, the evidence files are attached inside it");
            List<String> names = zip.stream().map(e -> e.getName()).toList();
            for (var e : index.evidence()) {
                assertThat(names).contains(ReportJob.EVIDENCE + "/" + e.path());
            }
        }
        Cli verify = Cli.run("verify", out.resolve(ReportJob.ZIP).toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        Cli alone = Cli.run("verify", out.resolve(ReportJob.PDF).toString());
        assertThat(alone.exit()).as(alone.out() + alone.err()).isZero();
        assertThat(alone.out() + alone.err())
                .contains(
                        "its evidence/index.json lists " + files + " evidence files, more than the 1000 a PDF carries");

        // A PDF of such a pack that does carry a raw file was not written by auditpack: verify says so.
        Path planted = dir.resolve("planted.pdf");
        try (PDDocument doc = Loader.loadPDF(out.resolve(ReportJob.PDF).toFile())) {
            PDEmbeddedFilesNameTreeNode root =
                    doc.getDocumentCatalog().getNames().getEmbeddedFiles();
            PDNameTreeNode<PDComplexFileSpecification> leaf =
                    root.getKids() == null ? root : root.getKids().get(0);
            Map<String, PDComplexFileSpecification> names = new TreeMap<>(leaf.getNames());
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            String raw = ReportJob.EVIDENCE + "/" + index.evidence().get(0).path();
            spec.setFile(raw);
            spec.setFileUnicode(raw);
            spec.setEmbeddedFile(new PDEmbeddedFile(
                    doc,
                    Files.newInputStream(locker.resolve(index.evidence().get(0).path()))));
            names.put(raw, spec);
            leaf.setNames(names);
            doc.save(planted.toFile());
        }
        Cli caught = Cli.run("verify", planted.toString());
        assertThat(caught.exit()).isNotZero();
        assertThat(caught.out() + caught.err())
                .contains("UNEXPECTED planted.pdf!/" + ReportJob.EVIDENCE + "/"
                        + index.evidence().get(0).path()
                        + " (a PDF whose evidence/index.json lists more than 1000 files carries none of them)");
    }
}
