package dev.auditpack.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds controls of the loaded frameworks by the names users write in their files. */
public final class ControlIndex {

    private final Map<String, Framework> frameworks = new LinkedHashMap<>();

    public ControlIndex(List<Framework> loaded) {
        loaded.forEach(f -> frameworks.put(f.id(), f));
    }

    /**
     * Resolves {@code framework:control} or a bare control id.
     *
     * @throws IllegalArgumentException saying what is unknown or ambiguous
     */
    public ControlRef resolve(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.indexOf(':');
        if (colon > 0) {
            String fw = t.substring(0, colon);
            String id = t.substring(colon + 1);
            Framework f = frameworks.get(fw);
            if (f == null) {
                throw new IllegalArgumentException(
                        "unknown framework '" + fw + "' (known: " + String.join(", ", frameworks.keySet()) + ")");
            }
            if (find(f, id).isEmpty()) {
                throw new IllegalArgumentException("unknown control '" + id + "' in " + fw);
            }
            return new ControlRef(fw, id);
        }
        List<ControlRef> hits = new ArrayList<>();
        frameworks.values().forEach(f -> find(f, t).ifPresent(c -> hits.add(new ControlRef(f.id(), c.id()))));
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("unknown control id '" + t + "'");
        }
        if (hits.size() > 1) {
            throw new IllegalArgumentException("control id '" + t + "' is in several frameworks; write it as "
                    + hits.get(0) + " or " + hits.get(1));
        }
        return hits.get(0);
    }

    private static Optional<Control> find(Framework f, String id) {
        return f.controls().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
