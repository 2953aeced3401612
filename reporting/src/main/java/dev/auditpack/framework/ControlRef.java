package dev.auditpack.framework;

import java.util.Objects;

/**
 * A control of a framework, written {@code iso27001-2022:A.8.8} (or just {@code A.8.8} where no other
 * loaded framework has that id).
 *
 * @param framework framework id
 * @param control   control id
 */
public record ControlRef(String framework, String control) {
    public ControlRef {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(control, "control");
    }

    @Override
    public String toString() {
        return framework + ":" + control;
    }
}
