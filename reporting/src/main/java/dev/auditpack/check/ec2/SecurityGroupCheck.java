package dev.auditpack.check.ec2;

import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.aws.Ec2Evidence;
import java.util.List;

/**
 * A check judged group by group from the {@code ec2.security_groups} evidence: GAP for the region when its
 * groups could not be listed, NOT_APPLICABLE when it has none to judge, one finding per group otherwise.
 */
abstract class SecurityGroupCheck extends EvidenceCheck {

    SecurityGroupCheck(String id, String title, Severity severity, String rationale, String remediation) {
        super(id, title, severity, rationale, remediation, List.of(Ec2Evidence.SECURITY_GROUPS));
    }

    /** Whether the check judges this group; every group unless overridden. */
    boolean judges(SecurityGroups.SecurityGroup group) {
        return true;
    }

    /** What the check judges, in the plural, for the not-applicable reason. */
    String judged() {
        return "security groups";
    }

    /** Judges one group; {@code path} is the evidence file to cite. */
    abstract Finding judge(String account, String region, SecurityGroups.SecurityGroup group, String path);

    @Override
    public final void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String resource = Arn.regional("ec2", region, account, "security-groups");
                evidence.require(this, Ec2Evidence.SECURITY_GROUPS, account, region, resource, findings)
                        .ifPresent(found -> {
                            List<SecurityGroups.SecurityGroup> groups =
                                    SecurityGroups.from(found.document(), region).stream()
                                            .filter(this::judges)
                                            .toList();
                            if (groups.isEmpty()) {
                                findings.add(notApplicable(
                                        account,
                                        region,
                                        resource,
                                        "Region " + region + " has no " + judged() + ".",
                                        found.path()));
                            }
                            groups.forEach(g -> findings.add(judge(account, region, g, found.path())));
                        });
            }
        }
    }
}
