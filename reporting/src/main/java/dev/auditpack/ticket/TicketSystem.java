package dev.auditpack.ticket;

/** A ticket system the pack's files and summary go to: Jira Cloud or ServiceNow. */
public interface TicketSystem {

    /** The ticket, as the user named it: {@code ABC-123}, {@code incident 0123…}. */
    String ticket();

    /**
     * Checks that the credentials are accepted and the ticket exists, before anything is sent.
     *
     * @throws TicketException when they are not, or it does not
     */
    void check();

    /**
     * Attaches {@code file} to the ticket.
     *
     * @return the id the system gave the attachment
     * @throws TicketException when it did not arrive whole
     */
    String upload(TicketFile file);

    /**
     * Removes the attachment {@code id} again.
     *
     * @throws TicketException when the system would not
     */
    void delete(String id);

    /**
     * Posts {@code markdown} on the ticket, as its system shows text.
     *
     * @return the id of the comment, or a description of where it went
     * @throws TicketException when it was refused
     */
    String comment(String markdown);
}
