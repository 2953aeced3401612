package dev.auditpack.secrets;

/** The kinds of secret a pack must never hold. */
public enum SecretKind {
    AWS_SECRET_ACCESS_KEY("an AWS secret access key"),
    AWS_SESSION_TOKEN("an AWS session token"),
    PASSWORD("a password"),
    PRIVATE_KEY("a private key"),
    GITHUB_TOKEN("a GitHub token"),
    SLACK_TOKEN("a Slack token or webhook"),
    STRIPE_KEY("a Stripe secret key"),
    JSON_WEB_TOKEN("a signed JSON Web Token"),
    CANARY("a known secret value (canary)"),
    /** Content the scan could not read (encrypted, damaged, over a limit): it may hold anything. */
    UNREADABLE("content that could not be scanned");

    private final String description;

    SecretKind(String description) {
        this.description = description;
    }

    /** The kind in words, with its article: "an AWS secret access key". */
    public String description() {
        return description;
    }
}
