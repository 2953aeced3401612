package dev.auditpack.check.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.EvidenceJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An IAM policy document as {@code iam.authorization_details} records it: the URL-encoded JSON text IAM
 * returns. Text that already starts with <code>{</code> (some emulators send it decoded) is read as it is;
 * anything else is URL-decoded first.
 */
final class PolicyDocument {

    private PolicyDocument() {}

    /** The document as JSON, or empty when it is missing or is not a JSON object. */
    static Optional<JsonNode> read(JsonNode stored) {
        if (stored == null || stored.isMissingNode() || stored.isNull()) {
            return Optional.empty();
        }
        if (stored.isObject()) {
            return Optional.of(stored);
        }
        String text = stored.asText().strip();
        try {
            if (!text.startsWith("{")) {
                text = URLDecoder.decode(text, StandardCharsets.UTF_8);
            }
            JsonNode doc = EvidenceJson.mapper().readTree(text);
            return doc != null && doc.isObject() ? Optional.of(doc) : Optional.empty();
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * The statements that allow every action ({@code *} or {@code *:*}) on every resource ({@code *}), named
     * by Sid or position. A Condition does not excuse a statement: it still grants full control whenever it
     * holds. Deny statements and NotAction/NotResource are not weighed.
     */
    static List<String> fullAdminStatements(JsonNode doc) {
        List<String> out = new ArrayList<>();
        JsonNode statements = doc.path("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else if (statements.isObject()) {
            list.add(statements);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            if ("Allow".equalsIgnoreCase(s.path("Effect").asText())
                    && any(s.path("Action"), a -> a.equals("*") || a.equals("*:*"))
                    && any(s.path("Resource"), r -> r.equals("*"))) {
                String name = s.path("Sid").asText("").isBlank()
                        ? "statement " + (i + 1)
                        : "statement " + s.path("Sid").asText();
                out.add(s.has("Condition") ? name + " (under a condition)" : name);
            }
        }
        return out;
    }

    private static boolean any(JsonNode values, Predicate<String> test) {
        if (values.isTextual()) {
            return test.test(values.asText().strip());
        }
        for (JsonNode v : values) {
            if (v.isTextual() && test.test(v.asText().strip())) {
                return true;
            }
        }
        return false;
    }
}
