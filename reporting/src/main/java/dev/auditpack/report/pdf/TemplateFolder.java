package dev.auditpack.report.pdf;

import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import freemarker.cache.TemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The user's template folder as Freemarker reads it: only plain files whose real path lies inside the folder and
 * that are no larger than {@link #LIMIT}. A name it does not hold falls through to the shipped templates; a name
 * it holds but may not read (a link out of the folder, a FIFO, a file too large) stops the rendering with a
 * {@link Refused} that names the file.
 */
final class TemplateFolder implements TemplateLoader {

    /** Largest template or template resource (style sheet, font, image) read from the user's folder. */
    static final long LIMIT = 32L << 20;

    /** Why a file of the template folder was not read; an {@link IOException}, as Freemarker's loaders throw. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient InputException reason;

        Refused(InputException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }

        InputException reason() {
            return reason;
        }
    }

    private final Path dir;

    TemplateFolder(Path dir) {
        this.dir = dir;
    }

    /** The file's bytes, or null when the folder does not hold {@code name}. */
    byte[] read(String name) throws Refused {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir.normalize()) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            InputFiles.checkInside(dir, file);
            return InputFiles.readBounded(file, LIMIT);
        } catch (NoSuchFileException e) {
            throw new Refused(new InputException(file, "is a link to nothing"));
        } catch (InputException e) {
            throw new Refused(e);
        }
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        byte[] bytes = read(name);
        return bytes == null ? null : new Source(name, bytes);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return new InputStreamReader(new ByteArrayInputStream(((Source) templateSource).bytes()), encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // the bytes are in memory
    }

    /** A template read whole; Freemarker compares sources with equals, so the name is what counts. */
    private record Source(String name, byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Source s && s.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
