package dev.auditpack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The example manual evidence and exceptions bundled in the jar under {@code demo/examples/}, so the demo
 * shows what documents and exceptions do to a pack: a policy and training records that complete controls
 * whose checks pass, documents for controls no API can show, an expired procedure that counts as missing,
 * an accepted finding, a control declared not applicable, and a risk register whose risks and requirements give
 * the Statement of Applicability its justifications.
 */
public final class DemoExamples {

    /** Class-path folder of the examples. */
    public static final String RESOURCE = "demo/examples/";
    /** Lists the example files, one path per line, relative to {@link #RESOURCE}. */
    static final String LIST = "files.txt";
    /** Folder of the manual evidence among the examples. */
    public static final String MANUAL = "manual";
    /** The exceptions file among the examples. */
    public static final String EXCEPTIONS = "exceptions.yaml";
    /** The scope file among the examples. */
    public static final String SCOPE = "scope.yaml";
    /** The owners file among the examples. */
    public static final String OWNERS = "owners.yaml";
    /** The risk register among the examples. */
    public static final String RISKS = "risks.yaml";

    private DemoExamples() {}

    /** Copies the examples into {@code dir} (created if need be) and returns it. */
    public static Path extractTo(Path dir) {
        try {
            List<String> files = new String(read(LIST), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            for (String file : files) {
                Path to = dir.resolve(file).normalize();
                if (!to.startsWith(dir)) {
                    throw new IOException("example " + file + " would be written outside " + dir);
                }
                Files.createDirectories(to.getParent());
                Files.write(to, read(file));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo examples", e);
        }
    }

    private static byte[] read(String name) throws IOException {
        return DemoLocker.resource(RESOURCE + name, "demo example");
    }
}
