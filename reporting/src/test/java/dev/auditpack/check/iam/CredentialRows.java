package dev.auditpack.check.iam;

import static dev.auditpack.check.LockerFixture.ok;

/** Credential reports with every column IAM writes, for tests. */
final class CredentialRows {
    private CredentialRows() {}

    static final String HEADER =
            "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
                    + "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,"
                    + "access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,"
                    + "access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
                    + "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    /** Well before the fixture's collection (2026-11-20), more than 90 days. */
    static final String OLD = "2026-06-01T10:00:00+00:00";
    /** Within 90 days of the fixture's collection. */
    static final String RECENT = "2026-11-01T10:00:00+00:00";

    static String report(String... rows) {
        return "{'GetCredentialReport':"
                + ok("{'Content':'" + HEADER + "\\n" + String.join("\\n", rows) + "','ReportFormat':'text/csv'}") + "}";
    }

    /** A user row: whether each credential is active, when it was last used and when it was set. */
    static String user(
            String name,
            boolean password,
            String passwordUsed,
            String passwordSet,
            boolean key1,
            String key1Set,
            String key1Used,
            boolean key2,
            String key2Set,
            String key2Used) {
        return String.join(
                ",",
                name,
                "arn:aws:iam::111122223333:user/" + name,
                "2025-01-01T00:00:00+00:00",
                String.valueOf(password),
                passwordUsed,
                passwordSet,
                "N/A",
                "false",
                String.valueOf(key1),
                key1Set,
                key1Used,
                "N/A",
                "N/A",
                String.valueOf(key2),
                key2Set,
                key2Used,
                "N/A",
                "N/A",
                "false",
                "N/A",
                "false",
                "N/A");
    }

    /** The root row: when its password and keys were last used. */
    static String root(String passwordUsed, String key1Used, String key2Used) {
        return String.join(
                ",",
                "<root_account>",
                "arn:aws:iam::111122223333:root",
                "2020-01-01T00:00:00+00:00",
                "not_supported",
                passwordUsed,
                "not_supported",
                "not_supported",
                "true",
                "false",
                "N/A",
                key1Used,
                "N/A",
                "N/A",
                "false",
                "N/A",
                key2Used,
                "N/A",
                "N/A",
                "false",
                "N/A",
                "false",
                "N/A");
    }
}
