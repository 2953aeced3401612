package dev.auditpack.evaluation;

import dev.auditpack.framework.Framework;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every control result of one framework, in the framework's order.
 *
 * @param framework the framework
 * @param controls  one result per control
 */
public record FrameworkResult(Framework framework, List<ControlResult> controls) {
    public FrameworkResult {
        Objects.requireNonNull(framework);
        controls = List.copyOf(controls);
    }

    /** How many controls have each status; every status is present, zero or not. */
    public Map<ControlStatus, Integer> counts() {
        Map<ControlStatus, Integer> counts = new EnumMap<>(ControlStatus.class);
        for (ControlStatus s : ControlStatus.values()) {
            counts.put(s, 0);
        }
        controls.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return counts;
    }
}
