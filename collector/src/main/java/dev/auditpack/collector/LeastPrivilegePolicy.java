package dev.auditpack.collector;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeSet;

/** The IAM policy that allows exactly the read-only actions the collectors declare, and nothing else. */
public final class LeastPrivilegePolicy {

    private LeastPrivilegePolicy() {
    }

    /**
     * Every IAM action the collectors declare, plus listing the enabled regions (used with
     * {@code --regions all}), sorted. This is what the audited role needs.
     */
    public static List<String> actions(List<Collector> collectors) {
        TreeSet<String> actions = new TreeSet<>();
        collectors.forEach(c -> c.operations().forEach(op -> actions.add(op.iamAction())));
        actions.add(ScopeResolver.DESCRIBE_REGIONS.iamAction());
        actions.add("sts:GetCallerIdentity");
        return List.copyOf(actions);
    }

    /** The policy document as JSON. */
    public static ObjectNode document(List<Collector> collectors) {
        ObjectNode policy = JsonNodeFactory.instance.objectNode();
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
}
