package dev.auditpack.check.rds;

/** Database descriptions as {@code rds.instances} and {@code rds.clusters} record them, for tests. */
final class RdsFixtures {
    private RdsFixtures() {}

    /** An instance in eu-west-1; {@code extra} is more members, e.g. {@code ,'DBClusterIdentifier':'ledger'}. */
    static String instance(String id, String extra) {
        return "{'DBInstanceIdentifier':'" + id + "','DBInstanceArn':'arn:aws:rds:eu-west-1:111122223333:db:" + id
                + "','Engine':'postgres'" + extra + "}";
    }

    static String cluster(String id, String extra) {
        return "{'DBClusterIdentifier':'" + id + "','DBClusterArn':'arn:aws:rds:eu-west-1:111122223333:cluster:" + id
                + "','Engine':'aurora-postgresql'" + extra + "}";
    }

    static String instances(String... instances) {
        return "{'DBInstances':[" + String.join(",", instances) + "]}";
    }

    static String clusters(String... clusters) {
        return "{'DBClusters':[" + String.join(",", clusters) + "]}";
    }

    static String db(String id) {
        return "arn:aws:rds:eu-west-1:111122223333:db:" + id;
    }
}
