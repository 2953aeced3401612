package dev.auditpack.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How strongly a check evidences a control: only direct checks can make a control's automated half pass. */
public enum MappingStrength {
    /** The check tests what the control requires. */
    DIRECT,
    /** The check informs the control but does not test what it requires. */
    SUPPORTING;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MappingStrength of(String text) {
        for (MappingStrength s : values()) {
            if (s.key().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("strength must be direct or supporting, not '" + text + "'");
    }
}
