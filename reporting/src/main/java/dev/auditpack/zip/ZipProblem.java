package dev.auditpack.zip;

import java.io.IOException;
import java.util.Optional;

/** What makes a zip, or one entry of it, unsafe or impossible to read; the message names the entry. */
public final class ZipProblem extends IOException {

    private final String entry;

    /**
     * @param entry   the entry's name, or null when the problem is the zip as a whole
     * @param problem what is wrong, in words
     */
    public ZipProblem(String entry, String problem) {
        super(entry == null ? problem : entry + ": " + problem);
        this.entry = entry;
    }

    /** The entry the problem is in; empty when it is the zip as a whole. */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }

    /** The problem without the entry's name. */
    public String problem() {
        return entry == null ? getMessage() : getMessage().substring(entry.length() + 2);
    }
}
