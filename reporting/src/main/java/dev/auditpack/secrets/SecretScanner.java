package dev.auditpack.secrets;

import dev.auditpack.evidence.Digests;
import dev.auditpack.zip.StrictZip;
import dev.auditpack.zip.ZipProblem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Looks for secrets ({@link SecretPatterns}, and any canary values given) in files as a pack holds them; the
 * build of a pack and {@code auditpack scan} both use it on the same bytes. Text is read as bytes in overlapping
 * windows, so a file of any size takes little memory, and each window is also seen through {@link Decoding}
 * (escapes decoded, UTF-16, name and value pairs, base64 values). A zip (the pack, the workbook, an Office
 * document) is read strictly ({@link StrictZip}) entry by entry, zips inside it too; gzip is inflated. A PDF is
 * scanned by the text on its pages ({@link PageText}), its document information and XMP metadata, and each
 * file embedded in it. What cannot be read (an encrypted entry or PDF, a truncated or damaged zip, content over {@link #MAX_CONTENT}
 * bytes, a container spooled past {@link #MAX_NESTED} bytes or nested deeper than {@link #MAX_DEPTH}) is a
 * {@link SecretKind#UNREADABLE} finding, never skipped: the scan fails closed. Content met twice in one scan (a
 * pack holds each evidence file in its folder and inside the PDF) is scanned once: an entry of the same size as
 * text already scanned is hashed first, and when its SHA-256 is the same, what was found in the one is found in
 * the other.
 */
public final class SecretScanner {

    /** Separates a container (zip, PDF) from a file inside it in {@link SecretFinding#file()}. */
    public static final String INSIDE = "!/";

    /** The most bytes one entry, embedded file or gzip member may inflate to. */
    public static final long MAX_CONTENT = 16L << 30;
    /** The most bytes a zip or PDF inside another may have; it is copied to a temporary file to be read. */
    public static final long MAX_NESTED = 1L << 30;
    /** How deep containers (zip, PDF, gzip) may be nested in the file scanned. */
    public static final int MAX_DEPTH = 4;

    private static final int WINDOW = 1 << 20;
    private static final int KEPT = 2 * SecretPatterns.LONGEST;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] GZIP = {0x1f, (byte) 0x8b};

    private final List<byte[]> canaries;

    /**
     * @param canaries values known to be secret, looked for literally (each 6 to {@value SecretPatterns#LONGEST}
     *                 characters)
     */
    public SecretScanner(Collection<String> canaries) {
        this.canaries =
                canaries.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toList();
        for (String c : canaries) {
            if (c.strip().length() < 6 || c.length() > SecretPatterns.LONGEST) {
                throw new IllegalArgumentException("a canary must have 6 to " + SecretPatterns.LONGEST + " characters");
            }
        }
    }

    /** Scans a text held in memory. */
    public List<SecretFinding> scan(String name, String text) {
        Scan scan = new Scan();
        try {
            scan.add(name, text(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + name, e);
        }
        return List.copyOf(scan.findings);
    }

    /** A scanner with the patterns only. */
    public static SecretScanner patterns() {
        return new SecretScanner(List.of());
    }

    /**
     * Scans a file, or every file under a directory (named relative to it), in name order.
     *
     * @return one finding per file and kind of secret, and one per file or entry that could not be read, in the
     *         order found; empty when the files are clean
     */
    public List<SecretFinding> scan(Path path) {
        Scan scan = new Scan();
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    file(path.relativize(file).toString().replace('\\', '/'), file, scan, 0);
                }
            } else {
                file(path.getFileName().toString(), path, scan, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + path, e);
        }
        return List.copyOf(scan.findings);
    }

    /** What one scan has found, and the kinds found in each text it has scanned, by size and then SHA-256. */
    private static final class Scan {
        final List<SecretFinding> findings = new ArrayList<>();
        final Map<Long, Map<String, Set<SecretKind>>> texts = new HashMap<>();

        void unreadable(String name, String reason) {
            findings.add(SecretFinding.unreadable(name, reason));
        }

        void add(String name, Set<SecretKind> kinds) {
            for (SecretKind kind : kinds) {
                SecretFinding finding = new SecretFinding(name, kind);
                if (!findings.contains(finding)) {
                    findings.add(finding);
                }
            }
        }

        Set<SecretKind> seen(long size, String sha256) {
            return texts.getOrDefault(size, Map.of()).get(sha256);
        }

        void remember(long size, String sha256, Set<SecretKind> kinds) {
            texts.computeIfAbsent(size, s -> new HashMap<>()).put(sha256, kinds);
        }
    }

    /** Content inside a container, opened again when it has to be read twice. */
    private interface Source {
        InputStream open() throws IOException;
    }

    private void file(String name, Path file, Scan scan, int depth) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PDF.length);
        }
        if (startsWith(head, ZIP) || startsWith(head, PDF)) {
            if (depth >= MAX_DEPTH) {
                scan.unreadable(name, "containers nested more than " + MAX_DEPTH + " deep");
            } else if (startsWith(head, ZIP)) {
                zip(name, file, scan, depth + 1);
            } else {
                pdf(name, file, scan, depth + 1);
            }
        } else {
            content(name, Files.size(file), () -> Files.newInputStream(file), scan, depth);
        }
    }

    /**
     * Content of {@code size} bytes (-1 when not known): zips and PDFs are spooled to a temporary file (at most
     * {@link #MAX_NESTED} bytes); gzip is inflated; text is streamed, unless text of its size and SHA-256 has been
     * scanned already. Content that cannot be read is a finding.
     */
    private void content(String name, long size, Source source, Scan scan, int depth) throws IOException {
        try {
            if (size >= 0 && scan.texts.containsKey(size)) {
                String sha256;
                try (InputStream in = source.open()) {
                    sha256 = Digests.sha256(in);
                }
                Set<SecretKind> before = scan.seen(size, sha256);
                if (before != null) {
                    scan.add(name, before);
                    return;
                }
            }
            MessageDigest digest = Digests.newSha256();
            try (InputStream stream = source.open()) {
                BufferedInputStream in = new BufferedInputStream(new DigestInputStream(stream, digest), 1 << 16);
                in.mark(PDF.length);
                byte[] head = in.readNBytes(PDF.length);
                in.reset();
                boolean container = startsWith(head, ZIP) || startsWith(head, PDF) || startsWith(head, GZIP);
                if (!container) {
                    Counted counted = new Counted(in);
                    Set<SecretKind> kinds = text(counted);
                    scan.add(name, kinds);
                    scan.remember(counted.count, HexFormat.of().formatHex(digest.digest()), kinds);
                } else if (depth >= MAX_DEPTH) {
                    scan.unreadable(name, "containers nested more than " + MAX_DEPTH + " deep");
                } else if (startsWith(head, GZIP)) {
                    content(
                            name,
                            -1,
                            () -> new Bounded(new GZIPInputStream(in, 1 << 16), MAX_CONTENT, name),
                            scan,
                            depth + 1);
                } else {
                    spool(name, in, scan, depth);
                }
            }
        } catch (ZipProblem e) {
            scan.unreadable(name, e.problem());
        } catch (IOException e) {
            scan.unreadable(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Copies a zip or PDF inside another to a temporary file, at most {@link #MAX_NESTED} bytes, and scans it. */
    private void spool(String name, InputStream in, Scan scan, int depth) throws IOException {
        Path spool = dev.auditpack.scratch.Scratch.file("auditpack-scan-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(spool)) {
                new Bounded(in, MAX_NESTED, name).transferTo(out);
            }
            file(name, spool, scan, depth);
        } catch (ZipProblem e) {
            if (e.problem().equals("inflates past the limit of " + MAX_NESTED + " bytes")) {
                scan.unreadable(name, "a zip or PDF inside another, larger than " + MAX_NESTED + " bytes");
            } else {
                throw e;
            }
        } finally {
            dev.auditpack.scratch.Scratch.delete(spool);
        }
    }

    private void zip(String name, Path file, Scan scan, int depth) throws IOException {
        try (StrictZip zip = StrictZip.open(file)) {
            for (StrictZip.Entry entry : zip.entries()) {
                String inside = name + INSIDE + entry.name();
                if (zip.problem(entry).isPresent()) {
                    scan.unreadable(inside, zip.problem(entry).orElseThrow().problem());
                } else if (!entry.isDirectory()) {
                    content(inside, entry.size(), () -> zip.read(entry, MAX_CONTENT), scan, depth);
                }
            }
        } catch (ZipProblem e) {
            scan.unreadable(e.entry().map(entry -> name + INSIDE + entry).orElse(name), e.problem());
        }
    }

    private void pdf(String name, Path file, Scan scan, int depth) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            scan.unreadable(name, "an encrypted PDF");
            return;
        } catch (IOException e) {
            scan.unreadable(name, "a PDF that cannot be opened: " + e.getMessage());
            return;
        }
        try (doc) {
            Set<SecretKind> kinds = EnumSet.noneOf(SecretKind.class);
            kinds.addAll(text(PageText.of(doc)));
            kinds.addAll(text(information(doc.getDocumentInformation())));
            PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                try (InputStream in = xmp.exportXMPMetadata()) {
                    kinds.addAll(text(in));
                }
            }
            scan.add(name, kinds);
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names != null && names.getEmbeddedFiles() != null) {
                embedded(name, names.getEmbeddedFiles(), scan, depth);
            }
        } catch (IOException e) {
            scan.unreadable(name, "a PDF that cannot be read: " + e.getMessage());
        }
    }

    private static String information(PDDocumentInformation info) {
        return String.join(
                "\n",
                Stream.of(
                                info.getTitle(),
                                info.getAuthor(),
                                info.getSubject(),
                                info.getKeywords(),
                                info.getCreator(),
                                info.getProducer())
                        .filter(java.util.Objects::nonNull)
                        .toList());
    }

    private void embedded(String name, PDNameTreeNode<PDComplexFileSpecification> node, Scan scan, int depth)
            throws IOException {
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            for (var spec : names.entrySet()) {
                PDEmbeddedFile file = spec.getValue().getEmbeddedFile();
                if (file != null) {
                    // The declared size is only a hint: the hashes decide.
                    String inside = name + INSIDE + spec.getKey();
                    content(inside, file.getSize(), () -> new Bounded(decoded(file), MAX_CONTENT, inside), scan, depth);
                }
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                embedded(name, kid, scan, depth);
            }
        }
    }

    /**
     * An embedded file's content. Flate alone, as auditpack writes it, is inflated as it is read; PDFBox would
     * first decode the whole file into memory, and results.json alone can be hundreds of megabytes.
     */
    private static InputStream decoded(PDEmbeddedFile file) throws IOException {
        COSStream stream = file.getCOSObject();
        if (COSName.FLATE_DECODE.equals(stream.getDictionaryObject(COSName.FILTER))
                && stream.getDictionaryObject(COSName.DECODE_PARMS) == null) {
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

    private Set<SecretKind> text(String text) throws IOException {
        return text(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Scans text in windows of {@value #WINDOW} bytes, each starting a little before the last ended. */
    private Set<SecretKind> text(InputStream in) throws IOException {
        Set<SecretKind> kinds = EnumSet.noneOf(SecretKind.class);
        byte[] buffer = new byte[WINDOW];
        int length = 0;
        boolean last = false;
        while (!last) {
            length += Math.max(0, in.readNBytes(buffer, length, buffer.length - length));
            last = length < buffer.length;
            // A match reaching into the last stretch may be cut off; the next window sees it whole.
            int end = last ? length : length - SecretPatterns.LONGEST;
            window(buffer, length, end, kinds);
            Decoding.views(buffer, length, end, (text, n, e) -> window(text, n, e, kinds));
            if (!last) {
                System.arraycopy(buffer, length - KEPT, buffer, 0, KEPT);
                length = KEPT;
            }
        }
        return kinds;
    }

    private void window(byte[] text, int length, int end, Set<SecretKind> kinds) {
        SecretPatterns.find(text, length, end, kinds);
        for (byte[] canary : canaries) {
            int at = indexOf(text, length, canary);
            if (at >= 0 && at + canary.length <= end) {
                kinds.add(SecretKind.CANARY);
            }
        }
    }

    private static int indexOf(byte[] bytes, int length, byte[] value) {
        outer:
        for (int i = 0; i + value.length <= length; i++) {
            for (int j = 0; j < value.length; j++) {
                if (bytes[i + j] != value[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Counts the bytes read through it. */
    private static final class Counted extends java.io.FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** Passes at most {@code limit} bytes, then fails naming the content. */
    private static final class Bounded extends java.io.FilterInputStream {
        private final long limit;
        private final String name;
        private long count;

        Bounded(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            if (count > limit) {
                throw new ZipProblem(null, "inflates past the limit of " + limit + " bytes");
            }
            return n;
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
