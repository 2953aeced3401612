package dev.auditpack.check.backup;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupDataStoresProtectedTest {

    @TempDir
    Path dir;

    private static final String R = "eu-west-1";
    private static final String ORDERS = "arn:aws:rds:eu-west-1:111122223333:db:orders";
    private static final String LEDGER = "arn:aws:rds:eu-west-1:111122223333:cluster:ledger";

    private static String vol(String id) {
        return "arn:aws:ec2:eu-west-1:111122223333:volume/" + id;
    }

    private static final String INSTANCES =
            "{'DBInstances':[{'DBInstanceIdentifier':'orders','DBInstanceArn':'" + ORDERS + "'},"
                    + "{'DBInstanceIdentifier':'ledger-1','DBInstanceArn':'arn:aws:rds:eu-west-1:111122223333:db:ledger-1',"
                    + "'DBClusterIdentifier':'ledger'}]}";
    private static final String CLUSTERS =
            "{'DBClusters':[{'DBClusterIdentifier':'ledger','DBClusterArn':'" + LEDGER + "'}]}";

    private static String volumes(String... ids) {
        StringBuilder b = new StringBuilder(
                "{'GetEbsEncryptionByDefault':" + ok("{'EbsEncryptionByDefault':true}") + ",'Volumes':[");
        for (int i = 0; i < ids.length; i++) {
            b.append(i == 0 ? "" : ",").append("{'VolumeId':'").append(ids[i]).append("','Encrypted':true}");
        }
        return b.append("]}").toString();
    }

    private static String plan(String name, String selections) {
        return "{'BackupPlanName':'" + name + "','BackupPlanId':'id-" + name
                + "','BackupPlanArn':'arn:aws:backup:eu-west-1:111122223333:backup-plan:" + name
                + "','calls':{'GetBackupPlan':" + ok("{}") + ",'ListBackupSelections':" + selections + "}}";
    }

    private static String selection(String name, String body) {
        return "{'SelectionName':'" + name + "','SelectionId':'sel-" + name + "','calls':{'GetBackupSelection':"
                + ok("{'BackupSelection':{'SelectionName':'" + name + "'" + body + "}}") + "}}";
    }

    private static String plans(String... plans) {
        return "{'BackupPlans':[" + String.join(",", plans) + "]}";
    }

    private static String recovered(String... arns) {
        StringBuilder b = new StringBuilder("{'ProtectedResources':[");
        for (int i = 0; i < arns.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{'ResourceArn':'")
                    .append(arns[i])
                    .append("','LastBackupTime':'2026-11-19T05:00:00Z'}");
        }
        return b.append("]}").toString();
    }

    private LockerFixture stores(String volumes) {
        return new LockerFixture(dir)
                .doc("rds.instances", R, INSTANCES)
                .doc("rds.clusters", R, CLUSTERS)
                .doc("ec2.ebs_encryption", R, volumes);
    }

    @Test
    void aStoreIsProtectedByARecoveryPointOrAnArnSelection() {
        var ev = stores(volumes("vol-a", "vol-b", "vol-c"))
                .doc("backup.protected_resources", R, recovered(ORDERS))
                .doc(
                        "backup.plans",
                        R,
                        plans(plan(
                                "daily",
                                ok("["
                                        + selection(
                                                "by-arn",
                                                ",'Resources':['arn:aws:ec2:*:*:volume/vol-a','arn:aws:rds:*:*:cluster:*']")
                                        + ","
                                        + selection(
                                                "tagged",
                                                ",'Resources':['arn:aws:ec2:*:*:volume/*'],'NotResources':['arn:aws:ec2:*:*:volume/vol-c'],"
                                                        + "'Conditions':{'StringEquals':[{'ConditionKey':'aws:ResourceTag/backup','ConditionValue':'yes'}],"
                                                        + "'StringLike':[]}")
                                        + "]"))))
                .build();
        List<Finding> f = run(new BackupDataStoresProtected(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(ORDERS, CheckStatus.PASS),
                        tuple(LEDGER, CheckStatus.PASS),
                        tuple(vol("vol-a"), CheckStatus.PASS),
                        tuple(vol("vol-b"), CheckStatus.GAP),
                        tuple(vol("vol-c"), CheckStatus.FAIL));
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "RDS instance orders has an AWS Backup recovery point (latest backup 2026-11-19T05:00:00Z).",
                        "Database cluster ledger is selected by ARN in selection by-arn of plan daily.",
                        "EBS volume vol-a is selected by ARN in selection by-arn of plan daily.",
                        "Whether EBS volume vol-b is backed up is unknown: selection tagged of plan daily uses tags or selects by opt-in, "
                                + "so it may cover it.",
                        "EBS volume vol-c has no recovery point and no backup plan selects it.");
        assertThat(f.get(0).evidence())
                .containsExactly(
                        "raw/111122223333/eu-west-1/rds.instances.json",
                        "raw/111122223333/eu-west-1/backup.protected_resources.json",
                        "raw/111122223333/eu-west-1/backup.plans.json");
    }

    @Test
    void aVolumeInGovCloudIsMatchedToItsRecoveryPointInThatPartition() {
        String gov = "us-gov-west-1";
        String volume = "arn:aws-us-gov:ec2:us-gov-west-1:111122223333:volume/vol-g";
        var ev = new LockerFixture(dir)
                .regions(gov)
                .doc("rds.instances", gov, "{'DBInstances':[]}")
                .doc("rds.clusters", gov, "{'DBClusters':[]}")
                .doc("ec2.ebs_encryption", gov, volumes("vol-g"))
                .doc("backup.protected_resources", gov, recovered(volume))
                .build();
        assertThat(run(new BackupDataStoresProtected(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(tuple(volume, CheckStatus.PASS));
    }

    @Test
    void listOfTagsMayCoverAnyResource() {
        var ev = stores(volumes("vol-a"))
                .doc("backup.protected_resources", R, recovered())
                .doc(
                        "backup.plans",
                        R,
                        plans(plan(
                                "weekly",
                                ok("["
                                        + selection(
                                                "legacy-tags",
                                                ",'Resources':['arn:aws:rds:*:*:db:*'],'ListOfTags':[{'ConditionType':'STRINGEQUALS',"
                                                        + "'ConditionKey':'backup','ConditionValue':'weekly'}]")
                                        + "]"))))
                .build();
        assertThat(run(new BackupDataStoresProtected(), ev))
                .extracting(Finding::status)
                .containsOnly(CheckStatus.GAP)
                .hasSize(3);
    }

    @Test
    void failsWhenTheRegionHasNoPlanAndNoRecoveryPoint() {
        var ev = stores(volumes("vol-a"))
                .doc("backup.protected_resources", R, recovered())
                .doc("backup.plans", R, plans())
                .build();
        List<Finding> f = run(new BackupDataStoresProtected(), ev);
        assertThat(f).extracting(Finding::status).containsOnly(CheckStatus.FAIL).hasSize(3);
        assertThat(f.get(0).reason())
                .isEqualTo("RDS instance orders has no recovery point, and the region has no backup plan.");
    }

    @Test
    void isAGapWhenWhatWouldDecideCouldNotBeRead() {
        var ev = stores(volumes("vol-a"))
                .failed("backup.protected_resources", R, "backup:ListProtectedResources", "AccessDeniedException")
                .doc(
                        "backup.plans",
                        R,
                        plans(
                                plan("daily", error("AccessDeniedException")),
                                plan(
                                        "monthly",
                                        ok("[{'SelectionName':'s1','calls':{'GetBackupSelection':"
                                                + error("AccessDeniedException") + "}}]"))))
                .build();
        List<Finding> f = run(new BackupDataStoresProtected(), ev);
        assertThat(f).extracting(Finding::status).containsOnly(CheckStatus.GAP).hasSize(3);
        assertThat(f.get(0).reason())
                .isEqualTo("Whether RDS instance orders is backed up is unknown: "
                        + "the selections of plan daily (AccessDeniedException) could not be read; "
                        + "selection s1 of plan monthly (AccessDeniedException) could not be read; "
                        + "the list of backed-up resources could not be read.");

        var noPlans = new LockerFixture(dir.resolve("no-plans"))
                .doc("rds.instances", R, INSTANCES)
                .doc("rds.clusters", R, CLUSTERS)
                .doc("ec2.ebs_encryption", R, volumes())
                .doc("backup.protected_resources", R, recovered(ORDERS))
                .failed("backup.plans", R, "backup:ListBackupPlans", "AccessDeniedException")
                .build();
        assertThat(run(new BackupDataStoresProtected(), noPlans))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(tuple(ORDERS, CheckStatus.PASS), tuple(LEDGER, CheckStatus.GAP));
    }

    @Test
    void aStoreListThatFailedIsAGapAndTheOthersAreStillJudged() {
        var ev = new LockerFixture(dir)
                .doc("rds.instances", R, INSTANCES)
                .failed("rds.clusters", R, "rds:DescribeDBClusters", "AccessDenied")
                .doc("ec2.ebs_encryption", R, volumes())
                .doc("backup.protected_resources", R, recovered(ORDERS))
                .doc("backup.plans", R, plans())
                .build();
        assertThat(run(new BackupDataStoresProtected(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:rds:eu-west-1:111122223333:clusters", CheckStatus.GAP),
                        tuple(ORDERS, CheckStatus.PASS));
    }

    @Test
    void aFileWithoutItsListIsAGapNotAnEmptyRegion() {
        var ev = new LockerFixture(dir)
                .doc("rds.instances", R, "{}")
                .doc("rds.clusters", R, "{'DBClusters':[]}")
                .doc("ec2.ebs_encryption", R, volumes())
                .build();
        assertThat(run(new BackupDataStoresProtected(), ev))
                .extracting(Finding::resource, Finding::status, Finding::reason)
                .containsExactly(tuple(
                        "arn:aws:rds:eu-west-1:111122223333:instances",
                        CheckStatus.GAP,
                        "The DBInstances list of eu-west-1 is missing from the evidence."));
    }

    @Test
    void aRegionWithoutDataStoresIsNotApplicable() {
        var ev = new LockerFixture(dir)
                .doc("rds.instances", R, "{'DBInstances':[]}")
                .doc("rds.clusters", R, "{'DBClusters':[]}")
                .doc("ec2.ebs_encryption", R, volumes())
                .build();
        assertThat(run(new BackupDataStoresProtected(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:backup:eu-west-1:111122223333:data-stores", CheckStatus.NOT_APPLICABLE));
    }

    @Test
    void arnPatternsUseStarForAnyRunOfCharacters() {
        assertThat(PlanSelections.matches("*", ORDERS)).isTrue();
        assertThat(PlanSelections.matches("arn:aws:rds:*:*:db:ord*", ORDERS)).isTrue();
        assertThat(PlanSelections.matches("arn:aws:rds:*:*:db:orders", ORDERS)).isTrue();
        assertThat(PlanSelections.matches("arn:aws:rds:*:*:db:order", ORDERS)).isFalse();
        assertThat(PlanSelections.matches("arn:aws:rds:us-east-1:*:db:*", ORDERS))
                .isFalse();
        assertThat(PlanSelections.matches("arn:aws:rds:eu-west-1:111122223333:db:(.*)", ORDERS))
                .as("no regex")
                .isFalse();
    }
}
