package dev.auditpack.ticket;

import java.util.Optional;

/** A ticket system refused a request or kept failing it; the message is one line for the user. */
public final class TicketException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String leftBehind;

    public TicketException(String message) {
        this(message, (Throwable) null);
    }

    public TicketException(String message, Throwable cause) {
        super(message, cause);
        this.leftBehind = null;
    }

    /**
     * An upload that failed after the system made an attachment of it (one that arrived short, say).
     *
     * @param leftBehind the id of that attachment, which must be removed again
     */
    TicketException(String message, String leftBehind) {
        super(message);
        this.leftBehind = leftBehind;
    }

    /** The attachment the failed upload made anyway, if it made one. */
    public Optional<String> leftBehind() {
        return Optional.ofNullable(leftBehind);
    }
}
