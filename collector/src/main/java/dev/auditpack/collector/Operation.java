package dev.auditpack.collector;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One read-only AWS API operation a collector may call, with the IAM action that permits it. Collectors
 * declare all of theirs; the least-privilege policy is built from these declarations.
 *
 * @param api       the SDK's service name, as the SDK reports it on each call ({@code S3}, {@code S3Control}, {@code Iam})
 * @param name      API operation name, e.g. {@code GetBucketEncryption}
 * @param iamAction IAM action, e.g. {@code s3:GetEncryptionConfiguration}
 */
public record Operation(String api, String name, String iamAction) {

    private static final Pattern READ_ONLY =
            Pattern.compile("(Get|List|Describe|Search|Lookup|BatchGet|Head|GenerateCredentialReport)[A-Za-z0-9]*");

    public Operation {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iamAction, "iamAction");
        if (iamAction.indexOf(':') < 1) {
            throw new IllegalArgumentException("IAM action '" + iamAction + "' has no service prefix");
        }
    }

    /** An operation whose IAM action is named like the operation, which is the common case. */
    public static Operation of(String api, String name) {
        return new Operation(api, name, api.toLowerCase(Locale.ROOT) + ":" + name);
    }

    /** IAM service prefix, e.g. {@code s3}. */
    public String iamService() {
        return iamAction.substring(0, iamAction.indexOf(':'));
    }

    /** {@code iamService:Name}, the form used in evidence files and errors, e.g. {@code s3:GetBucketEncryption}. */
    public String qualifiedName() {
        return iamService() + ":" + name;
    }

    /**
     * True when both the operation and its IAM action only read. Generating the IAM credential report is
     * counted as reading: IAM classes it as a Read action, and it changes no configuration.
     */
    public boolean isReadOnly() {
        return READ_ONLY.matcher(name).matches()
                && READ_ONLY
                        .matcher(iamAction.substring(iamAction.indexOf(':') + 1))
                        .matches();
    }
}
