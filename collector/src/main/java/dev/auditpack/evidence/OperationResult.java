package dev.auditpack.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The recorded result of one AWS call inside an evidence file: {@code {"outcome": "OK", "response": {...}}},
 * {@code {"outcome": "ABSENT", "errorCode": ...}} or {@code {"outcome": "ERROR", "errorCode": ..., "message": ...}}.
 *
 * @param outcome    what the call produced
 * @param response   the response as returned (missing unless {@link Outcome#OK})
 * @param errorCode  AWS error code for ABSENT and ERROR (may be null)
 * @param httpStatus HTTP status for ABSENT and ERROR (may be null)
 * @param message    error message for ERROR (may be null)
 */
public record OperationResult(
        Outcome outcome, JsonNode response, String errorCode, Integer httpStatus, String message) {

    public OperationResult {
        Objects.requireNonNull(outcome, "outcome");
        response = response == null ? MissingNode.getInstance() : response;
    }

    public static OperationResult ok(JsonNode response) {
        return new OperationResult(Outcome.OK, Objects.requireNonNull(response), null, null, null);
    }

    public static OperationResult absent(String errorCode, Integer httpStatus) {
        return new OperationResult(Outcome.ABSENT, null, errorCode, httpStatus, null);
    }

    public static OperationResult error(String errorCode, Integer httpStatus, String message) {
        return new OperationResult(Outcome.ERROR, null, errorCode, httpStatus, message);
    }

    /** The JSON form stored in evidence files. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("outcome", outcome.name());
        if (outcome == Outcome.OK) {
            node.set("response", response);
        }
        if (errorCode != null) {
            node.put("errorCode", errorCode);
        }
        if (httpStatus != null) {
            node.put("httpStatus", httpStatus);
        }
        if (message != null) {
            node.put("message", message);
        }
        return node;
    }

    /**
     * Reads a recorded result. A node that is missing or has no known outcome reads as an ERROR, so a
     * damaged or hand-edited file can never pass for a real answer.
     */
    public static OperationResult from(JsonNode node) {
        if (node == null || !node.isObject()) {
            return error("EvidenceMissing", null, "no recorded result for this call");
        }
        String text = node.path("outcome").asText("");
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(text);
        } catch (IllegalArgumentException e) {
            return error("EvidenceUnreadable", null, "unknown outcome '" + text + "'");
        }
        if (outcome == Outcome.OK && !node.has("response")) {
            return error("EvidenceUnreadable", null, "OK result without a response");
        }
        return new OperationResult(
                outcome,
                node.get("response"),
                node.hasNonNull("errorCode") ? node.get("errorCode").asText() : null,
                node.hasNonNull("httpStatus") ? node.get("httpStatus").asInt() : null,
                node.hasNonNull("message") ? node.get("message").asText() : null);
    }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }
}
