package dev.auditpack.check.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.OperationResult;
import java.util.ArrayList;
import java.util.List;

/** The buckets recorded by the {@code s3.buckets} collector, with their per-bucket call results. */
final class Buckets {

    /** One bucket and what each call about it returned. */
    record Bucket(String name, String region, JsonNode calls) {
        String arn() {
            return "arn:aws:s3:::" + name;
        }

        OperationResult call(String operation) {
            return OperationResult.from(calls.get(operation));
        }
    }

    private Buckets() {
    }

    static List<Bucket> from(EvidenceDocument doc) {
        List<Bucket> out = new ArrayList<>();
        for (JsonNode b : doc.data().path("Buckets")) {
            JsonNode calls = b.path("calls");
            OperationResult location = OperationResult.from(calls.get("GetBucketLocation"));
            String region = "unknown";
            if (location.isOk()) {
                String c = location.response().path("LocationConstraint").asText("");
                region = c.isEmpty() ? "us-east-1" : "EU".equals(c) ? "eu-west-1" : c;
            }
            out.add(new Bucket(b.path("Name").asText(), region, calls));
        }
        return out;
    }

    /** Names of the four Block Public Access settings that are not on, or all four when none are set. */
    static List<String> blockSettingsOff(JsonNode configuration) {
        List<String> off = new ArrayList<>();
        for (String flag : new String[] {"BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"}) {
            if (!configuration.path(flag).asBoolean(false)) {
                off.add(flag);
            }
        }
        return off;
    }
}
