package dev.auditpack.report.pdf;

import dev.auditpack.evidence.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds files in a rendered PDF as PDF/A-3 associated files of the whole document: each one is in the
 * {@code EmbeddedFiles} name tree and in the catalog's {@code /AF} array, with its relationship, MIME type
 * and dates. Unlike file-attachment annotations this keeps PDF/UA conformance, and any PDF reader's
 * attachments panel (or {@code pdfdetach}) lists and extracts them.
 */
public final class EvidenceAttachments {

    /** Names per leaf of the name tree, so thousands of files do not make one huge array. */
    static final int NAMES_PER_LEAF = 256;

    /** Content kept in memory before the stream cache spills to a temporary file. */
    private static final long MEMORY = 8L << 20;

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    /** How an associated file relates to the document (ISO 32000-2, 14.13). */
    public enum Relationship {
        /** The original content the document was made from. */
        SOURCE("Source"),
        /** Data the document's content represents, e.g. tables as JSON. */
        DATA("Data");

        private final String pdfName;

        Relationship(String pdfName) {
            this.pdfName = pdfName;
        }
    }

    /**
     * One file to embed.
     *
     * @param name         name shown in the attachments list and used as the key, e.g. {@code evidence/index.json}
     * @param file         the file on disk, read as a stream when embedded
     * @param relationship how it relates to the document
     * @param mimeType     its MIME type
     * @param description  a sentence for the reader
     * @param modified     its modification (and creation) date
     */
    public record Attachment(
            String name, Path file, Relationship relationship, String mimeType, String description, Instant modified) {
        public Attachment {
            Objects.requireNonNull(name);
            Objects.requireNonNull(file);
            Objects.requireNonNull(relationship);
            Objects.requireNonNull(mimeType);
            Objects.requireNonNull(description);
            Objects.requireNonNull(modified);
        }
    }

    private EvidenceAttachments() {}

    /**
     * Embeds {@code attachments} in {@code pdf}, replacing the file only once the new one is complete. Each file
     * is streamed from disk through Flate into a cache that spills to a temporary file, so memory stays flat
     * however many there are.
     *
     * @throws IllegalArgumentException when two attachments share a name
     */
    public static void embed(Path pdf, List<Attachment> attachments) {
        Path updated = pdf.resolveSibling("." + pdf.getFileName() + ".attached");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), MemoryUsageSetting.setupMixed(MEMORY).streamCache)) {
            addTo(doc, attachments);
            doc.save(updated.toFile());
        } catch (IOException e) {
            deleteQuietly(updated);
            throw new UncheckedIOException("cannot embed the evidence in " + pdf.getFileName(), e);
        }
        try {
            AtomicFiles.move(updated, pdf);
        } catch (IOException e) {
            deleteQuietly(updated);
            throw new UncheckedIOException("cannot embed the evidence in " + pdf.getFileName(), e);
        }
    }

    /**
     * Adds {@code attachments} to a document before it is saved. Each file is compressed as it is read, into
     * the document's stream cache.
     *
     * @throws IllegalArgumentException when two attachments share a name
     */
    public static void addTo(PDDocument doc, List<Attachment> attachments) throws IOException {
        Map<String, PDComplexFileSpecification> specs = new TreeMap<>();
        COSArray associated = doc.getDocumentCatalog().getCOSObject().getCOSArray(AF);
        if (associated == null) {
            associated = new COSArray();
            doc.getDocumentCatalog().getCOSObject().setItem(AF, associated);
        }
        for (Attachment a : attachments) {
            PDComplexFileSpecification spec = specification(doc, a);
            if (specs.put(a.name(), spec) != null) {
                throw new IllegalArgumentException("two attachments are named " + a.name());
            }
            associated.add(spec);
        }
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            doc.getDocumentCatalog().setNames(names);
        }
        names.setEmbeddedFiles(tree(specs));
    }

    /** A new document whose stream cache spills to a temporary file: for a renderer to draw into. */
    public static PDDocument newDocument() {
        return new PDDocument(MemoryUsageSetting.setupMixed(MEMORY).streamCache);
    }

    private static PDComplexFileSpecification specification(PDDocument doc, Attachment a) throws IOException {
        // Compressed here as it is read: PDFBox's own filtering would first hold the whole file uncompressed.
        COSStream stream = doc.getDocument().createCOSStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (InputStream in = Files.newInputStream(a.file());
                OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 1 << 16)) {
            in.transferTo(out);
        } finally {
            deflater.end();
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        PDEmbeddedFile embedded = new PDEmbeddedFile(stream);
        embedded.setSubtype(a.mimeType());
        Calendar modified = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        modified.setTimeInMillis(a.modified().toEpochMilli());
        embedded.setModDate(modified);
        embedded.setCreationDate(modified);
        // Size is the unfiltered length; set through the dictionary because PDEmbeddedFile.setSize takes an int.
        COSDictionary params = embedded.getCOSObject().getCOSDictionary(COSName.PARAMS);
        params.setLong(COSName.SIZE, Files.size(a.file()));

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(a.name());
        spec.setFileUnicode(a.name());
        spec.setFileDescription(a.description());
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        spec.getCOSObject().setItem(AF_RELATIONSHIP, COSName.getPDFName(a.relationship().pdfName));
        return spec;
    }

    /** A root with leaves of at most {@link #NAMES_PER_LEAF} names each, in name order. */
    private static PDEmbeddedFilesNameTreeNode tree(Map<String, PDComplexFileSpecification> specs) {
        List<PDEmbeddedFilesNameTreeNode> leaves = new ArrayList<>();
        Map<String, PDComplexFileSpecification> chunk = new TreeMap<>();
        for (var entry : specs.entrySet()) {
            chunk.put(entry.getKey(), entry.getValue());
            if (chunk.size() == NAMES_PER_LEAF) {
                leaves.add(leaf(chunk));
                chunk = new TreeMap<>();
            }
        }
        if (!chunk.isEmpty()) {
            leaves.add(leaf(chunk));
        }
        PDEmbeddedFilesNameTreeNode root = new PDEmbeddedFilesNameTreeNode();
        root.setKids(leaves);
        return root;
    }

    private static PDEmbeddedFilesNameTreeNode leaf(Map<String, PDComplexFileSpecification> names) {
        PDEmbeddedFilesNameTreeNode leaf = new PDEmbeddedFilesNameTreeNode();
        leaf.setNames(names);
        return leaf;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // The original error is the one worth reporting.
        }
    }
}
