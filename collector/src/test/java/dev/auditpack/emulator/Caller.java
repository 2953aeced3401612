package dev.auditpack.emulator;

/** Whose data a stubbed call reads: the caller's account and the region the call was signed for. */
public record Caller(String account, String region) {

    public Caller {
        java.util.Objects.requireNonNull(account, "account");
        java.util.Objects.requireNonNull(region, "region");
    }
}
