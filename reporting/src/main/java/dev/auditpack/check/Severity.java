package dev.auditpack.check;

/** How much a failure of the check matters, for ordering findings. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
