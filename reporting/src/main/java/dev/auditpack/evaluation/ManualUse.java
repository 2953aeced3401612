package dev.auditpack.evaluation;

import dev.auditpack.manual.ManualItem;
import java.util.Objects;

/**
 * A manual evidence document as one control uses it.
 *
 * @param item    the document
 * @param expired true when it expired before the audit period ended, so it counts as missing
 */
public record ManualUse(ManualItem item, boolean expired) {
    public ManualUse {
        Objects.requireNonNull(item);
    }
}
