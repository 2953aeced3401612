package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The demo PDF is written with the renderer's many small dictionaries (artifact property lists, link actions and
 * border styles, structure object references) inside the objects that use them, so a reader has fewer objects to
 * parse: {@code verify} opens the pack's PDF for its signature and the files it carries.
 */
class PdfObjectCountTest {

    @Test
    void smallDictionariesAreNotObjectsOfTheirOwn() throws Exception {
        byte[] pdf = Files.readAllBytes(DemoPacks.unsigned().resolve(ReportJob.PDF));
        Map<String, Integer> byType = new TreeMap<>();
        int objects;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var cos = doc.getDocument();
            objects = cos.getXrefTable().size();
            for (var key : new ArrayList<>(cos.getXrefTable().keySet())) {
                COSBase object = cos.getObjectFromPool(key).getObject();
                if (object instanceof COSDictionary dict && dict.getCOSName(COSName.TYPE) != null) {
                    byType.merge(dict.getCOSName(COSName.TYPE).getName(), 1, Integer::sum);
                }
            }
            // What stays an object of its own: pages, structure elements, annotations, fonts, embedded files.
            assertThat(byType).containsKeys("Page", "StructElem", "Filespec", "EmbeddedFile");
            int links = 0;
            for (var page : doc.getPages()) {
                links += page.getAnnotations().size();
            }
            assertThat(links)
                    .as("the demo has links, whose parts are checked below")
                    .isGreaterThan(100);
        }
        assertThat(byType)
                .as("property lists, actions and object references written in place (objects by /Type: %s)", byType)
                .doesNotContainKeys("Background", "Pagination", "Action", "OBJR", "Border");
        assertThat(objects).isPositive();
    }
}
