package dev.auditpack.check.rds;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.evidence.Arn;
import java.util.List;

/**
 * A check judged database by database, region by region: GAP for the region when its instances (or
 * clusters) could not be listed, NOT_APPLICABLE when it has none, one finding per database otherwise.
 */
abstract class DatabaseCheck extends EvidenceCheck {

    private final Databases kind;

    DatabaseCheck(String id, String title, Severity severity, String rationale, String remediation, Databases kind) {
        super(id, title, severity, rationale, remediation, List.of(kind.collector()));
        this.kind = kind;
    }

    /** Judges one database; {@code path} is the evidence file to cite. */
    abstract Finding judge(String account, String region, Databases.Database db, String path);

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String scope = Arn.regional("rds", region, account, kind.noun() + "s");
                evidence.require(this, kind.collector(), account, region, scope, findings)
                        .ifPresent(found -> {
                            var databases = kind.from(found.document().data(), account, region);
                            if (databases.isEmpty()) {
                                findings.add(gap(
                                        account,
                                        region,
                                        scope,
                                        "The database " + kind.noun() + " list of " + region
                                                + " is missing from the evidence.",
                                        found.path()));
                            } else if (databases.get().isEmpty()) {
                                findings.add(notApplicable(
                                        account,
                                        region,
                                        scope,
                                        "The region has no database " + kind.noun() + "s.",
                                        found.path()));
                            } else {
                                databases.get().forEach(db -> findings.add(judge(account, region, db, found.path())));
                            }
                        });
            }
        }
    }

    /**
     * PASS when a boolean field of the description has the wanted value, FAIL when it has the other, GAP
     * when it is missing. {@code whenTrue} and {@code whenFalse} complete the sentence after the name.
     */
    Finding onFlag(
            String account,
            String region,
            Databases.Database db,
            String field,
            boolean wanted,
            String whenTrue,
            String whenFalse,
            String path) {
        if (!db.node().path(field).isBoolean()) {
            return gap(account, region, db.arn(), db.named() + " has no " + field + " in the evidence.", path);
        }
        boolean value = db.node().path(field).asBoolean();
        String reason = db.named() + (value ? whenTrue : whenFalse);
        return value == wanted
                ? pass(account, region, db.arn(), reason, path)
                : fail(account, region, db.arn(), reason, path);
    }

    /** PASS when automated backups are kept at least {@link Databases#MIN_BACKUP_RETENTION_DAYS} days. */
    Finding onRetention(String account, String region, Databases.Database db, String path) {
        JsonNode days = db.node().path("BackupRetentionPeriod");
        if (!days.isInt()) {
            return gap(account, region, db.arn(), db.named() + " has no BackupRetentionPeriod in the evidence.", path);
        }
        int kept = days.asInt();
        if (kept >= Databases.MIN_BACKUP_RETENTION_DAYS) {
            return pass(
                    account, region, db.arn(), db.named() + " keeps automated backups for " + kept + " days.", path);
        }
        return fail(
                account,
                region,
                db.arn(),
                db.named()
                        + (kept == 0
                                ? " has automated backups turned off."
                                : " keeps automated backups for only " + kept + " day(s), fewer than "
                                        + Databases.MIN_BACKUP_RETENTION_DAYS + "."),
                path);
    }

    /** NOT_APPLICABLE for an instance whose cluster decides the property, naming the check that judges it. */
    Finding judgedByCluster(String account, String region, Databases.Database db, String clusterCheck, String path) {
        return notApplicable(
                account,
                region,
                db.arn(),
                db.named() + " belongs to cluster " + db.cluster().orElseThrow() + ", which " + clusterCheck
                        + " judges.",
                path);
    }
}
