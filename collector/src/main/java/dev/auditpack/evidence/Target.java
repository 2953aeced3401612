package dev.auditpack.evidence;

import java.util.Objects;

/**
 * One account and region a collector runs against.
 *
 * @param account AWS account id
 * @param region  region, or {@link #GLOBAL} for account-wide collectors
 */
public record Target(String account, String region) {

    /** Region name recorded for account-wide evidence. */
    public static final String GLOBAL = "global";

    public Target {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
    }

    public boolean isGlobal() {
        return GLOBAL.equals(region);
    }
}
