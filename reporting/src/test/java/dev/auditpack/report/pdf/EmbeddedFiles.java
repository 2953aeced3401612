package dev.auditpack.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The files embedded in a PDF, read back with PDFBox by walking the {@code EmbeddedFiles} name tree (kids
 * included), independently of how auditpack wrote them.
 */
public final class EmbeddedFiles {

    /**
     * One embedded file.
     *
     * @param name         key in the name tree
     * @param fileName     the file specification's {@code UF}
     * @param description  {@code Desc}
     * @param relationship {@code AFRelationship}
     * @param mimeType     the embedded stream's {@code Subtype}
     * @param size         {@code Params/Size}
     * @param modified     {@code Params/ModDate}
     * @param bytes        the decoded content
     * @param associated   whether the catalog's {@code /AF} array holds this very file specification
     */
    public record File(
            String name,
            String fileName,
            String description,
            String relationship,
            String mimeType,
            long size,
            Calendar modified,
            byte[] bytes,
            boolean associated) {}

    private EmbeddedFiles() {}

    /** Every embedded file, in name order. */
    public static Map<String, File> read(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, File> out = new LinkedHashMap<>();
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return out;
            }
            COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            collect(names.getEmbeddedFiles(), af, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, COSArray af, Map<String, File> out)
            throws IOException {
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            for (var e : names.entrySet()) {
                PDComplexFileSpecification spec = e.getValue();
                PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
                out.put(
                        e.getKey(),
                        new File(
                                e.getKey(),
                                spec.getFileUnicode(),
                                spec.getFileDescription(),
                                spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")),
                                file.getSubtype(),
                                file.getCOSObject()
                                        .getCOSDictionary(COSName.PARAMS)
                                        .getLong(COSName.SIZE),
                                file.getModDate(),
                                file.toByteArray(),
                                contains(af, spec)));
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (var kid : kids) {
                collect(kid, af, out);
            }
        }
    }

    private static boolean contains(COSArray af, PDComplexFileSpecification spec) {
        if (af == null) {
            return false;
        }
        for (COSBase item : af) {
            COSBase resolved = item instanceof COSObject o ? o.getObject() : item;
            if (resolved == spec.getCOSObject()) {
                return true;
            }
        }
        return false;
    }
}
