package dev.auditpack.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Locker;
import dev.auditpack.signing.PdfSignatures;
import dev.auditpack.signing.SignatureVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** A pack's PDF opened once, from its bytes: its signatures, and the files embedded in it. */
final class PackPdf implements AutoCloseable {

    /** Bytes of an embedded file read whole; larger ones are only streamed. */
    private static final int SMALL = 16 << 20;

    private final byte[] bytes;
    private final PDDocument doc;
    /** Each name in the embedded-files name tree with its value, unresolved, in the order the tree is walked. */
    private final List<Map.Entry<String, COSBase>> tree = new ArrayList<>();
    /** Every embedded file by name, resolved on first use of {@link #names()} or {@link #duplicates()}. */
    private Map<String, PDEmbeddedFile> embedded;

    private final List<String> duplicates = new ArrayList<>();

    private PackPdf(byte[] bytes, PDDocument doc) throws IOException {
        this.bytes = bytes;
        this.doc = doc;
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode root = names == null ? null : names.getEmbeddedFiles();
        Deque<COSDictionary> nodes = new ArrayDeque<>();
        if (root != null) {
            nodes.add(root.getCOSObject());
        }
        // A name tree whose kids point back up would never end; each node is visited once. Only the names are read
        // here: a file specification is parsed when its file is asked for, since a pack's PDF embeds a thousand
        // files and verifying the zip needs three of them.
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!nodes.isEmpty()) {
            COSDictionary node = nodes.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node.getDictionaryObject(COSName.NAMES) instanceof COSArray leaf) {
                for (int i = 0; i + 1 < leaf.size(); i += 2) {
                    if (!(leaf.getObject(i) instanceof COSString key)) {
                        throw new IOException("the embedded-files name tree holds a name that is not a string");
                    }
                    tree.add(Map.entry(key.getString(), leaf.get(i + 1)));
                }
            }
            if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getObject(i) instanceof COSDictionary kid) {
                        nodes.add(kid);
                    }
                }
            }
        }
    }

    /** The file a value of the name tree specifies, or null when it is no file specification with a file. */
    private static PDEmbeddedFile file(COSBase value) {
        COSBase resolved = value instanceof COSObject reference ? reference.getObject() : value;
        return resolved instanceof COSDictionary spec ? new PDComplexFileSpecification(spec).getEmbeddedFile() : null;
    }

    /** The embedded file of that name; when the tree names it twice, the last, as {@link #names()} keeps it. */
    private PDEmbeddedFile lookup(String name) {
        if (embedded != null) {
            return embedded.get(name);
        }
        PDEmbeddedFile found = null;
        for (var entry : tree) {
            if (entry.getKey().equals(name)) {
                PDEmbeddedFile file = file(entry.getValue());
                found = file != null ? file : found;
            }
        }
        return found;
    }

    private Map<String, PDEmbeddedFile> embedded() {
        if (embedded == null) {
            Map<String, PDEmbeddedFile> all = new TreeMap<>();
            for (var entry : tree) {
                PDEmbeddedFile file = file(entry.getValue());
                if (file != null && all.put(entry.getKey(), file) != null) {
                    duplicates.add(entry.getKey());
                }
            }
            embedded = all;
        }
        return embedded;
    }

    /**
     * Opens a PDF from its bytes.
     *
     * @throws IOException when they are not a PDF PDFBox can read
     */
    static PackPdf read(byte[] bytes) throws IOException {
        PDDocument doc = Loader.loadPDF(bytes);
        try {
            return new PackPdf(bytes, doc);
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** One verdict per signature, in file order; each must cover the whole file. */
    List<SignatureVerdict> signatures() throws IOException {
        return PdfSignatures.verify(doc, bytes);
    }

    /** The text of every page, as PDFBox extracts it. */
    String text() throws IOException {
        return text(doc, Integer.MAX_VALUE);
    }

    /** The text of a PDF's first {@code pages} pages, as PDFBox extracts it. */
    static String text(PDDocument doc, int pages) throws IOException {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setEndPage(pages);
        return stripper.getText(doc);
    }

    /** Names of the embedded files, sorted. */
    Set<String> names() {
        return embedded().keySet();
    }

    /** Names the PDF's name tree holds more than once. */
    List<String> duplicates() {
        embedded();
        return List.copyOf(duplicates);
    }

    /** SHA-256 and length of an embedded file, streamed; a stream that cannot be decoded has no hash. */
    Optional<Locker.Digest> digest(String name) {
        PDEmbeddedFile file = lookup(name);
        if (file == null) {
            return Optional.empty();
        }
        MessageDigest digest = Digests.newSha256();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = open(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            return Optional.of(new Locker.Digest("unreadable (" + e.getMessage() + ")", -1));
        }
        return Optional.of(new Locker.Digest(HexFormat.of().formatHex(digest.digest()), size));
    }

    /**
     * The decoded content of an embedded file. A plain Flate stream, which is how auditpack embeds files, is
     * inflated as it is read, in constant memory; PDFBox's own decoding may first buffer a whole large stream.
     */
    private static InputStream open(PDEmbeddedFile file) throws IOException {
        COSStream stream = file.getCOSObject();
        if (COSName.FLATE_DECODE.equals(stream.getFilters())
                && stream.getDictionaryObject(COSName.DECODE_PARMS) == null
                && stream.getDictionaryObject(COSName.DP) == null) {
            return new InflaterInputStream(stream.createRawInputStream(), new Inflater(), 1 << 16) {
                @Override
                public void close() throws IOException {
                    super.close();
                    inf.end();
                }
            };
        }
        return file.createInputStream();
    }

    /** A small embedded file's bytes; empty when it is absent, larger than 16 MiB or cannot be decoded. */
    Optional<byte[]> read(String name) {
        PDEmbeddedFile file = lookup(name);
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = open(file)) {
            byte[] content = in.readNBytes(SMALL + 1);
            return content.length > SMALL ? Optional.empty() : Optional.of(content);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the embedded {@code results.json} says the pack is redacted ({@code run.redacted}), read from its start. */
    boolean redacted() {
        PDEmbeddedFile file = lookup(ReportJob.RESULTS);
        if (file == null) {
            return false;
        }
        try (InputStream in = open(file);
                JsonParser json = new JsonFactory().createParser(in)) {
            return redacted(json);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads {@code run.redacted} from a results document, stopping at the end of {@code run}. */
    static boolean redacted(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        for (JsonToken t = json.nextToken(); t == JsonToken.FIELD_NAME; t = json.nextToken()) {
            String field = json.currentName();
            json.nextToken();
            if (!field.equals("run")) {
                json.skipChildren();
                continue;
            }
            if (!json.isExpectedStartObjectToken()) {
                return false;
            }
            for (JsonToken r = json.nextToken(); r == JsonToken.FIELD_NAME; r = json.nextToken()) {
                String member = json.currentName();
                JsonToken value = json.nextToken();
                if (member.equals("redacted")) {
                    return value == JsonToken.VALUE_TRUE;
                }
                json.skipChildren();
            }
            return false;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
