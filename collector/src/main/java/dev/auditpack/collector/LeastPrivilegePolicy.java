package dev.auditpack.collector;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evidence.Arn;
import java.util.List;
import java.util.TreeSet;

/**
 * The IAM policies auditpack needs, built from the operations the collectors declare, so they cannot drift
 * from the code: the read-only policy of the audited role, the policy of the principal that runs
 * auditpack, and a CloudFormation template (usable as a StackSet) that creates the audited role.
 */
public final class LeastPrivilegePolicy {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeastPrivilegePolicy() {}

    /**
     * Every IAM action the collectors declare, plus those the run makes in each account (who am I, which
     * regions are enabled), sorted. This is what the audited role needs.
     */
    public static List<String> actions(List<Collector> collectors) {
        TreeSet<String> actions = new TreeSet<>();
        collectors.forEach(c -> c.operations().forEach(op -> actions.add(op.iamAction())));
        actions.add(ScopeResolver.DESCRIBE_REGIONS.iamAction());
        actions.add("sts:GetCallerIdentity");
        return List.copyOf(actions);
    }

    /** The read-only policy document for the audited accounts. */
    public static ObjectNode document(List<Collector> collectors) {
        ObjectNode policy = NODES.objectNode();
        policy.put("Version", "2012-10-17");
        ArrayNode statements = policy.putArray("Statement");
        ObjectNode read = statements.addObject();
        read.put("Sid", "AuditpackReadOnlyEvidence");
        read.put("Effect", "Allow");
        ArrayNode action = read.putArray("Action");
        actions(collectors).forEach(action::add);
        read.put("Resource", "*");
        return policy;
    }

    /**
     * The policy of the principal that runs auditpack across accounts: assume the audited role, list the
     * organization's accounts and enabled regions, in {@code partition} (e.g. {@code aws-cn}). (Collecting its own
     * account also needs {@link #document}.)
     */
    public static ObjectNode callerDocument(String roleName, String partition) {
        ObjectNode policy = NODES.objectNode();
        policy.put("Version", "2012-10-17");
        ArrayNode statements = policy.putArray("Statement");
        ObjectNode assume = statements.addObject();
        assume.put("Sid", "AuditpackAssumeAuditRole");
        assume.put("Effect", "Allow");
        assume.put("Action", "sts:AssumeRole");
        assume.put("Resource", Arn.global(partition, "iam", "*", "role/" + roleName));
        ObjectNode scope = statements.addObject();
        scope.put("Sid", "AuditpackFindScope");
        scope.put("Effect", "Allow");
        ArrayNode actions = scope.putArray("Action");
        actions.add(ScopeResolver.DESCRIBE_REGIONS.iamAction());
        actions.add(ScopeResolver.LIST_ACCOUNTS.iamAction());
        actions.add("sts:GetCallerIdentity");
        scope.put("Resource", "*");
        return policy;
    }

    /** A CloudFormation template that creates the audited role, trusting the auditing account. */
    public static ObjectNode roleTemplate(List<Collector> collectors) {
        ObjectNode t = NODES.objectNode();
        t.put("AWSTemplateFormatVersion", "2010-09-09");
        t.put(
                "Description",
                "Read-only role that auditpack assumes to collect audit evidence. Deploy it to every "
                        + "account to audit, for example with a CloudFormation StackSet from the management account.");
        ObjectNode params = t.putObject("Parameters");
        ObjectNode auditing = params.putObject("AuditingAccountId");
        auditing.put("Type", "String");
        auditing.put("AllowedPattern", "^[0-9]{12}$");
        auditing.put("Description", "Account that runs auditpack and may assume this role.");
        ObjectNode name = params.putObject("RoleName");
        name.put("Type", "String");
        name.put("Default", ScopeRequest.DEFAULT_ROLE);
        name.put("Description", "Name of the role (auditpack --role-name).");
        ObjectNode external = params.putObject("ExternalId");
        external.put("Type", "String");
        external.put("Default", "");
        external.put("Description", "External id the caller must present (auditpack --external-id); empty for none.");
        ObjectNode duration = params.putObject("MaxSessionDuration");
        duration.put("Type", "Number");
        duration.put("Default", 14400);
        duration.put("MinValue", 3600);
        duration.put("MaxValue", 43200);
        duration.put("Description", "Longest session, in seconds; auditpack refreshes its session before it ends.");
        t.putObject("Conditions")
                .putObject("HasExternalId")
                .putArray("Fn::Not")
                .addObject()
                .putArray("Fn::Equals")
                .add(NODES.objectNode().put("Ref", "ExternalId"))
                .add("");

        ObjectNode role = t.putObject("Resources").putObject("AuditpackRole");
        role.put("Type", "AWS::IAM::Role");
        ObjectNode props = role.putObject("Properties");
        props.putObject("RoleName").put("Ref", "RoleName");
        props.putObject("MaxSessionDuration").put("Ref", "MaxSessionDuration");
        props.put("Description", "auditpack: read-only evidence collection");
        ObjectNode trust = props.putObject("AssumeRolePolicyDocument");
        trust.put("Version", "2012-10-17");
        ObjectNode stmt = trust.putArray("Statement").addObject();
        stmt.put("Effect", "Allow");
        stmt.putObject("Principal")
                .putObject("AWS")
                .put("Fn::Sub", "arn:${AWS::Partition}:iam::${AuditingAccountId}:root");
        stmt.put("Action", "sts:AssumeRole");
        ArrayNode ifExternal = stmt.putObject("Condition").putArray("Fn::If");
        ifExternal.add("HasExternalId");
        ifExternal
                .addObject()
                .putObject("StringEquals")
                .putObject("sts:ExternalId")
                .put("Ref", "ExternalId");
        ifExternal.addObject().put("Ref", "AWS::NoValue");
        ObjectNode inline = props.putArray("Policies").addObject();
        inline.put("PolicyName", "auditpack-read-only-evidence");
        inline.set("PolicyDocument", document(collectors));

        ObjectNode out = t.putObject("Outputs").putObject("RoleArn");
        out.put("Description", "ARN of the role auditpack assumes");
        out.putObject("Value").putArray("Fn::GetAtt").add("AuditpackRole").add("Arn");
        return t;
    }
}
