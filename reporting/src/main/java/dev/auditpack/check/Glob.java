package dev.auditpack.check;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A resource pattern in which {@code *} matches any run of characters and everything else matches itself, as
 * AWS Backup selections and auditpack's exceptions write ARNs. Compiled once, matched many times.
 */
public final class Glob {

    private final Pattern pattern;

    private Glob(String glob) {
        this.pattern = Pattern.compile(Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }

    public static Glob of(String glob) {
        return new Glob(glob);
    }

    /** Whether the whole of {@code text} matches. */
    public boolean matches(String text) {
        return pattern.matcher(text).matches();
    }
}
