package dev.auditpack.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** auditpack's version, from the build. */
public final class Version implements CommandLine.IVersionProvider {

    private static final String VERSION = load();

    /** The version string, e.g. {@code 0.1.0}. */
    public static String current() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"auditpack " + VERSION};
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/auditpack/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
