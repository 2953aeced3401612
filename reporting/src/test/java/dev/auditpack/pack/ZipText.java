package dev.auditpack.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader could get out of a pack zip, as text, entry by entry, read with independent readers: for a
 * PDF, the page text PDFBox extracts plus every string and every decoded stream of every object in the file (the
 * metadata, the embedded files, the bookmarks, the tags); for a workbook, every cell as POI formats it plus every
 * XML part inside it (shared strings, properties); anything else as UTF-8.
 */
final class ZipText {

    /**
     * What one entry says.
     *
     * @param readable what a person reads: page text, cells, the file itself
     * @param hidden   the rest of the bytes as text: PDF objects and streams, the workbook's XML parts
     */
    record Text(String readable, String hidden) {
        String all() {
            return readable + "\n" + hidden;
        }
    }

    private ZipText() {}

    /** Every entry of {@code zip} by name. */
    static Map<String, Text> of(Path zip) {
        Map<String, Text> out = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.put(entry.getName(), text(entry.getName(), bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Text text(String name, byte[] bytes) throws IOException {
        if (name.endsWith(".pdf")) {
            return pdf(bytes);
        }
        if (name.endsWith(".xlsx")) {
            Path tmp = Files.createTempFile("zip-text", ".xlsx");
            try {
                Files.write(tmp, bytes);
                List<String> cells = PackReaders.workbook(tmp).values().stream()
                        .flatMap(List::stream)
                        .flatMap(List::stream)
                        .toList();
                return new Text(String.join("\n", cells), parts(tmp));
            } finally {
                Files.delete(tmp);
            }
        }
        return new Text(new String(bytes, StandardCharsets.UTF_8), "");
    }

    /** Every part of an OOXML package, as text. */
    private static String parts(Path ooxml) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipFile file = new ZipFile(ooxml.toFile())) {
            for (ZipEntry e : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(e)) {
                    out.append(e.getName())
                            .append('\n')
                            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Text pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String pages = new PDFTextStripper().getText(doc);
            StringBuilder hidden = new StringBuilder();
            var cos = doc.getDocument();
            for (COSObjectKey key : List.copyOf(cos.getXrefTable().keySet())) {
                COSBase base = cos.getObjectFromPool(key).getObject();
                strings(base, hidden);
                if (base instanceof COSStream stream && !isFontOrImage(stream)) {
                    try (InputStream in = stream.createInputStream()) {
                        hidden.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                .append('\n');
                    } catch (IOException e) {
                        hidden.append(new String(
                                        stream.createRawInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
                                .append('\n');
                    }
                }
            }
            return new Text(pages, hidden.toString());
        }
    }

    private static boolean isFontOrImage(COSStream stream) {
        COSName subtype = stream.getCOSName(COSName.SUBTYPE);
        return COSName.IMAGE.equals(subtype)
                || stream.containsKey(COSName.LENGTH1)
                || subtype != null
                        && List.of("Type1C", "CIDFontType0C", "OpenType").contains(subtype.getName());
    }

    /** The strings directly inside an object (references are visited on their own). */
    private static void strings(COSBase base, StringBuilder out) {
        if (base instanceof COSString s) {
            out.append(s.getString()).append('\n');
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.get(i);
                if (!(item instanceof org.apache.pdfbox.cos.COSObject)) {
                    strings(item, out);
                }
            }
        } else if (base instanceof COSDictionary dict) {
            for (COSBase value : dict.getValues()) {
                if (!(value instanceof org.apache.pdfbox.cos.COSObject)) {
                    strings(value, out);
                }
            }
        }
    }
}
