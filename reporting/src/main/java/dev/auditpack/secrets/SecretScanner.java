package dev.auditpack.secrets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Looks for secrets ({@link SecretPatterns}, and any canary values given) in files as a pack holds them. Text
 * is read in overlapping windows, so a file of any size takes little memory. A zip (the pack, the workbook, an
 * Office document) is scanned entry by entry, zips inside it too. A PDF is scanned by its text as PDFBox
 * extracts it, its document information and XMP metadata, and each file embedded in it; a PDF that cannot be
 * opened (encrypted, damaged) is scanned by its bytes.
 */
public final class SecretScanner {

    /** Separates a container (zip, PDF) from a file inside it in {@link SecretFinding#file()}. */
    public static final String INSIDE = "!/";

    private static final int WINDOW = 1 << 20;
    private static final int KEPT = 2 * SecretPatterns.LONGEST;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private final List<String> canaries;

    /**
     * @param canaries values known to be secret, looked for literally (each 6 to {@value SecretPatterns#LONGEST}
     *                 characters)
     */
    public SecretScanner(Collection<String> canaries) {
        for (String c : canaries) {
            if (c.strip().length() < 6 || c.length() > SecretPatterns.LONGEST) {
                throw new IllegalArgumentException("a canary must have 6 to " + SecretPatterns.LONGEST + " characters");
            }
        }
        this.canaries = List.copyOf(canaries);
    }

    /** A scanner with the patterns only. */
    public static SecretScanner patterns() {
        return new SecretScanner(List.of());
    }

    /**
     * Scans a file, or every file under a directory (named relative to it), in name order.
     *
     * @return one finding per file and kind of secret, in the order found; empty when the files are clean
     */
    public List<SecretFinding> scan(Path path) {
        List<SecretFinding> found = new ArrayList<>();
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    file(path.relativize(file).toString().replace('\\', '/'), file, found);
                }
            } else {
                file(path.getFileName().toString(), path, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + path, e);
        }
        return List.copyOf(found);
    }

    private void file(String name, Path file, List<SecretFinding> found) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PDF.length);
        }
        if (startsWith(head, ZIP)) {
            zip(name, file, found);
        } else if (startsWith(head, PDF)) {
            pdf(name, file, found);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                text(name, new InputStreamReader(in, StandardCharsets.UTF_8), found);
            }
        }
    }

    /** Content inside a container: zips and PDFs are spooled to a temporary file, text is streamed. */
    private void content(String name, InputStream stream, List<SecretFinding> found) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
        in.mark(PDF.length);
        byte[] head = in.readNBytes(PDF.length);
        in.reset();
        if (!startsWith(head, ZIP) && !startsWith(head, PDF)) {
            text(name, new InputStreamReader(in, StandardCharsets.UTF_8), found);
            return;
        }
        Path spool = Files.createTempFile("auditpack-scan-", ".tmp");
        try {
            Files.copy(in, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            file(name, spool, found);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private void zip(String name, Path file, List<SecretFinding> found) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        content(name + INSIDE + entry.getName(), in, found);
                    }
                }
            }
        } catch (ZipException e) {
            raw(name, file, found);
        }
    }

    private void pdf(String name, Path file, List<SecretFinding> found) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            text(name, new StringReader(new PDFTextStripper().getText(doc)), found);
            text(name, new StringReader(information(doc.getDocumentInformation())), found);
            PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                try (InputStream in = xmp.exportXMPMetadata()) {
                    text(name, new InputStreamReader(in, StandardCharsets.UTF_8), found);
                }
            }
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names != null && names.getEmbeddedFiles() != null) {
                embedded(name, names.getEmbeddedFiles(), found);
            }
        } catch (IOException e) {
            // Encrypted or damaged: its bytes are all there is to scan.
            raw(name, file, found);
        }
    }

    private static String information(PDDocumentInformation info) {
        return String.join("\n", Stream.of(info.getTitle(), info.getAuthor(), info.getSubject(), info.getKeywords(),
                info.getCreator(), info.getProducer()).filter(java.util.Objects::nonNull).toList());
    }

    private void embedded(String name, PDNameTreeNode<PDComplexFileSpecification> node, List<SecretFinding> found)
            throws IOException {
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            for (var spec : names.entrySet()) {
                PDEmbeddedFile file = spec.getValue().getEmbeddedFile();
                if (file != null) {
                    try (InputStream in = file.createInputStream()) {
                        content(name + INSIDE + spec.getKey(), in, found);
                    }
                }
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                embedded(name, kid, found);
            }
        }
    }

    private void raw(String name, Path file, List<SecretFinding> found) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            text(name, new InputStreamReader(in, StandardCharsets.UTF_8), found);
        }
    }

    /** Scans text in windows of {@value #WINDOW} characters, each starting a little before the last ended. */
    private void text(String name, Reader reader, List<SecretFinding> found) throws IOException {
        Set<SecretKind> kinds = EnumSet.noneOf(SecretKind.class);
        char[] buffer = new char[WINDOW];
        int length = 0;
        boolean last = false;
        while (!last) {
            for (int n = 0; length < buffer.length && n >= 0; ) {
                n = reader.read(buffer, length, buffer.length - length);
                length += Math.max(n, 0);
            }
            last = length < buffer.length;
            String window = new String(buffer, 0, length);
            // A match reaching into the last stretch may be cut off; the next window sees it whole.
            int end = last ? length : length - SecretPatterns.LONGEST;
            SecretPatterns.find(window, end, kinds);
            for (String canary : canaries) {
                int at = window.indexOf(canary);
                if (at >= 0 && at + canary.length() <= end) {
                    kinds.add(SecretKind.CANARY);
                }
            }
            if (!last) {
                System.arraycopy(buffer, length - KEPT, buffer, 0, KEPT);
                length = KEPT;
            }
        }
        for (SecretKind kind : kinds) {
            SecretFinding finding = new SecretFinding(name, kind);
            if (!found.contains(finding)) {
                found.add(finding);
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
