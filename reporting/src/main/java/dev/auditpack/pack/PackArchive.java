package dev.auditpack.pack;

import dev.auditpack.evidence.Digests;
import dev.auditpack.signing.CmsSignatures;
import dev.auditpack.signing.SigningIdentity;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The pack as one zip: the files given, {@code SHA256SUMS} over all of them, and, when a key is given, a
 * detached CMS signature over {@code SHA256SUMS} with the signer's certificate. Entries are sorted and all
 * carry the same time, so the same files give the same zip.
 */
public final class PackArchive {

    /** The signature over {@link Checksums#FILE}: DER-encoded detached CMS. */
    public static final String SIGNATURE = Checksums.FILE + ".p7s";
    /** The signer's certificate (then any chain), PEM. */
    public static final String CERTIFICATE = "signer.pem";

    private static final int BUFFER = 1 << 16;

    private interface Source {
        InputStream open() throws IOException;
    }

    private final SortedMap<String, Source> members = new TreeMap<>();
    private final LocalDateTime time;

    /** @param time the time every entry carries, as UTC wall-clock time (zip stores no zone) */
    public PackArchive(Instant time) {
        this.time = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    }

    /** Adds a file whose bytes are streamed from {@code file} when the zip is written. */
    public PackArchive add(String name, Path file) {
        return put(name, () -> Files.newInputStream(file));
    }

    /** Adds a file with the given bytes. */
    public PackArchive add(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return put(name, () -> new ByteArrayInputStream(copy));
    }

    /**
     * Writes the zip to {@code zip}. With {@code signing}, adds {@value #CERTIFICATE} and signs {@code SHA256SUMS}.
     *
     * @throws IllegalStateException when a file changed between being hashed and being written
     */
    public void write(Path zip, Optional<SigningIdentity> signing) {
        SortedMap<String, Source> files = new TreeMap<>(members);
        signing.ifPresent(identity -> {
            byte[] pem = identity.certificatesPem();
            files.put(CERTIFICATE, () -> new ByteArrayInputStream(pem));
        });
        try {
            SortedMap<String, String> sums = new TreeMap<>();
            for (var member : files.entrySet()) {
                try (InputStream in = member.getValue().open()) {
                    sums.put(member.getKey(), copy(in, OutputStream.nullOutputStream()));
                }
            }
            byte[] checksums = new Checksums(sums).format();
            SortedMap<String, Source> all = new TreeMap<>(files);
            all.put(Checksums.FILE, () -> new ByteArrayInputStream(checksums));
            signing.map(identity -> CmsSignatures.sign(checksums, identity))
                    .ifPresent(signature -> all.put(SIGNATURE, () -> new ByteArrayInputStream(signature)));
            try (ZipOutputStream out =
                    new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), BUFFER))) {
                for (var member : all.entrySet()) {
                    ZipEntry entry = new ZipEntry(member.getKey());
                    entry.setTimeLocal(time);
                    out.putNextEntry(entry);
                    String hash;
                    try (InputStream in = member.getValue().open()) {
                        hash = copy(in, out);
                    }
                    out.closeEntry();
                    if (sums.containsKey(member.getKey())
                            && !sums.get(member.getKey()).equals(hash)) {
                        throw new IllegalStateException(member.getKey() + " changed while the pack was being written");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + zip, e);
        }
    }

    private PackArchive put(String name, Source source) {
        if (name.equals(Checksums.FILE)
                || name.equals(SIGNATURE)
                || name.equals(CERTIFICATE)
                || members.containsKey(name)) {
            throw new IllegalArgumentException(name + " is already in the pack");
        }
        members.put(name, source);
        return this;
    }

    /** Copies {@code in} to {@code out} and returns the SHA-256 of what went through. */
    private static String copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = Digests.newSha256();
        // Not closed: that would close the zip entry's stream too.
        in.transferTo(new DigestOutputStream(out, digest));
        return HexFormat.of().formatHex(digest.digest());
    }
}
