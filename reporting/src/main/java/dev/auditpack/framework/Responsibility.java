package dev.auditpack.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who operates a control under the AWS Shared Responsibility Model. */
public enum Responsibility {
    /** AWS alone; evidenced by AWS's attestations. */
    INHERITED,
    /** AWS and the customer each in their own layer; both halves need evidence. */
    SHARED,
    /** The customer alone. */
    CUSTOMER;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Responsibility of(String text) {
        for (Responsibility r : values()) {
            if (r.key().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("responsibility must be inherited, shared or customer, not '" + text + "'");
    }
}
