package dev.auditpack.check.backup;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** A data store found in the region's evidence. */
    private record Store(String arn, String named, String path) {
    }

    public BackupDataStoresProtected() {
        super("backup_data_stores_protected", "Data stores are protected by AWS Backup", Severity.MEDIUM,
                "Central backup plans keep copies in a separate vault for as long as policy says, so data survives deletion, corruption or ransomware.",
                "Create an AWS Backup plan with a schedule and retention that meets your policy, and assign the resources to it by ARN, resource type or tag.",
                List.of("backup.plans", "backup.protected_resources", "rds.instances", "rds.clusters", "ec2.ebs_encryption"));
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
        String prefix = ":" + region + ":" + account + ":";
        List<Store> stores = new ArrayList<>();
        boolean complete = true;
        var instances = evidence.require(this, "rds.instances", account, region, "arn:aws:rds" + prefix + "instances", findings);
        instances.ifPresent(f -> f.document().data().path("DBInstances").forEach(db -> {
            if (db.path("DBClusterIdentifier").asText("").isEmpty()) {
                stores.add(new Store(db.path("DBInstanceArn").asText(), "RDS instance " + db.path("DBInstanceIdentifier").asText(),
                        f.path()));
            }
        }));
        var clusters = evidence.require(this, "rds.clusters", account, region, "arn:aws:rds" + prefix + "clusters", findings);
        clusters.ifPresent(f -> f.document().data().path("DBClusters").forEach(db -> stores.add(new Store(
                db.path("DBClusterArn").asText(), "Database cluster " + db.path("DBClusterIdentifier").asText(), f.path()))));
        var volumes = evidence.require(this, "ec2.ebs_encryption", account, region, "arn:aws:ec2" + prefix + "volumes", findings);
        volumes.ifPresent(f -> f.document().data().path("Volumes").forEach(v -> stores.add(new Store(
                "arn:aws:ec2" + prefix + "volume/" + v.path("VolumeId").asText(), "EBS volume " + v.path("VolumeId").asText(),
                f.path()))));
        if (stores.isEmpty()) {
            if (instances.isPresent() && clusters.isPresent() && volumes.isPresent()) {
                findings.add(notApplicable(account, region, "arn:aws:backup" + prefix + "data-stores",
                        "The region has no RDS instances, database clusters or EBS volumes.",
                        instances.get().path(), clusters.get().path(), volumes.get().path()));
            }
            return;
        }
        List<String> cited = new ArrayList<>();
        Optional<Map<String, String>> recovered = Optional.empty();
        if (evidence.get("backup.protected_resources", account, region) instanceof EvidenceSet.Found found) {
            cited.add(found.path());
            Map<String, String> latest = new LinkedHashMap<>();
            found.document().data().path("ProtectedResources").forEach(r ->
                    latest.put(r.path("ResourceArn").asText(), r.path("LastBackupTime").asText("an unknown time")));
            recovered = Optional.of(latest);
        }
        Optional<PlanSelections> plans = Optional.empty();
        if (evidence.get("backup.plans", account, region) instanceof EvidenceSet.Found found) {
            cited.add(found.path());
            plans = Optional.of(PlanSelections.from(found.document().data()));
        }
        for (Store store : stores) {
            List<String> paths = new ArrayList<>(cited);
            paths.add(0, store.path());
            findings.add(judge(account, region, store, recovered, plans, paths.toArray(String[]::new)));
        }
    }

    private Finding judge(String account, String region, Store store, Optional<Map<String, String>> recovered,
                          Optional<PlanSelections> plans, String[] paths) {
        if (recovered.isPresent() && recovered.get().containsKey(store.arn())) {
            return pass(account, region, store.arn(), store.named() + " has an AWS Backup recovery point (latest backup "
                    + recovered.get().get(store.arn()) + ").", paths);
        }
        List<String> unknown = new ArrayList<>();
        if (plans.isPresent()) {
            for (PlanSelections.Selection s : plans.get().selections()) {
                PlanSelections.Match match = s.match(store.arn());
                if (match == PlanSelections.Match.SELECTED) {
                    return pass(account, region, store.arn(), store.named() + " is selected by ARN in " + s.describe() + ".", paths);
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
            return gap(account, region, store.arn(), "Whether " + store.named() + " is backed up is unknown: "
                    + String.join("; ", unknown) + ".", paths);
        }
        return fail(account, region, store.arn(), plans.get().plans() == 0
                ? store.named() + " has no recovery point, and the region has no backup plan."
                : store.named() + " has no recovery point and no backup plan selects it.", paths);
    }
}
