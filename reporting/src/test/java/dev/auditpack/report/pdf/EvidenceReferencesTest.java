package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.report.ReportModel;
import dev.auditpack.report.excel.SampleModel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A control names its evidence files by locker path, linked to the evidence index, which alone holds the hashes. */
class EvidenceReferencesTest {

    private static final ReportModel MODEL = SampleModel.sample();

    @Test
    void controlsLinkTheirEvidenceToTheIndexEntryThatHoldsTheHash() {
        String xhtml = PdfWriter.xhtml(MODEL, TemplateSet.defaults());
        Formatting fmt = new Formatting();
        List<ReportModel.EvidenceRow> cited = MODEL.frameworks().stream()
                .flatMap(fw -> fw.controls().stream())
                .flatMap(c -> c.evidence().stream())
                .toList();
        assertThat(cited).isNotEmpty();
        String index = xhtml.substring(xhtml.indexOf(" id=\"evidence\">"));
        for (ReportModel.EvidenceRow e : cited) {
            String anchor = fmt.anchor(e.path());
            assertThat(xhtml).as(e.path()).contains("<a href=\"#" + anchor + "\">" + e.path() + "</a>");
            assertThat(occurrences(xhtml, "id=\"" + anchor + "\"")).as(e.path()).isEqualTo(1);
            assertThat(index).as(e.path()).contains("id=\"" + anchor + "\"", "sha256:" + e.sha256());
        }
        Matcher lists = Pattern.compile("<div class=\"label\">Evidence .*?</p>", Pattern.DOTALL)
                .matcher(xhtml);
        int controls = 0;
        while (lists.find()) {
            controls++;
            assertThat(lists.group()).doesNotContain("sha256");
        }
        assertThat(controls).isPositive();
    }

    @Test
    void twoPathsNeverShareAnAnchor() {
        Formatting fmt = new Formatting();
        assertThat(fmt.anchor("raw/1/global/iam.credential_report.json"))
                .isEqualTo("ev-raw_2f1_2fglobal_2fiam_2ecredential_5freport_2ejson");
        assertThat(fmt.anchor("raw/a-b.json")).isNotEqualTo(fmt.anchor("raw/a_b.json"));
        assertThat(fmt.anchor("raw/a/b")).isNotEqualTo(fmt.anchor("raw/a.b"));
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
