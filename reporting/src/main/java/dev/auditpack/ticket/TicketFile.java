package dev.auditpack.ticket;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to attach to a ticket.
 *
 * @param name        the name it gets on the ticket
 * @param path        where its bytes are
 * @param size        bytes
 * @param sha256      lower-case hex SHA-256 of its bytes
 * @param contentType its media type
 */
public record TicketFile(String name, Path path, long size, String sha256, String contentType) {
    public TicketFile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(path);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(contentType);
    }
}
