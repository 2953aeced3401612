package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * CloudTrail records in the format CloudTrail writes them (to log files, and as the {@code CloudTrailEvent} string
 * of a LookupEvents answer): {@code eventVersion} 1.09 with {@code userIdentity}, {@code eventTime},
 * {@code eventSource}, {@code eventName}, {@code awsRegion}, {@code requestParameters}, {@code eventID},
 * {@code managementEvent}, {@code recipientAccountId} and {@code eventCategory}; and log files, a gzipped
 * {@code {"Records": [...]}}.
 */
public final class CloudTrailRecords {

    private CloudTrailRecords() {}

    /** An IAM user's management event. */
    public static ObjectNode event(
            String account, String region, String time, String source, String name, String user, String params) {
        ObjectNode r = GatewayResponse.JSON.createObjectNode();
        r.put("eventVersion", "1.09");
        ObjectNode who = r.putObject("userIdentity");
        who.put("type", "IAMUser")
                .put(
                        "principalId",
                        "AIDA" + Integer.toHexString(user.hashCode()).toUpperCase())
                .put("arn", "arn:aws:iam::" + account + ":user/" + user)
                .put("accountId", account)
                .put("accessKeyId", "AKIAEXAMPLE")
                .put("userName", user);
        r.put("eventTime", time)
                .put("eventSource", source)
                .put("eventName", name)
                .put("awsRegion", region)
                .put("sourceIPAddress", "198.51.100.7")
                .put("userAgent", "aws-cli/2.15.0");
        try {
            r.set("requestParameters", params == null ? null : GatewayResponse.JSON.readTree(params));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.putNull("responseElements");
        r.put(
                        "requestID",
                        UUID.nameUUIDFromBytes((time + name + "r").getBytes()).toString())
                .put(
                        "eventID",
                        UUID.nameUUIDFromBytes((account + region + time + name + user).getBytes())
                                .toString())
                .put("readOnly", name.startsWith("Describe") || name.startsWith("List") || name.startsWith("Get"))
                .put("eventType", "AwsApiCall")
                .put("managementEvent", true)
                .put("recipientAccountId", account)
                .put("eventCategory", "Management");
        return r;
    }

    /** The root user signing in to the console without MFA. */
    public static ObjectNode rootConsoleLogin(String account, String time) {
        ObjectNode r = event(account, "us-east-1", time, "signin.amazonaws.com", "ConsoleLogin", "root", null);
        ((ObjectNode) r.get("userIdentity"))
                .put("type", "Root")
                .put("principalId", account)
                .put("arn", "arn:aws:iam::" + account + ":root")
                .remove(List.of("userName", "accessKeyId"));
        r.put("eventType", "AwsConsoleSignIn").put("readOnly", false);
        r.putObject("responseElements").put("ConsoleLogin", "Success");
        r.putObject("additionalEventData")
                .put("LoginTo", "https://console.aws.amazon.com/console/home")
                .put("MobileVersion", "No")
                .put("MFAUsed", "No");
        return r;
    }

    /** A data event (an S3 object read), which no population counts. */
    public static ObjectNode dataEvent(String account, String region, String time) {
        ObjectNode r = event(
                account,
                region,
                time,
                "s3.amazonaws.com",
                "GetObject",
                "reader",
                "{\"bucketName\":\"b\",\"key\":\"k\"}");
        r.put("managementEvent", false).put("eventCategory", "Data");
        return r;
    }

    /** A log file as CloudTrail writes it: {@code {"Records": [...]}}, gzipped. */
    public static byte[] logFile(List<? extends JsonNode> records) {
        ObjectNode file = GatewayResponse.JSON.createObjectNode();
        file.putArray("Records")
                .addAll(records.stream().map(JsonNode.class::cast).toList());
        try {
            return gzip(GatewayResponse.JSON.writeValueAsBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The key CloudTrail gives a log file: {@code <prefix>/<account>_CloudTrail_<region>_<yyyymmdd>T<hhmm>Z_<id>.json.gz}. */
    public static String key(String folder, String account, String region, Instant at, String id) {
        String stamp = at.toString().replace("-", "").replace(":", "").substring(0, 13) + "Z";
        return folder + account + "_CloudTrail_" + region + "_" + stamp + "_" + id + ".json.gz";
    }
}
