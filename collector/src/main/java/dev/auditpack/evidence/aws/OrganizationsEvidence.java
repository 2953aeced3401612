package dev.auditpack.evidence.aws;

/**
 * AWS Organizations evidence: the organization, its roots, organizational units and member accounts.
 */
public final class OrganizationsEvidence {

    /** Collector id: the organization and each member account's place in it, recorded once for the organization. */
    public static final String STRUCTURE = "organizations.structure";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_ORGANIZATION = "DescribeOrganization";

    public static final String LIST_ROOTS = "ListRoots";
    public static final String LIST_ORGANIZATIONAL_UNITS_FOR_PARENT = "ListOrganizationalUnitsForParent";
    public static final String LIST_ACCOUNTS_FOR_PARENT = "ListAccountsForParent";

    private OrganizationsEvidence() {}
}
