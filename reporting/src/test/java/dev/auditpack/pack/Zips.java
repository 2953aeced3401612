package dev.auditpack.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Unpacks and doctors zips for tests, with the JDK only. */
public final class Zips {

    private Zips() {}

    /** Entry names in the order the zip holds them. */
    public static List<String> names(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(file.entries()).forEach(e -> names.add(e.getName()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry's bytes. */
    public static byte[] read(Path zip, String name) {
        try (ZipFile file = new ZipFile(zip.toFile());
                InputStream in = file.getInputStream(file.getEntry(name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks every entry under {@code dir}, as {@code unzip} would. */
    public static Path extract(Path zip, Path dir) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                Path to = dir.resolve(entry.getName()).normalize();
                if (!to.startsWith(dir)) {
                    throw new IllegalStateException("entry escapes the folder: " + entry.getName());
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, to);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code zip} to {@code to}, passing the bytes of entry {@code name} through {@code change}. */
    public static Path rewrite(Path zip, Path to, String name, UnaryOperator<byte[]> change) {
        return rewrite(zip, to, (entry, bytes) -> entry.equals(name) ? change.apply(bytes) : bytes, Map.of());
    }

    /**
     * Copies {@code zip} to {@code to}, passing each entry through {@code change} (null drops it), then adds
     * {@code added}.
     */
    public static Path rewrite(
            Path zip, Path to, BiFunction<String, byte[], byte[]> change, Map<String, byte[]> added) {
        try (ZipFile file = new ZipFile(zip.toFile());
                OutputStream os = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                byte[] changed = change.apply(entry.getName(), bytes);
                if (changed != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(changed);
                    out.closeEntry();
                }
            }
            for (var entry : added.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes with one byte flipped, a third of the way in. */
    public static byte[] flipOneByte(byte[] bytes) {
        byte[] changed = bytes.clone();
        changed[changed.length / 3] ^= 0x01;
        return changed;
    }
}
