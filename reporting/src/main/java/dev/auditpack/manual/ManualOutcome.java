package dev.auditpack.manual;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the owner of a manual evidence item says it shows about the controls it names. */
public enum ManualOutcome {
    /** The document shows the control operating. */
    SATISFIED,
    /** The document shows the control is not operating (e.g. a failed restore test). */
    NOT_SATISFIED,
    /** The document explains why the control does not apply. */
    NOT_APPLICABLE;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ManualOutcome of(String text) {
        for (ManualOutcome o : values()) {
            if (o.key().equals(text)) {
                return o;
            }
        }
        throw new IllegalArgumentException(
                "outcome must be satisfied, not_satisfied or not_applicable, not '" + text + "'");
    }
}
