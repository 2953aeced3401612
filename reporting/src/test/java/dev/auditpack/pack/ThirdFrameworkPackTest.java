package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.LockerFixture;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.excel.SampleModel;
import dev.auditpack.report.pdf.PdfWriter;
import dev.auditpack.report.pdf.TemplateSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack names the frameworks it was built with, from their files: a user's third framework on the cover, in
 * README.txt and in the PDF's subject; and a pack without ISO 27001 or SOC 2 claims neither.
 */
class ThirdFrameworkPackTest {

    private static final String TITLE = "Acme Cloud Baseline v3";

    @TempDir
    Path dir;

    /** The sample model with one framework of a user's own instead of ISO 27001 and SOC 2, and no SOC 2 scope. */
    static ReportModel onlyModel() {
        ReportModel m = SampleModel.sample();
        ReportModel.FrameworkSection iso = m.frameworks().get(0);
        ReportModel.FrameworkSection own = new ReportModel.FrameworkSection(
                "acme-baseline", TITLE, "ACB", "3", iso.counts(), iso.controls(), List.of());
        ReportModel.ScopeSection scope = new ReportModel.ScopeSection(
                2, List.of(), true, "Premises are in scope.", List.of(), "", List.of(), "");
        return new ReportModel(
                m.run(),
                List.of(own),
                m.checks(),
                List.of(),
                m.evidence(),
                m.attachments(),
                m.errors(),
                m.manual(),
                m.exceptions(),
                m.profile(),
                dev.auditpack.report.Branding.defaults(),
                m.findings(),
                scope);
    }

    @Test
    void aPackOfOnlyAUsersFrameworkNamesItAndClaimsNeitherIsoNorSoc2() throws IOException {
        ReportModel model = onlyModel();
        Path pdf = dir.resolve("own.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfWriter.write(model, TemplateSet.defaults(), out);
        }
        String readme = new String(
                AuditorReadme.render(model, ReportWriter.all(), Optional.empty(), TemplateSet.defaults()),
                StandardCharsets.UTF_8);
        String ticket = new String(TicketSummary.render(model, List.of(), Optional.empty()), StandardCharsets.UTF_8);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String subject = doc.getDocumentInformation().getSubject();
            String keywords = doc.getDocumentInformation().getKeywords();
            String cover = coverText(doc);
            String all = new PDFTextStripper().getText(doc);
            assertThat(subject).isEqualTo(TITLE + " evidence for 2026-Q4");
            assertThat(keywords).isEqualTo("audit evidence, AWS, ACB");
            assertThat(cover).contains(TITLE);
            assertThat(readme).contains("Frameworks: " + TITLE + "\n");
            assertThat(ticket).contains("| ACB | ");
            for (String text : List.of(subject, keywords, cover, readme, ticket)) {
                assertThat(text).doesNotContain("ISO", "27001", "SOC 2", "Trust Services");
            }
            assertThat(all)
                    .as("the grading and scope pages")
                    .contains("ACB controls state their exceptions")
                    .doesNotContain("ISO/IEC 27001", "SOC 2 examination", "SOC 2 categories", "SOC 2 Type I");
        }
    }

    @Test
    void aThirdFrameworkIsNamedOnTheCoverInReadmeAndInThePdfSubject() throws IOException {
        Path locker = dir.resolve("evidence");
        new LockerFixture(locker)
                .doc(
                        "ec2.instances",
                        "eu-west-1",
                        "{'Reservations':[{'ReservationId':'r-1','OwnerId':'111122223333',"
                                + "'Instances':[{'InstanceId':'i-0abc','State':{'Code':16,'Name':'running'}}]}]}")
                .build();
        Path frameworks = Files.createDirectories(dir.resolve("frameworks"));
        Files.writeString(frameworks.resolve("acme.yaml"), """
                framework: acme-baseline
                title: %s
                shortName: ACB
                controls:
                  - id: ACB-1
                    title: Instances managed
                    theme: Operations
                    responsibility: customer
                    customer: Manage instances.
                    checks: [{check: ec2_instance_managed_by_ssm, strength: direct, rationale: managed instances can be patched}]
                    manual: Fleet records.
                """.formatted(TITLE));
        Path out = dir.resolve("out");
        var cli = dev.auditpack.cli.Cli.run(
                "report", "--evidence=" + locker, "--out=" + out, "--frameworks=" + frameworks);
        assertThat(cli.exit()).as(cli.err()).isZero();

        String readme = new String(Zips.read(out.resolve(ReportJob.ZIP), AuditorReadme.FILE), StandardCharsets.UTF_8);
        assertThat(readme.lines()
                        .filter(l -> l.startsWith("Frameworks: "))
                        .findFirst()
                        .orElseThrow())
                .contains("ISO/IEC 27001:2022 Annex A", "SOC 2 Trust Services Criteria", TITLE);
        try (PDDocument doc = Loader.loadPDF(out.resolve(ReportJob.PDF).toFile())) {
            assertThat(doc.getDocumentInformation().getSubject())
                    .startsWith("ISO/IEC 27001:2022 Annex A, SOC 2 ")
                    .containsPattern(" and " + java.util.regex.Pattern.quote(TITLE) + " evidence for \\S+$");
            assertThat(doc.getDocumentInformation().getKeywords()).endsWith(", ACB");
            assertThat(coverText(doc)).contains(TITLE);
        }
        assertThat(Files.readString(out.resolve(ReportJob.TICKET))).contains("| ACB | 1 |");
    }

    private static String coverText(PDDocument doc) throws IOException {
        PDFTextStripper cover = new PDFTextStripper();
        cover.setStartPage(1);
        cover.setEndPage(1);
        return cover.getText(doc).replaceAll("\\s+", " ");
    }
}
