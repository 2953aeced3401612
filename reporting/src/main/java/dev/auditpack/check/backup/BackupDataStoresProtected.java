package dev.auditpack.check.backup;

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
import dev.auditpack.evidence.aws.BackupEvidence;
import dev.auditpack.evidence.aws.Ec2Evidence;
import dev.auditpack.evidence.aws.RdsEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every RDS instance (not in a cluster), database cluster and EBS volume is protected by AWS Backup in its
 * region: it has a recovery point ({@code backup.protected_resources}) or a plan selects it by ARN or ARN
 * pattern ({@code backup.plans}). A selection that uses tags may cover a resource, but tags are not
 * collected, so such a resource is a GAP, not a PASS or a FAIL. Instances in a cluster are backed up with
 * the cluster and are not judged on their own. The region's service opt-in settings are not collected
 * either: an ARN pattern is taken to cover what it names.
 */
@AutoService(Check.class)
public final class BackupDataStoresProtected extends EvidenceCheck {

    /** A data store: its ARN and how a sentence names it. */
    private record Store(String arn, String named) {}

    /** The data stores one evidence file lists, and its path. */
    private record Listed(List<Store> stores, String path) {}

    public BackupDataStoresProtected() {
        super(
                "backup_data_stores_protected",
                "Data stores are protected by AWS Backup",
                Severity.MEDIUM,
                "Central backup plans keep copies in a separate vault for as long as policy says, so data survives deletion, corruption or ransomware.",
                "Create an AWS Backup plan with a schedule and retention that meets your policy, and assign the resources to it by ARN, resource type or tag.",
                List.of(
                        BackupEvidence.PLANS,
                        BackupEvidence.PROTECTED_RESOURCES,
                        RdsEvidence.INSTANCES,
                        RdsEvidence.CLUSTERS,
                        Ec2Evidence.EBS_ENCRYPTION));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                evaluate(evidence, account, region, findings);
            }
        }
    }

    private void evaluate(EvidenceSet evidence, String account, String region, FindingSink findings) {
        var instances = stores(
                evidence,
                findings,
                RdsEvidence.INSTANCES,
                account,
                region,
                Arn.regional("rds", region, account, "instances"),
                "DBInstances",
                db -> instance(db, region, account));
        var clusters = stores(
                evidence,
                findings,
                RdsEvidence.CLUSTERS,
                account,
                region,
                Arn.regional("rds", region, account, "clusters"),
                "DBClusters",
                db -> Optional.of(new Store(
                        RdsEvidence.clusterArn(db, region, account),
                        "Database cluster " + db.path("DBClusterIdentifier").asText())));
        // Matched against AWS Backup's ResourceArn below, so in the region's partition, as AWS writes it.
        var volumes = stores(
                evidence,
                findings,
                Ec2Evidence.EBS_ENCRYPTION,
                account,
                region,
                Arn.regional("ec2", region, account, "volumes"),
                "Volumes",
                v -> Optional.of(new Store(
                        Ec2Evidence.volumeArn(v, region, account),
                        "EBS volume " + v.path("VolumeId").asText())));
        List<Listed> listed = Stream.of(instances, clusters, volumes)
                .flatMap(Optional::stream)
                .toList();
        if (listed.stream().allMatch(l -> l.stores().isEmpty())) {
            if (listed.size() == 3) {
                findings.add(notApplicable(
                        account,
                        region,
                        Arn.regional("backup", region, account, "data-stores"),
                        "The region has no RDS instances, database clusters or EBS volumes.",
                        listed.stream().map(Listed::path).toArray(String[]::new)));
            }
            return;
        }
        List<String> cited = new ArrayList<>();
        Optional<Map<String, String>> recovered = Optional.empty();
        if (evidence.get(BackupEvidence.PROTECTED_RESOURCES, account, region) instanceof EvidenceSet.Found found
                && found.document().data().path("ProtectedResources").isArray()) {
            cited.add(found.path());
            Map<String, String> latest = new LinkedHashMap<>();
            found.document()
                    .data()
                    .path("ProtectedResources")
                    .forEach(r -> latest.put(
                            r.path("ResourceArn").asText(),
                            r.path("LastBackupTime").asText("an unknown time")));
            recovered = Optional.of(latest);
        }
        Optional<PlanSelections> plans = Optional.empty();
        if (evidence.get(BackupEvidence.PLANS, account, region) instanceof EvidenceSet.Found found
                && found.document().data().path("BackupPlans").isArray()) {
            cited.add(found.path());
            plans = Optional.of(PlanSelections.from(found.document().data()));
        }
        for (Listed list : listed) {
            List<String> paths = new ArrayList<>(cited);
            paths.add(0, list.path());
            for (Store store : list.stores()) {
                findings.add(judge(account, region, store, recovered, plans, paths.toArray(String[]::new)));
            }
        }
    }

    /** An RDS instance as a data store, unless it belongs to a cluster, which is backed up as a whole. */
    private static Optional<Store> instance(JsonNode db, String region, String account) {
        String id = db.path("DBInstanceIdentifier").asText();
        return RdsEvidence.clusterOf(db).isEmpty()
                ? Optional.of(new Store(RdsEvidence.instanceArn(db, region, account), "RDS instance " + id))
                : Optional.empty();
    }

    /** The data stores one evidence file lists; empty, with a GAP finding for {@code scope}, when the file or its list is missing. */
    private Optional<Listed> stores(
            EvidenceSet evidence,
            FindingSink findings,
            String collector,
            String account,
            String region,
            String scope,
            String member,
            Function<JsonNode, Optional<Store>> store) {
        var found = evidence.require(this, collector, account, region, scope, findings);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode list = found.get().document().data().path(member);
        if (!list.isArray()) {
            findings.add(gap(
                    account,
                    region,
                    scope,
                    "The " + member + " list of " + region + " is missing from the evidence.",
                    found.get().path()));
            return Optional.empty();
        }
        List<Store> out = new ArrayList<>();
        list.forEach(item -> store.apply(item).ifPresent(out::add));
        return Optional.of(new Listed(out, found.get().path()));
    }

    private Finding judge(
            String account,
            String region,
            Store store,
            Optional<Map<String, String>> recovered,
            Optional<PlanSelections> plans,
            String[] paths) {
        if (recovered.isPresent() && recovered.get().containsKey(store.arn())) {
            return pass(
                    account,
                    region,
                    store.arn(),
                    store.named() + " has an AWS Backup recovery point (latest backup "
                            + recovered.get().get(store.arn()) + ").",
                    paths);
        }
        List<String> unknown = new ArrayList<>();
        if (plans.isPresent()) {
            for (PlanSelections.Selection s : plans.get().selections()) {
                PlanSelections.Match match = s.match(store.arn());
                if (match == PlanSelections.Match.SELECTED) {
                    return pass(
                            account,
                            region,
                            store.arn(),
                            store.named() + " is selected by ARN in " + s.describe() + ".",
                            paths);
                }
                if (match == PlanSelections.Match.MAYBE) {
                    unknown.add(s.describe() + " uses tags or selects by opt-in, so it may cover it");
                }
            }
            plans.get().unreadable().forEach(u -> unknown.add(u + " could not be read"));
        } else {
            unknown.add("the backup plans could not be read");
        }
        if (recovered.isEmpty()) {
            unknown.add("the list of backed-up resources could not be read");
        }
        if (!unknown.isEmpty()) {
            return gap(
                    account,
                    region,
                    store.arn(),
                    "Whether " + store.named() + " is backed up is unknown: " + String.join("; ", unknown) + ".",
                    paths);
        }
        return fail(
                account,
                region,
                store.arn(),
                plans.get().plans() == 0
                        ? store.named() + " has no recovery point, and the region has no backup plan."
                        : store.named() + " has no recovery point and no backup plan selects it.",
                paths);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "AWS Backup ListProtectedResources (ResourceArn) and ListBackupPlans, ListBackupSelections "
                        + "and GetBackupSelection (Resources, NotResources, ListOfTags, Conditions); RDS "
                        + "DescribeDBInstances and DescribeDBClusters; EC2 DescribeVolumes.",
                "Every RDS DB instance outside a cluster, every DB cluster and every EBS volume in every "
                        + "region of every account in scope.",
                "A data store passes when it has a recovery point (its ARN is among the protected resources) "
                        + "or a backup plan of its region selects it by ARN or ARN pattern, and fails otherwise. A "
                        + "selection by tags or conditions, or parts of the backup configuration that could not be "
                        + "read, make it a gap.",
                "For each region, list the ARNs in raw/<account>/<region>/rds.instances.json "
                        + "(data.DBInstances[].DBInstanceArn), rds.clusters.json (data.DBClusters[].DBClusterArn) and "
                        + "ec2.ebs_encryption.json (data.Volumes[].VolumeId); look each up in "
                        + "backup.protected_resources.json (data.ProtectedResources[].ResourceArn), then in "
                        + "backup.plans.json "
                        + "(data.BackupPlans[].calls.ListBackupSelections.response[].calls.GetBackupSelection.response.BackupSelection.Resources "
                        + "and NotResources, * matching any characters)."));
    }
}
