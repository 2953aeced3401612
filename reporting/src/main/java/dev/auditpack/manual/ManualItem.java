package dev.auditpack.manual;

import dev.auditpack.framework.ControlRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One manual evidence document and what it is for.
 *
 * @param id       the metadata file's name without {@code .evidence.yaml}, unique in the folder
 * @param title    what the document is
 * @param metadata path of its metadata file, relative to the manual evidence folder
 * @param file     path of the document, relative to the manual evidence folder
 * @param sha256   SHA-256 of the document
 * @param size     bytes
 * @param controls controls it supports
 * @param owner    who is accountable for it
 * @param date     the document's date
 * @param expires  after this day it no longer counts
 * @param outcome  what it shows, when the owner says
 * @param reason   why, for NOT_SATISFIED and NOT_APPLICABLE
 * @param bridge   when the document is AWS's bridge letter, what it covers
 */
public record ManualItem(
        String id,
        String title,
        String metadata,
        String file,
        String sha256,
        long size,
        List<ControlRef> controls,
        String owner,
        LocalDate date,
        Optional<LocalDate> expires,
        Optional<ManualOutcome> outcome,
        String reason,
        Optional<BridgeClaim> bridge) {
    public ManualItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(metadata);
        Objects.requireNonNull(file);
        Objects.requireNonNull(sha256);
        controls = List.copyOf(controls);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(date);
        Objects.requireNonNull(expires);
        Objects.requireNonNull(outcome);
        reason = reason == null ? "" : reason;
        bridge = bridge == null ? Optional.empty() : bridge;
    }

    /** A document that is not a bridge letter. */
    public ManualItem(
            String id,
            String title,
            String metadata,
            String file,
            String sha256,
            long size,
            List<ControlRef> controls,
            String owner,
            LocalDate date,
            Optional<LocalDate> expires,
            Optional<ManualOutcome> outcome,
            String reason) {
        this(
                id,
                title,
                metadata,
                file,
                sha256,
                size,
                controls,
                owner,
                date,
                expires,
                outcome,
                reason,
                Optional.empty());
    }

    /** True when the item has expired before {@code day}: it then counts as missing. */
    public boolean expiredBy(LocalDate day) {
        return expires.isPresent() && expires.get().isBefore(day);
    }
}
