package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** In the demo PDF no control's heading is left alone at the foot of a page, away from the text it heads. */
class ControlHeadingsPdfTest {

    /** A control id, its title, then its status: the heading line of a control's details. */
    private static final Pattern HEADING =
            Pattern.compile("^(A\\.\\d+\\.\\d+|CC\\d+\\.\\d+|[A-Z]{1,4}\\d+(\\.\\d+)+) .+ "
                    + "(Satisfied|Not satisfied|Inherited|Needs manual evidence|Manual evidence provided|Gap|Not applicable)"
                    + "( .*)?$");

    private static final Pattern PAGE_NUMBER = Pattern.compile(".*Page \\d+ of \\d+\\s*$");

    /** Table headers: rows of the control table and the Statement of Applicability can read like headings. */
    private static final List<String> TABLE_HEADERS =
            List.of("Title Responsibility Status", "Applies Justification Risks");

    @Test
    void noPageEndsWithAControlHeading() throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc =
                Loader.loadPDF(DemoPacks.signed().dir().resolve(ReportJob.PDF).toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(doc)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !PAGE_NUMBER.matcher(l).matches())
                        .toList());
            }
        }
        // The running header and footer repeat on (nearly) every page; they are not the page's last line of text.
        Map<String, Integer> seen = new HashMap<>();
        pages.forEach(lines -> lines.stream().distinct().forEach(l -> seen.merge(l, 1, Integer::sum)));
        int headings = 0;
        List<String> stranded = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p).stream()
                    .filter(l -> seen.get(l) < pages.size() / 2)
                    .toList();
            if (lines.isEmpty()
                    || TABLE_HEADERS.stream().anyMatch(h -> lines.stream().anyMatch(l -> l.contains(h)))) {
                continue;
            }
            headings += (int)
                    lines.stream().filter(l -> HEADING.matcher(l).matches()).count();
            String last = lines.get(lines.size() - 1);
            String lastTwo = lines.size() > 1 ? lines.get(lines.size() - 2) + " " + last : last;
            if (HEADING.matcher(last).matches() || HEADING.matcher(lastTwo).matches()) {
                stranded.add("page " + (p + 1) + ": " + last);
            }
        }
        assertThat(headings).as("control headings found in the details").isGreaterThan(50);
        assertThat(stranded).isEmpty();
    }
}
