package dev.auditpack.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem with something the user gave us (a flag, a file, a directory), told as one line that names
 * the thing and what is wrong with it.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    /**
     * @param source  what the user gave: a file path, a flag, a directory
     * @param problem what is wrong with it, as a sentence fragment a user can act on
     */
    public InputException(String source, String problem) {
        this(source, problem, null);
    }

    public InputException(String source, String problem, Throwable cause) {
        super(Objects.requireNonNull(source) + ": " + Objects.requireNonNull(problem), cause);
        this.source = source;
        this.problem = problem;
    }

    public InputException(Path file, String problem) {
        this(file.toString(), problem, null);
    }

    public InputException(Path file, String problem, Throwable cause) {
        this(file.toString(), problem, cause);
    }

    public String source() {
        return source;
    }

    public String problem() {
        return problem;
    }
}
