package dev.auditpack.framework;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * One check named by a control, with how strongly it evidences the control and why.
 *
 * @param check     check id
 * @param strength  direct or supporting
 * @param rationale one line: what the check shows about the control
 */
public record CheckMapping(String check, MappingStrength strength, String rationale) {

    public CheckMapping {
        if (check == null || check.isBlank()) {
            throw new IllegalArgumentException("a check mapping names no check (check: ID)");
        }
        if (strength == null) {
            throw new IllegalArgumentException("check " + check + " has no strength (strength: direct | supporting)");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException(
                    "check " + check + " has no rationale (rationale: one line on what it shows)");
        }
    }

    /** A bare check id, which older files used: refused, since every mapping needs a strength and a rationale. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CheckMapping bare(String check) {
        throw new IllegalArgumentException("check " + check + " is named without strength and rationale; write "
                + "{check: " + check + ", strength: direct | supporting, rationale: ...}");
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static CheckMapping of(
            @com.fasterxml.jackson.annotation.JsonProperty("check") String check,
            @com.fasterxml.jackson.annotation.JsonProperty("strength") MappingStrength strength,
            @com.fasterxml.jackson.annotation.JsonProperty("rationale") String rationale) {
        return new CheckMapping(check, strength, rationale);
    }

    public boolean direct() {
        return strength == MappingStrength.DIRECT;
    }
}
