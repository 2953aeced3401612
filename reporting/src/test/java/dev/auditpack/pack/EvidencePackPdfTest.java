package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.Digests;
import dev.auditpack.report.excel.SampleModel;
import dev.auditpack.report.pdf.EmbeddedFiles;
import dev.auditpack.report.pdf.EvidenceAttachments;
import dev.auditpack.report.pdf.PdfWriter;
import dev.auditpack.report.pdf.TemplateSet;
import dev.auditpack.report.pdf.VeraPdf;
import dev.auditpack.signing.PdfSignatures;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The demo pack's PDF as an archive and as a document: PDF/A-3a and PDF/UA-1 by veraPDF (a small report with its
 * evidence before and after signing, and the full signed demo), the evidence attached inside it, and its contents
 * page, bookmarks, header and footer.
 */
class EvidencePackPdfTest {

    private static Path unsigned;
    private static Path signed;

    /** Control statuses in the order of the summary's bar and legend, and their labels. */
    private static final List<String> STATUSES = List.of(
            "SATISFIED",
            "INHERITED",
            "MANUAL_PROVIDED",
            "NOT_SATISFIED",
            "GAP",
            "NEEDS_MANUAL_EVIDENCE",
            "NOT_APPLICABLE");

    private static final List<String> LABELS = List.of(
            "Satisfied",
            "Inherited",
            "Manual evidence provided",
            "Not satisfied",
            "Gap",
            "Needs manual evidence",
            "Not applicable");

    @TempDir
    Path dir;

    @BeforeAll
    static void demos() {
        unsigned = DemoPacks.unsigned().dir();
        signed = DemoPacks.signed().dir();
    }

    private static Path pdf(Path pack) {
        return pack.resolve(ReportJob.PDF);
    }

    // PDF/A-3a holds every rule of PDF/A-3b and adds the tagging rules, so passing 3a passes 3b too.
    private static void assertCompliant(Path pdf, PDFAFlavour flavour) {
        VeraPdf verdict = VeraPdf.validate(pdf, flavour);
        assertThat(verdict.failures()).as(verdict.describe()).isEmpty();
        assertThat(verdict.compliant()).as(verdict.describe()).isTrue();
    }

    @Test
    void aSmallReportWithItsEvidenceIsPdfA3aAndPdfUa1BeforeAndAfterSigning() throws IOException {
        Path index = Files.writeString(dir.resolve("index.json"), "{\"evidence\": []}");
        Path small = dir.resolve("small.pdf");
        try (OutputStream out = Files.newOutputStream(small)) {
            PdfWriter.write(
                    SampleModel.sample(),
                    TemplateSet.defaults(),
                    List.of(new EvidenceAttachments.Attachment(
                            "evidence/index.json",
                            index,
                            EvidenceAttachments.Relationship.SOURCE,
                            "application/json",
                            "Index of the evidence locker.",
                            Instant.parse("2026-11-20T09:00:00Z"))),
                    out);
        }
        assertCompliant(small, PDFAFlavour.PDFA_3_A);
        assertCompliant(small, PDFAFlavour.PDFUA_1);

        PdfSignatures.sign(small, TestKeys.rsa().identity(), Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(PdfSignatures.verify(small))
                .singleElement()
                .satisfies(v -> assertThat(v.valid()).as(v.problem()).isTrue());
        assertCompliant(small, PDFAFlavour.PDFA_3_A);
        assertCompliant(small, PDFAFlavour.PDFUA_1);
    }

    // Signing appends to the rendered PDF, so the signed demo holds every object of an unsigned one as well.
    @Test
    void theSignedDemoIsPdfA3aAndPdfUa1() throws IOException {
        assertThat(PdfSignatures.verify(pdf(signed))).singleElement().satisfies(v -> {
            assertThat(v.valid()).as(v.problem()).isTrue();
            assertThat(v.signer()).contains(TestKeys.SUBJECT);
        });
        assertCompliant(pdf(signed), PDFAFlavour.PDFA_3_A);
        assertCompliant(pdf(signed), PDFAFlavour.PDFUA_1);
    }

    @Test
    void everyEvidenceFileTheIndexAndResultsAreInsideByteForByte() throws IOException {
        for (Path pack : List.of(unsigned, signed)) {
            Map<String, EmbeddedFiles.File> inside = EmbeddedFiles.read(pdf(pack));
            JsonNode index = PackReaders.results(pack.resolve("evidence/index.json"));
            List<String> expected = new ArrayList<>(List.of("evidence/index.json", "results.json", "signing.json"));
            for (JsonNode e : index.get("evidence")) {
                String name = "evidence/" + e.get("path").asText();
                expected.add(name);
                EmbeddedFiles.File f = inside.get(name);
                assertThat(f).as(name).isNotNull();
                assertThat(Digests.sha256(f.bytes()))
                        .as(name)
                        .isEqualTo(e.get("sha256").asText());
                assertThat(f.size()).as(name).isEqualTo(e.get("size").asLong());
                assertThat(f.relationship()).as(name).isEqualTo("Source");
                assertThat(f.description())
                        .as(name)
                        .contains("sha256:" + e.get("sha256").asText());
            }
            assertThat(inside.keySet()).as(pack.toString()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(inside.get("evidence/index.json").bytes())
                    .isEqualTo(Files.readAllBytes(pack.resolve("evidence/index.json")));
            assertThat(inside.get("evidence/index.json").relationship()).isEqualTo("Source");
            assertThat(inside.get("results.json").bytes())
                    .isEqualTo(Files.readAllBytes(pack.resolve(ReportJob.RESULTS)));
            assertThat(inside.get("results.json").relationship()).isEqualTo("Data");
            assertThat(inside.get("signing.json").bytes())
                    .as("the seal the zip holds too")
                    .isEqualTo(Zips.read(pack.resolve(ReportJob.ZIP), PackSeal.FILE));
            assertThat(inside.get("signing.json").relationship()).isEqualTo("Data");
            assertThat(inside.values()).allSatisfy(f -> {
                assertThat(f.mimeType()).isEqualTo("application/json");
                assertThat(f.associated())
                        .as(f.name() + " in the catalog's /AF")
                        .isTrue();
                assertThat(f.modified()).as(f.name()).isNotNull();
            });
        }
    }

    @Test
    void pdfdetachListsTheAttachments() throws IOException {
        List<String> expected = new ArrayList<>();
        expected.add("evidence/index.json");
        for (JsonNode e :
                PackReaders.results(unsigned.resolve("evidence/index.json")).get("evidence")) {
            expected.add("evidence/" + e.get("path").asText());
        }
        expected.subList(1, expected.size()).sort(null);
        expected.add("results.json");
        expected.add("signing.json");
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            numbered.add((i + 1) + ": " + expected.get(i));
        }

        ExternalTool detach = ExternalTool.run(unsigned, "pdfdetach", "-list", ReportJob.PDF);
        assertThat(detach.exit()).as(detach.output()).isZero();
        List<String> lines = detach.output().lines().toList();
        assertThat(lines.get(0)).isEqualTo(expected.size() + " embedded files");
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(numbered);

        Path extracted = dir.resolve("extracted-results.json");
        ExternalTool save = ExternalTool.run(
                unsigned,
                "pdfdetach",
                "-save",
                String.valueOf(expected.indexOf("results.json") + 1),
                "-o",
                extracted.toString(),
                ReportJob.PDF);
        assertThat(save.exit()).as(save.output()).isZero();
        assertThat(Files.readAllBytes(extracted)).isEqualTo(Files.readAllBytes(unsigned.resolve(ReportJob.RESULTS)));
    }

    @Test
    void everySectionHasABookmarkAndTheContentsPageGivesItsPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(unsigned).toFile())) {
            Map<String, Integer> bookmarks = new LinkedHashMap<>();
            outline(doc, doc.getDocumentCatalog().getDocumentOutline(), "", bookmarks);
            // Each control has its bookmark a level further down (ControlBookmarksPdfTest); here only the sections.
            bookmarks.keySet().removeIf(path -> path.split(" > ").length > 2);
            assertThat(bookmarks.keySet())
                    .containsExactly(
                            "Cover",
                            "Contents",
                            "Summary",
                            "Scope and system description",
                            "Scope and system description > Declared scope and evidence",
                            "Scope and system description > Exclusions",
                            "How to read this pack",
                            "Responsibility profile",
                            "Audit scope",
                            "Audit scope > Out of scope",
                            "Audit scope > Complementary user entity controls",
                            "Audit scope > AWS services and attestation scope",
                            "ISO/IEC 27001:2022 Annex A",
                            "ISO/IEC 27001:2022 Annex A > Control table",
                            "ISO/IEC 27001:2022 Annex A > Control details",
                            "ISO/IEC 27001:2022 Annex A > Controls only documents can answer",
                            "SOC 2 Trust Services Criteria (2017, revised 2022)",
                            "SOC 2 Trust Services Criteria (2017, revised 2022) > Criterion table",
                            "SOC 2 Trust Services Criteria (2017, revised 2022) > Criterion details",
                            "SOC 2 Trust Services Criteria (2017, revised 2022) > Criteria only documents can answer",
                            "SOC 2 Trust Services Criteria (2017, revised 2022) > Criteria out of scope",
                            "Statement of Applicability (ISO 27001)",
                            "Checks and findings",
                            "Manual evidence",
                            "Exceptions",
                            "AWS attestations",
                            "Collection errors",
                            "Evidence index",
                            "Evidence index > By collector",
                            "Evidence index > Files");
            assertThat(bookmarks)
                    .containsEntry("Cover", 1)
                    .containsEntry("Contents", 2)
                    .containsEntry("Summary", 3);

            List<String> contents = page(doc, 2).lines().toList();
            assertThat(contents).contains("Contents");
            bookmarks.forEach((path, page) -> {
                if (page > 2) {
                    int child = path.lastIndexOf(" > ");
                    String title = child < 0 ? path : path.substring(child + 3);
                    assertThat(contents).as("contents line for " + path).contains(title + " " + page);
                }
            });

            int tablePage = bookmarks.get("ISO/IEC 27001:2022 Annex A > Control table");
            assertThat(bookmarks.get("ISO/IEC 27001:2022 Annex A > Control details"))
                    .as("the table spans pages")
                    .isGreaterThan(tablePage + 1);
            assertThat(page(doc, tablePage + 1).lines().toList())
                    .as("the table header repeats on its next page")
                    .contains("Control Title Responsibility Status");
        }
    }

    @Test
    void everyPageButTheCoverHasTheRunningHeaderAndFooter() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(unsigned).toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(page(doc, 1)).doesNotContain("Page 1 of");
            for (int p = 2; p <= pages; p++) {
                assertThat(page(doc, p))
                        .as("page " + p)
                        .contains(
                                "Northwind Analytics (fictional) · AWS evidence pack · 2026-Q4 (2026-10-01 to 2026-12-31)")
                        .contains("Confidential Page " + p + " of " + pages);
            }
        }
    }

    @Test
    void theSummaryIsOnePageWithTheChartItsLegendAndWhatNeedsAttention() throws IOException {
        JsonNode results = PackReaders.results(unsigned.resolve(ReportJob.RESULTS));
        JsonNode iso = results.get("frameworks").get(0);
        JsonNode soc = results.get("frameworks").get(1);
        List<String> chart = new ArrayList<>(List.of("Summary", "Controls by status"));
        List<String> legend = new ArrayList<>();
        for (JsonNode fw : List.of(iso, soc)) {
            int total = fw.get("controls").size();
            chart.add(fw.get("shortName").asText());
            chart.add(total + ("criterion".equals(fw.get("itemName").asText()) ? " criteria" : " controls"));
            // The bar labels a segment with its count when the segment is at least 5 % of the bar.
            chart.add(String.join(
                    " ",
                    STATUSES.stream()
                            .map(st -> fw.get("counts").get(st).asInt())
                            .filter(n -> n > 0 && n * 100 >= total * 5)
                            .map(String::valueOf)
                            .toList()));
        }
        for (int i = 0; i < STATUSES.size(); i++) {
            legend.add(
                    LABELS.get(i) + " " + iso.get("counts").get(STATUSES.get(i)).asInt() + " "
                            + soc.get("counts").get(STATUSES.get(i)).asInt());
        }
        legend.add("All controls " + iso.get("controls").size() + " "
                + soc.get("controls").size());
        long notSatisfied = iso.get("counts").get("NOT_SATISFIED").asLong()
                + soc.get("counts").get("NOT_SATISFIED").asLong();
        long gaps = iso.get("counts").get("GAP").asLong()
                + soc.get("counts").get("GAP").asLong();
        assertThat(notSatisfied).as("the demo has controls not satisfied").isGreaterThan(6);
        assertThat(gaps).as("the demo has a gap").isPositive();

        try (PDDocument doc = Loader.loadPDF(pdf(unsigned).toFile())) {
            List<String> summary = page(doc, 3).lines().map(String::strip).toList();
            assertThat(summary).containsSubsequence(chart);
            assertThat(summary).containsSubsequence(legend);
            String folded = String.join(" ", summary).replaceAll("\\s+", " ");
            int shown = gaps > 1 ? 2 : 3;
            assertThat(folded)
                    .contains("Graded findings")
                    .contains("Not satisfied: " + notSatisfied
                            + " controls, by grade, then severity; the first " + shown + ", the other "
                            + (notSatisfied - shown) + " in the control tables");
            assertThat(folded).contains("Gaps: " + gaps + " control");
            java.util.regex.Matcher top = java.util.regex.Pattern.compile(
                            "Title and failing checks Grade Page (SOC 2|ISO 27001) (\\S+) (.+?) (\\d+) of (\\d+) CRITICAL (\\d+) ")
                    .matcher(folded);
            assertThat(top.find()).as(folded).isTrue();
            assertThat(top.group(1) + " " + top.group(2))
                    .as("a major finding of the highest severity, most failing first")
                    .isEqualTo("SOC 2 CC6.1");
            assertThat(top.group(3)).startsWith("Logical access safeguards iam_root_mfa_enabled");
            assertThat(page(doc, Integer.parseInt(top.group(6))))
                    .as("the page the summary gives")
                    .contains("CC6.1 Logical access safeguards");
            assertThat(page(doc, 4)).doesNotContain("Graded findings", "Framework Control", "Gaps:");
        }
    }

    private static void outline(PDDocument doc, PDOutlineNode node, String parent, Map<String, Integer> out)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            String path = parent + item.getTitle();
            out.put(path, doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
            outline(doc, item, path + " > ", out);
        }
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(page);
        text.setEndPage(page);
        return text.getText(doc);
    }
}
