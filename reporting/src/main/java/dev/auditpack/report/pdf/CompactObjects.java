package dev.auditpack.report.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Keeps the small dictionaries the renderer makes by the ten thousand inside the objects that use them, instead of
 * each becoming an object of its own: the property list of every marked artifact on a page (a long pack has about
 * 95,000), and each link's action, border style and structure reference. What the document says is unchanged; only
 * how it is written. A reader, {@code verify} among them, parses each object of a PDF's cross-reference; with half
 * as many it opens the PDF in half the time.
 */
final class CompactObjects {

    private CompactObjects() {}

    /** Marks those dictionaries to be written in place; returns how many. */
    static int apply(PDDocument doc) {
        int marked = 0;
        for (PDPage page : doc.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                for (COSName name : properties.keySet()) {
                    marked += inPlace(properties.getItem(name));
                }
            }
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    COSDictionary dict = annotation.getCOSObject();
                    marked += inPlace(dict.getItem(COSName.A)) + inPlace(dict.getItem(COSName.BS));
                }
            } catch (java.io.IOException e) {
                // Annotations that cannot be read are left as they are; they are written as they came.
            }
        }
        COSDictionary tree = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        return tree == null ? marked : marked + objectReferences(tree);
    }

    /** Marks each object reference ({@code /OBJR}) among the structure elements' kids. */
    private static int objectReferences(COSDictionary root) {
        int marked = 0;
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            COSBase next = resolve(todo.pop());
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof COSArray array) {
                array.forEach(todo::add);
            } else if (next instanceof COSDictionary dict && !(next instanceof COSStream)) {
                if (COSName.getPDFName("OBJR").equals(dict.getCOSName(COSName.TYPE))) {
                    marked += inPlace(dict);
                    continue;
                }
                COSBase kids = dict.getItem(COSName.K);
                if (kids != null) {
                    todo.add(kids);
                }
            }
        }
        return marked;
    }

    /** A plain dictionary not yet written as an object of its own is marked to be written where it is used. */
    private static int inPlace(COSBase item) {
        if (item instanceof COSDictionary dict && !(item instanceof COSStream) && !dict.isDirect()) {
            dict.setDirect(true);
            return 1;
        }
        return 0;
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject reference ? reference.getObject() : base;
    }
}
