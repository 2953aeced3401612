package dev.auditpack.pack;

import dev.auditpack.signing.CmsSignatures;
import dev.auditpack.signing.SigningIdentity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * What an attacker does to a pack, with the JDK, PDFBox and BouncyCastle only: edits files and writes a
 * {@code SHA256SUMS} that agrees with them (signed with the attacker's own key, or not at all), adds an
 * incremental update to a signed PDF, or cuts its signature off.
 */
final class Tampering {

    private Tampering() {}

    /**
     * Copies {@code zip} to {@code to}, passing each entry through {@code change} (null drops it), then writes a
     * fresh {@code SHA256SUMS} over the result, as {@code sha256sum} would. With {@code resign}, the attacker signs it
     * and puts their certificate in {@code signer.pem}; without, {@code SHA256SUMS.p7s} is kept as it was (or dropped
     * by {@code change}).
     */
    static Path resum(Path zip, Path to, BiFunction<String, byte[], byte[]> change, Optional<SigningIdentity> resign) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    byte[] changed = change.apply(entry.getName(), in.readAllBytes());
                    if (changed != null) {
                        files.put(entry.getName(), changed);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resign.ifPresent(identity -> files.put("signer.pem", identity.certificatesPem()));
        StringBuilder sums = new StringBuilder();
        files.forEach((name, bytes) -> {
            if (!name.equals("SHA256SUMS") && !name.equals("SHA256SUMS.p7s")) {
                sums.append(sha256(bytes)).append("  ").append(name).append('\n');
            }
        });
        byte[] checksums = sums.toString().getBytes(StandardCharsets.UTF_8);
        files.put("SHA256SUMS", checksums);
        resign.ifPresent(identity -> files.put("SHA256SUMS.p7s", CmsSignatures.sign(checksums, identity)));
        try (OutputStream os = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (var entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /**
     * A signed PDF with an incremental update that draws {@code text} across its first page: the signed bytes are
     * untouched, so the signature still matches them.
     */
    static byte[] paintCover(byte[] signedPdf, String text) {
        try (PDDocument doc = Loader.loadPDF(signedPdf)) {
            PDPage cover = doc.getPage(0);
            try (PDPageContentStream paint =
                    new PDPageContentStream(doc, cover, PDPageContentStream.AppendMode.APPEND, true, true)) {
                paint.setNonStrokingColor(0.0f, 0.5f, 0.0f);
                paint.addRect(30, 380, 540, 60);
                paint.fill();
                paint.beginText();
                paint.setNonStrokingColor(1.0f, 1.0f, 1.0f);
                paint.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 26);
                paint.newLineAtOffset(45, 400);
                paint.showText(text);
                paint.endText();
            }
            cover.getCOSObject().setNeedToBeUpdated(true);
            cover.getResources().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF as it was before it was signed: everything before the incremental update that holds the signature. */
    static byte[] stripSignature(byte[] signedPdf) {
        int[] range;
        try (PDDocument doc = Loader.loadPDF(signedPdf)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(signedPdf, 0, range[1], StandardCharsets.ISO_8859_1);
        int eof = text.lastIndexOf("%%EOF");
        int end = eof + "%%EOF".length();
        while (end < signedPdf.length && (signedPdf[end] == '\n' || signedPdf[end] == '\r')) {
            end++;
        }
        return Arrays.copyOf(signedPdf, end);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
