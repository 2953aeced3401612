package dev.auditpack.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts a pack's files on a ticket, all of them or none: one after the other, the zip first; when one does not
 * arrive, those already attached are removed again; the summary is posted only once every file is there.
 */
public final class Attachment {

    /**
     * A file that arrived.
     *
     * @param file what was sent
     * @param id   the id the ticket system gave it
     */
    public record Attached(TicketFile file, String id) {}

    /**
     * What was done.
     *
     * @param attached the files, in the order they were sent
     * @param comment  the comment's id, or where the summary went
     */
    public record Result(List<Attached> attached, String comment) {
        public Result {
            attached = List.copyOf(attached);
        }
    }

    private Attachment() {}

    /**
     * Checks the ticket, attaches {@code files} in order, then posts {@code summary}.
     *
     * @param progress told of each file as it arrives
     * @throws TicketException when the ticket cannot be reached, or a file did not arrive (its message says which,
     *     and what was removed again), or the summary was refused after the files arrived
     */
    public static Result attach(
            TicketSystem system, List<TicketFile> files, String summary, Consumer<Attached> progress) {
        system.check();
        List<Attached> done = new ArrayList<>();
        for (TicketFile file : files) {
            try {
                Attached attached = new Attached(file, system.upload(file));
                done.add(attached);
                progress.accept(attached);
            } catch (TicketException e) {
                List<Attached> undo = new ArrayList<>(done);
                e.leftBehind().ifPresent(id -> undo.add(new Attached(file, id)));
                throw new TicketException(
                        file.name() + " did not arrive on " + system.ticket() + ": " + e.getMessage() + "; "
                                + rollBack(system, undo),
                        e);
            }
        }
        String comment;
        try {
            comment = system.comment(summary);
        } catch (TicketException e) {
            throw new TicketException(
                    "every file arrived on " + system.ticket() + ", but the summary was not posted: " + e.getMessage()
                            + "; paste ticket-summary.md by hand",
                    e);
        }
        return new Result(done, comment);
    }

    /** Removes what arrived, newest first, and says what became of each. */
    private static String rollBack(TicketSystem system, List<Attached> done) {
        if (done.isEmpty()) {
            return "nothing was attached, and no comment posted";
        }
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = done.size() - 1; i >= 0; i--) {
            Attached a = done.get(i);
            String named = a.file().name() + " (attachment " + a.id() + ")";
            try {
                system.delete(a.id());
                removed.add(named);
            } catch (TicketException e) {
                kept.add(named + ", which could not be removed: " + e.getMessage());
            }
        }
        StringBuilder said = new StringBuilder();
        if (!removed.isEmpty()) {
            said.append("removed ").append(String.join(" and ", removed)).append(" again");
        }
        if (!kept.isEmpty()) {
            said.append(said.length() == 0 ? "" : "; ")
                    .append("remove by hand ")
                    .append(String.join(" and ", kept));
        } else {
            said.append(", so ").append(system.ticket()).append(" holds none of the pack's files");
        }
        return said.append("; no comment posted").toString();
    }
}
