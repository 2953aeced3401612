package dev.auditpack.check.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.aws.Ec2Evidence;
import dev.auditpack.evidence.aws.SsmEvidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every instance is managed by Systems Manager, so it can be patched, inventoried and reached without open
 * ports. A running (or pending) instance must be online in SSM; a stopped one cannot ping, so being
 * registered is enough; a terminated one is not applicable.
 */
@AutoService(Check.class)
public final class Ec2InstanceManagedBySsm extends EvidenceCheck {

    /** Instance states in which the SSM agent runs and should answer pings. */
    static final Set<String> RUNNING = Set.of("pending", "running");
    /** Instance states in which the agent cannot answer, but the instance will come back. */
    static final Set<String> STOPPED = Set.of("stopping", "stopped");
    /** Instance states that end in deletion: nothing left to manage. */
    static final Set<String> GONE = Set.of("shutting-down", "terminated");

    public Ec2InstanceManagedBySsm() {
        super(
                "ec2_instance_managed_by_ssm",
                "Instances are managed by Systems Manager",
                Severity.MEDIUM,
                "An instance Systems Manager cannot reach is left out of patching, inventory and configuration "
                        + "enforcement, so its guest operating system drifts unnoticed.",
                "Give the instance a role with AmazonSSMManagedInstanceCore (or turn on Default Host Management "
                        + "Configuration), make sure the SSM agent runs and can reach the SSM endpoints, and check it shows "
                        + "as Online in Fleet Manager.",
                List.of(Ec2Evidence.INSTANCES, SsmEvidence.MANAGED_INSTANCES));
    }

    /** One EC2 instance: id, state name, Name tag and ARN. */
    private record Instance(String id, String state, String name, String arn) {
        String label() {
            return "Instance " + id + (name.isEmpty() ? "" : " (" + name + ")");
        }
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String resource = Arn.regional("ec2", region, account, "instances");
                evidence.require(this, Ec2Evidence.INSTANCES, account, region, resource, findings)
                        .ifPresent(found -> {
                            List<Instance> instances =
                                    instances(found.document().data(), region, account);
                            if (instances.isEmpty()) {
                                findings.add(notApplicable(
                                        account,
                                        region,
                                        resource,
                                        "Region " + region + " has no EC2 instances.",
                                        found.path()));
                                return;
                            }
                            List<Finding> unknown = new ArrayList<>();
                            Optional<EvidenceSet.Found> ssm = evidence.require(
                                    this, SsmEvidence.MANAGED_INSTANCES, account, region, resource, unknown::add);
                            Map<String, String> pings =
                                    ssm.map(Ec2InstanceManagedBySsm::pings).orElse(Map.of());
                            for (Instance i : instances) {
                                if (ssm.isEmpty()) {
                                    Finding why = unknown.get(0);
                                    findings.add(gap(
                                            account,
                                            region,
                                            i.arn(),
                                            i.label() + " may or may not be managed by SSM: " + why.reason(),
                                            cite(found.path(), why.evidence())));
                                } else {
                                    findings.add(judge(
                                            account,
                                            region,
                                            i,
                                            pings,
                                            found.path(),
                                            ssm.get().path()));
                                }
                            }
                        });
            }
        }
    }

    private Finding judge(String account, String region, Instance i, Map<String, String> pings, String... paths) {
        if (GONE.contains(i.state())) {
            return notApplicable(account, region, i.arn(), i.label() + " is " + i.state() + ".", paths);
        }
        if (!RUNNING.contains(i.state()) && !STOPPED.contains(i.state())) {
            return gap(account, region, i.arn(), i.label() + " has an unreadable state (" + i.state() + ").", paths);
        }
        String ping = pings.get(i.id());
        if (ping == null || "Inactive".equals(ping)) {
            return fail(
                    account,
                    region,
                    i.arn(),
                    i.label() + " is " + i.state() + " and " + (ping == null ? "not registered with" : "inactive in")
                            + " Systems Manager.",
                    paths);
        }
        if (ping.isEmpty()) {
            return gap(
                    account,
                    region,
                    i.arn(),
                    i.label() + " is listed by Systems Manager without a ping status.",
                    paths);
        }
        if ("Online".equals(ping)) {
            return pass(
                    account,
                    region,
                    i.arn(),
                    i.label() + " is " + i.state() + " and online in Systems Manager.",
                    paths);
        }
        if (STOPPED.contains(i.state())) {
            return pass(
                    account,
                    region,
                    i.arn(),
                    i.label() + " is " + i.state() + " and registered with Systems Manager " + "(ping status " + ping
                            + ", as expected while stopped).",
                    paths);
        }
        return fail(
                account,
                region,
                i.arn(),
                i.label() + " is " + i.state() + " but its SSM agent's ping status is " + ping
                        + ", so Systems Manager cannot manage it.",
                paths);
    }

    private static List<Instance> instances(JsonNode data, String region, String account) {
        List<Instance> out = new ArrayList<>();
        for (JsonNode reservation : data.path("Reservations")) {
            String owner = reservation.path("OwnerId").asText(account);
            for (JsonNode i : reservation.path("Instances")) {
                String id = i.path("InstanceId").asText();
                String name = "";
                for (JsonNode tag : i.path("Tags")) {
                    if ("Name".equals(tag.path("Key").asText())) {
                        name = tag.path("Value").asText();
                    }
                }
                out.add(new Instance(
                        id,
                        i.path("State").path("Name").asText("unknown"),
                        name,
                        Arn.regional("ec2", region, owner, "instance/" + id)));
            }
        }
        return out;
    }

    private static Map<String, String> pings(EvidenceSet.Found ssm) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode i : ssm.document().data().path("InstanceInformationList")) {
            out.put(i.path("InstanceId").asText(), i.path("PingStatus").asText(""));
        }
        return out;
    }

    private static String[] cite(String path, List<String> more) {
        List<String> all = new ArrayList<>(List.of(path));
        all.addAll(more);
        return all.toArray(String[]::new);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "EC2 DescribeInstances (InstanceId, State.Name) and SSM DescribeInstanceInformation "
                        + "(InstanceId, PingStatus) in every region.",
                "Every EC2 instance in every region of every account in scope; shutting-down and terminated "
                        + "instances are not applicable.",
                "A running or pending instance passes when SSM lists it Online; a stopping or stopped one "
                        + "passes when SSM lists it and not Inactive; otherwise it fails. Where the region's SSM answer "
                        + "could not be read, every instance there is a gap.",
                "Open raw/<account>/<region>/ec2.instances.json (data.Reservations[].Instances[]) and "
                        + "raw/<account>/<region>/ssm.managed_instances.json (data.InstanceInformationList[]) for each "
                        + "region and match on InstanceId, reading State.Name and PingStatus."));
    }
}
