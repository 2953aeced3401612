package dev.auditpack.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.demo.DemoLocker;
import dev.auditpack.evidence.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Two quarters of the demo company's evidence, made from the demo locker. The third quarter's: observed on 25 September
 * 2026, with the export bucket versioned, the data bucket's versioning suspended and MFA on the root user. The fourth
 * quarter's: the demo as it is (the export bucket unversioned, the data bucket versioned, root without MFA), except
 * that Lambda in us-east-1 was not collected and KMS in eu-west-1 failed with AccessDenied. Every changed file is
 * hashed again into the index, so both lockers verify.
 */
final class QuarterLockers {

    static final String ACCOUNT = "123456789012";
    static final String BUCKETS = "raw/" + ACCOUNT + "/global/s3.buckets.json";
    static final String SUMMARY = "raw/" + ACCOUNT + "/global/iam.account_summary.json";
    static final String LAMBDA = "raw/" + ACCOUNT + "/us-east-1/lambda.functions.json";
    static final String KMS = "raw/" + ACCOUNT + "/eu-west-1/kms.keys.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuarterLockers() {}

    /** The third quarter's locker, in {@code dir}. */
    static Path third(Path dir) {
        return earlier(dir, "2026-09-25T", "2026-Q3", "2026-07-01", "2026-09-30");
    }

    /** The second quarter's: the third quarter's evidence, observed on 20 June 2026. */
    static Path second(Path dir) {
        return earlier(dir, "2026-06-20T", "2026-Q2", "2026-04-01", "2026-06-30");
    }

    private static Path earlier(Path dir, String day, String label, String start, String end) {
        Path locker = DemoLocker.extractTo(dir);
        try {
            ObjectNode buckets =
                    (ObjectNode) JSON.readTree(locker.resolve(BUCKETS).toFile());
            for (JsonNode b : buckets.at("/data/Buckets")) {
                ObjectNode versioning = (ObjectNode) b.at("/calls/GetBucketVersioning/response");
                switch (b.get("Name").asText()) {
                    case "northwind-tmp-exports" -> versioning.put("Status", "Enabled");
                    case "northwind-analytics-data" -> versioning.put("Status", "Suspended");
                    default -> {}
                }
            }
            write(locker, BUCKETS, buckets);
            ObjectNode summary =
                    (ObjectNode) JSON.readTree(locker.resolve(SUMMARY).toFile());
            ((ObjectNode) summary.at("/data/GetAccountSummary/response/SummaryMap")).put("AccountMFAEnabled", 1);
            write(locker, SUMMARY, summary);
            Path index = locker.resolve("index.json");
            String text = Files.readString(index)
                    .replace("2026-12-02T", day)
                    .replace("\"end\" : \"2026-12-31\"", "\"end\" : \"" + end + "\"")
                    .replace("\"label\" : \"2026-Q4\"", "\"label\" : \"" + label + "\"")
                    .replace("\"start\" : \"2026-10-01\"", "\"start\" : \"" + start + "\"");
            Files.writeString(index, text);
            return locker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fourth quarter's locker, in {@code dir}. */
    static Path fourth(Path dir) {
        Path locker = DemoLocker.extractTo(dir);
        try {
            Path index = locker.resolve("index.json");
            ObjectNode root = (ObjectNode) JSON.readTree(index.toFile());
            ArrayNode evidence = (ArrayNode) root.get("evidence");
            for (Iterator<JsonNode> i = evidence.iterator(); i.hasNext(); ) {
                String path = i.next().get("path").asText();
                if (path.equals(LAMBDA) || path.equals(KMS)) {
                    i.remove();
                    Files.delete(locker.resolve(path));
                }
            }
            ObjectNode error = ((ArrayNode) root.get("errors")).addObject();
            error.put("collector", "kms.keys")
                    .put("account", ACCOUNT)
                    .put("region", "eu-west-1")
                    .put("operation", "ListKeys")
                    .put("iamAction", "kms:ListKeys")
                    .put("errorCode", "AccessDeniedException")
                    .put("httpStatus", 400)
                    .put("message", "User is not authorized to perform: kms:ListKeys")
                    .put("category", "ACCESS_DENIED")
                    .put("occurredAt", root.get("finishedAt").asText());
            JSON.writerWithDefaultPrettyPrinter().writeValue(index.toFile(), root);
            return locker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an evidence file and records its new SHA-256 and size in the index. */
    private static void write(Path locker, String path, JsonNode content) throws IOException {
        Path file = locker.resolve(path);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), content);
        Path index = locker.resolve("index.json");
        JsonNode root = JSON.readTree(index.toFile());
        for (JsonNode entry : root.get("evidence")) {
            if (entry.get("path").asText().equals(path)) {
                ((ObjectNode) entry).put("sha256", Digests.sha256(file)).put("size", Files.size(file));
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(index.toFile(), root);
    }
}
