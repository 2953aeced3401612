package dev.auditpack.secrets;

/** The kinds of secret a pack must never hold. */
public enum SecretKind {
    AWS_SECRET_ACCESS_KEY("an AWS secret access key"),
    AWS_SESSION_TOKEN("an AWS session token"),
    PASSWORD("a password"),
    PRIVATE_KEY("a private key"),
    CANARY("a known secret value (canary)");

    private final String description;

    SecretKind(String description) {
        this.description = description;
    }

    /** The kind in words, with its article: "an AWS secret access key". */
    public String description() {
        return description;
    }
}
