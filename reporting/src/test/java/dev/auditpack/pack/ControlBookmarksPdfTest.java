package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The demo PDF's outline, read with PDFBox, has a bookmark for every control of every framework, under the part of
 * its framework's section that shows it, pointing at the page that holds the control's heading (or its row).
 */
class ControlBookmarksPdfTest {

    @Test
    void everyControlHasABookmarkToThePageOfItsHeading() throws IOException {
        Path dir = DemoPacks.signed().dir();
        JsonNode results = PackReaders.results(dir.resolve(ReportJob.RESULTS));
        try (PDDocument doc = Loader.loadPDF(dir.resolve(ReportJob.PDF).toFile())) {
            Map<String, PDOutlineItem> sections = new LinkedHashMap<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> sections.put(i.getTitle(), i));
            int checked = 0;
            for (JsonNode f : results.get("frameworks")) {
                PDOutlineItem section = sections.get(f.get("title").asText());
                assertThat(section).as("bookmark of " + f.get("title").asText()).isNotNull();
                // Control id -> the page its bookmark points at, and the page its part of the section starts on.
                Map<String, Integer> pages = new LinkedHashMap<>();
                Map<String, Integer> partPages = new LinkedHashMap<>();
                for (PDOutlineItem part : section.children()) {
                    int partPage = page(doc, part);
                    for (PDOutlineItem control : part.children()) {
                        String id = control.getTitle().split(" ", 2)[0];
                        assertThat(pages).as("one bookmark for " + id).doesNotContainKey(id);
                        pages.put(id, page(doc, control));
                        partPages.put(id, partPage);
                    }
                }
                List<String> ids = new ArrayList<>();
                f.get("controls").forEach(c -> ids.add(c.get("id").asText()));
                assertThat(pages.keySet()).as(f.get("id").asText()).containsExactlyInAnyOrderElementsOf(ids);
                for (JsonNode c : f.get("controls")) {
                    String id = c.get("id").asText();
                    int page = pages.get(id);
                    assertThat(page).as(id + " lies in its part").isGreaterThanOrEqualTo(partPages.get(id));
                    String[] words = c.get("title").asText().split(" ");
                    String heading = id + " " + String.join(" ", List.of(words).subList(0, Math.min(2, words.length)));
                    assertThat(text(doc, page)).as(id + " on page " + page).contains(heading);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(100);
        }
    }

    private static int page(PDDocument doc, PDOutlineItem item) throws IOException {
        return doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
    }

    /** A page's text with its whitespace folded, so that a control's id and the title in the next cell meet. */
    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(page);
        text.setEndPage(page);
        return Normalizer.normalize(text.getText(doc), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }
}
