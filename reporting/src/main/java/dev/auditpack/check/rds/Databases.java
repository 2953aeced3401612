package dev.auditpack.check.rds;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.aws.RdsEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The database instances or clusters of one region, as {@code rds.instances} and {@code rds.clusters} record them. */
enum Databases {
    INSTANCES(RdsEvidence.INSTANCES, "DBInstances", "DBInstanceIdentifier", "instance"),
    CLUSTERS(RdsEvidence.CLUSTERS, "DBClusters", "DBClusterIdentifier", "cluster");

    /** The fewest days of automated backups a database must keep; 0 means automated backups are off. */
    static final int MIN_BACKUP_RETENTION_DAYS = 7;

    /** One instance or cluster as described. */
    record Database(String id, String arn, String noun, JsonNode node) {

        /** For an instance, the cluster it belongs to (Aurora, Neptune, DocumentDB, Multi-AZ DB clusters). */
        Optional<String> cluster() {
            return noun.equals("cluster") ? Optional.empty() : RdsEvidence.clusterOf(node);
        }

        /** "Database instance orders-db" or "Database cluster ledger". */
        String named() {
            return "Database " + noun + " " + id;
        }
    }

    private final String collector;
    private final String list;
    private final String idField;
    private final String noun;

    Databases(String collector, String list, String idField, String noun) {
        this.collector = collector;
        this.list = list;
        this.idField = idField;
        this.noun = noun;
    }

    String collector() {
        return collector;
    }

    String noun() {
        return noun;
    }

    /** The databases of a document, or empty when the list is missing from it. */
    Optional<List<Database>> from(JsonNode data, String account, String region) {
        if (!data.path(list).isArray()) {
            return Optional.empty();
        }
        List<Database> out = new ArrayList<>();
        for (JsonNode d : data.path(list)) {
            String id = d.path(idField).asText();
            String arn = this == INSTANCES
                    ? RdsEvidence.instanceArn(d, region, account)
                    : RdsEvidence.clusterArn(d, region, account);
            out.add(new Database(id, arn, noun, d));
        }
        return Optional.of(out);
    }
}
