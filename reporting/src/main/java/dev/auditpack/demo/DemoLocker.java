package dev.auditpack.demo;

import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.EvidenceJson;
import dev.auditpack.evidence.LockerWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The evidence locker bundled in the jar under {@code demo/evidence/}: real collector output for the
 * fictional company "Northwind Analytics", gathered from the AWS emulator the tests use.
 */
public final class DemoLocker {

    /** Class-path folder of the bundled locker. */
    public static final String RESOURCE = "demo/evidence/";

    /** Organisation name of the demo. */
    public static final String ORGANISATION = "Northwind Analytics (fictional)";

    private DemoLocker() {}

    /** Copies the bundled locker into {@code dir} (which must not exist yet) and returns it. */
    public static Path extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            byte[] index = read(LockerWriter.INDEX);
            Files.write(dir.resolve(LockerWriter.INDEX), index);
            EvidenceIndex parsed = EvidenceJson.mapper().readValue(index, EvidenceIndex.class);
            for (EvidenceEntry e : parsed.evidence()) {
                Path to = dir.resolve(e.path());
                Files.createDirectories(to.getParent());
                Files.write(to, read(e.path()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo evidence", e);
        }
    }

    private static byte[] read(String name) throws IOException {
        return resource(RESOURCE + name, "demo evidence");
    }

    /** A file bundled in the jar; {@code what} names it in the error when it is missing. */
    static byte[] resource(String path, String what) throws IOException {
        try (InputStream in = DemoLocker.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(what + " " + path + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
