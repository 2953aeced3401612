package dev.auditpack.check;

/** Where checks put their findings. */
@FunctionalInterface
public interface FindingSink {
    void add(Finding finding);
}
