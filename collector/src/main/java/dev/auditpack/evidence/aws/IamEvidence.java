package dev.auditpack.evidence.aws;

/**
 * IAM evidence, all recorded once per account under region {@code global}: users and their credentials, the
 * credential report, the account summary, the password policy, authorization details and virtual MFA devices.
 */
public final class IamEvidence {

    /** Collector id: counts of IAM entities and the root user's MFA and access-key flags. */
    public static final String ACCOUNT_SUMMARY = "iam.account_summary";
    /** Collector id: users, groups and roles with their policies, and the customer managed policies. */
    public static final String AUTHORIZATION_DETAILS = "iam.authorization_details";
    /** Collector id: the credential report of every user and the root user. */
    public static final String CREDENTIAL_REPORT = "iam.credential_report";
    /** Collector id: the account's password policy. */
    public static final String PASSWORD_POLICY = "iam.password_policy";
    /** Collector id: each user with its MFA devices, access keys and console password. */
    public static final String USERS = "iam.users";
    /** Collector id: the account's virtual MFA devices. */
    public static final String VIRTUAL_MFA_DEVICES = "iam.virtual_mfa_devices";

    /** Operation names: the keys under which answers are recorded. */
    public static final String GET_ACCOUNT_SUMMARY = "GetAccountSummary";

    public static final String GET_ACCOUNT_AUTHORIZATION_DETAILS = "GetAccountAuthorizationDetails";
    public static final String GENERATE_CREDENTIAL_REPORT = "GenerateCredentialReport";
    public static final String GET_CREDENTIAL_REPORT = "GetCredentialReport";
    public static final String GET_ACCOUNT_PASSWORD_POLICY = "GetAccountPasswordPolicy";
    public static final String LIST_USERS = "ListUsers";
    public static final String LIST_MFA_DEVICES = "ListMFADevices";
    public static final String LIST_ACCESS_KEYS = "ListAccessKeys";
    public static final String GET_ACCESS_KEY_LAST_USED = "GetAccessKeyLastUsed";
    public static final String GET_LOGIN_PROFILE = "GetLoginProfile";
    public static final String LIST_VIRTUAL_MFA_DEVICES = "ListVirtualMFADevices";

    private IamEvidence() {}
}
