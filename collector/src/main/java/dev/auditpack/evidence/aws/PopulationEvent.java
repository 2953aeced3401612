package dev.auditpack.evidence.aws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One CloudTrail management event of a change population, in compact form: one line of a population file
 * ({@code raw/<account>/<region>/cloudtrail.events/population-<id>.jsonl}). It names the locker file the event
 * was read from and that file's SHA-256, so an auditor can find the whole event as AWS wrote it.
 *
 * @param id           CloudTrail's {@code eventID}, unique per event: the item id samples are drawn by
 * @param time         {@code eventTime}, ISO-8601 UTC
 * @param source       {@code eventSource}, e.g. {@code iam.amazonaws.com}
 * @param name         {@code eventName}, e.g. {@code CreateUser}
 * @param actor        who acted: {@code userIdentity.arn}, else its type and principal id, else the invoking service
 * @param identityType {@code userIdentity.type} ({@code IAMUser}, {@code AssumedRole}, {@code Root}, …)
 * @param target       what was acted on: up to three {@code key=value} pairs of the request parameters
 * @param account      {@code recipientAccountId}
 * @param region       {@code awsRegion}
 * @param mfaUsed      {@code additionalEventData.MFAUsed} of a console sign-in, else null
 * @param file         locker path of the file the event was read from (a trail log file or a LookupEvents page)
 * @param sha256       SHA-256 of that file
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public record PopulationEvent(
        String id,
        String time,
        String source,
        String name,
        String actor,
        String identityType,
        String target,
        String account,
        String region,
        String mfaUsed,
        String file,
        String sha256) {

    /** Population files are sorted by time, then id. */
    public static final Comparator<PopulationEvent> ORDER =
            Comparator.comparing(PopulationEvent::time).thenComparing(PopulationEvent::id);

    /** Request parameters that name what an event acted on, most telling first. */
    private static final List<String> TARGET_KEYS = List.of(
            "userName",
            "roleName",
            "groupName",
            "policyArn",
            "policyName",
            "serialNumber",
            "accessKeyId",
            "groupId",
            "networkAclId",
            "routeTableId",
            "keyId",
            "stackName",
            "name",
            "trailName",
            "detectorId",
            "configurationRecorderName",
            "instanceArn",
            "permissionSetArn",
            "principalId");

    private static final ObjectMapper JSON = new ObjectMapper();

    public PopulationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The compact form of one CloudTrail record (an element of a log file's {@code Records}, or the parsed
     * {@code CloudTrailEvent} of a LookupEvents answer).
     *
     * @throws IllegalArgumentException when the record lacks {@code eventID}, {@code eventTime} or {@code eventName}
     */
    public static PopulationEvent of(JsonNode record, String file, String sha256) {
        String id = text(record, "eventID");
        String time = text(record, "eventTime");
        String name = text(record, "eventName");
        if (id == null || time == null || name == null) {
            throw new IllegalArgumentException("not a CloudTrail event: eventID, eventTime or eventName missing");
        }
        JsonNode who = record.path("userIdentity");
        String actor = text(who, "arn");
        if (actor == null && text(who, "type") != null) {
            actor = text(who, "type") + (text(who, "principalId") == null ? "" : ":" + text(who, "principalId"));
        }
        if (actor == null) {
            actor = text(who, "invokedBy");
        }
        return new PopulationEvent(
                id,
                time,
                text(record, "eventSource"),
                name,
                actor,
                text(who, "type"),
                target(record.path("requestParameters")),
                text(record, "recipientAccountId"),
                text(record, "awsRegion"),
                text(record.path("additionalEventData"), "MFAUsed"),
                file,
                sha256);
    }

    private static String target(JsonNode params) {
        if (!params.isObject()) {
            return null;
        }
        return targetOf(key -> {
            JsonNode v = params.get(key);
            return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
        });
    }

    /** Whether a request parameter is one {@link #target} names, so a streaming reader keeps only those. */
    public static boolean isTargetKey(String key) {
        return TARGET_KEYS.contains(key);
    }

    /** The target from the request parameters' scalar values, looked up by name (null when absent). */
    public static String targetOf(java.util.function.Function<String, String> params) {
        List<String> parts = new ArrayList<>();
        for (String key : TARGET_KEYS) {
            String v = params.apply(key);
            if (v != null && parts.size() < 3) {
                parts.add(key + "=" + v);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    /** The event as one line of a population file, without the line end. */
    public String toJsonLine() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one line of a population file.
     *
     * @throws IllegalArgumentException when the line is not such an event
     */
    public static PopulationEvent parse(String line) {
        try {
            return JSON.readValue(line, PopulationEvent.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a population event: " + e.getMessage(), e);
        }
    }
}
