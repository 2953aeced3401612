package dev.auditpack.cli;

/** Exit codes of every command, as documented in the README. */
public final class ExitCodes {
    /** Everything worked (and nothing the user asked to fail on happened). */
    public static final int OK = 0;
    /** An unexpected internal error; a bug. */
    public static final int INTERNAL = 1;
    /** Bad usage or bad input (flags, files, directories, credentials); nothing was written. */
    public static final int INPUT = 2;
    /** {@code verify}: a file is changed, missing or unexpected; {@code scan}: a file holds a secret. */
    public static final int VERIFY_FAILED = 3;
    /** With {@code --fail-on collection-errors}: some AWS calls failed (their controls are GAP). */
    public static final int COLLECTION_ERRORS = 4;
    /** With {@code --fail-on not-satisfied}: at least one control is NOT_SATISFIED. */
    public static final int NOT_SATISFIED = 5;
    /** {@code attach}: the ticket system refused a request or kept failing; no half set was left on the ticket. */
    public static final int TICKET = 6;

    private ExitCodes() {}
}
