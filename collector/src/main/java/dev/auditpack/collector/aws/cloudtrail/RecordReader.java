package dev.auditpack.collector.aws.cloudtrail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.auditpack.evidence.aws.PopulationEvent;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one CloudTrail record from a streaming parser into its compact form, keeping only the members a population
 * event needs and skipping the rest without building them, which makes reading millions of events several times
 * quicker than building each as a tree. It reads exactly what {@link PopulationEvent#of} reads from a tree.
 */
final class RecordReader {

    private RecordReader() {}

    /**
     * Reads the record the parser is at (its {@code START_OBJECT}) up to its end.
     *
     * @return the event, or null for a data event ({@code managementEvent: false})
     * @throws IllegalArgumentException when the record lacks {@code eventID}, {@code eventTime} or {@code eventName}
     */
    static PopulationEvent read(JsonParser p, String file, String sha256) throws IOException {
        String id = null;
        String time = null;
        String source = null;
        String name = null;
        String account = null;
        String region = null;
        String mfa = null;
        String type = null;
        String arn = null;
        String principal = null;
        String invokedBy = null;
        Map<String, String> params = null;
        boolean management = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "eventID" -> id = scalar(p, value);
                case "eventTime" -> time = scalar(p, value);
                case "eventSource" -> source = scalar(p, value);
                case "eventName" -> name = scalar(p, value);
                case "recipientAccountId" -> account = scalar(p, value);
                case "awsRegion" -> region = scalar(p, value);
                case "managementEvent" -> management = value != JsonToken.VALUE_FALSE;
                case "userIdentity" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String member = p.currentName();
                            JsonToken v = p.nextToken();
                            switch (member) {
                                case "type" -> type = scalar(p, v);
                                case "arn" -> arn = scalar(p, v);
                                case "principalId" -> principal = scalar(p, v);
                                case "invokedBy" -> invokedBy = scalar(p, v);
                                default -> p.skipChildren();
                            }
                        }
                    }
                }
                case "additionalEventData" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String member = p.currentName();
                            JsonToken v = p.nextToken();
                            if ("MFAUsed".equals(member)) {
                                mfa = scalar(p, v);
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                }
                case "requestParameters" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String member = p.currentName();
                            JsonToken v = p.nextToken();
                            String text = scalar(p, v);
                            if (text != null && PopulationEvent.isTargetKey(member)) {
                                if (params == null) {
                                    params = new HashMap<>();
                                }
                                params.put(member, text);
                            }
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (!management) {
            return null;
        }
        if (id == null || time == null || name == null) {
            throw new IllegalArgumentException("not a CloudTrail event: eventID, eventTime or eventName missing");
        }
        String actor = arn;
        if (actor == null && type != null) {
            actor = type + (principal == null ? "" : ":" + principal);
        }
        if (actor == null) {
            actor = invokedBy;
        }
        Map<String, String> found = params;
        return new PopulationEvent(
                id,
                time,
                source,
                name,
                actor,
                type,
                found == null ? null : PopulationEvent.targetOf(found::get),
                account,
                region,
                mfa,
                file,
                sha256);
    }

    /** A scalar's text; null for JSON null; an object or array is skipped and reads as null. */
    private static String scalar(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }
}
