package dev.auditpack.check.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.EvidenceJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bucket policy, and which of its statements let anyone in. A statement is public when it allows a
 * wildcard principal ({@code "*"} or {@code {"AWS": "*"}}, or any NotPrincipal) and no condition ties it
 * to a known network, organisation, account or source.
 */
final class BucketPolicy {

    /** Condition keys that confine a wildcard principal to a known network, organisation, account or source. */
    static final Set<String> RESTRICTING_KEYS = Set.of(
            "aws:sourceip",
            "aws:sourcevpc",
            "aws:sourcevpce",
            "aws:principalorgid",
            "aws:sourcearn",
            "aws:sourceaccount",
            "aws:principalaccount");

    /**
     * Operators that can only narrow access. Negated operators ({@code StringNotEquals}, {@code NotIpAddress}),
     * {@code ...IfExists} and {@code ForAllValues:} also match requests that lack the key, such as anonymous ones.
     */
    private static final Set<String> NARROWING_OPERATORS =
            Set.of("stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress");

    /** Values that match every request and so restrict nothing. */
    private static final Set<String> MATCH_ALL = Set.of("*", "0.0.0.0/0", "::/0");

    private BucketPolicy() {}

    /** The policy JSON from GetBucketPolicy's {@code Policy} text, or empty when it is not a JSON object. */
    static Optional<JsonNode> parse(String text) {
        try {
            JsonNode doc = EvidenceJson.mapper().readTree(text);
            return doc != null && doc.isObject() ? Optional.of(doc) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The public statements, each named by its Sid or position. */
    static List<String> publicStatements(JsonNode policy) {
        JsonNode statements = policy.path("Statement");
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else if (statements.isObject()) {
            list.add(statements);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            if ("Allow".equalsIgnoreCase(s.path("Effect").asText())
                    && (anyone(s) || s.has("NotPrincipal"))
                    && !restricted(s.path("Condition"))) {
                out.add(
                        s.path("Sid").asText("").isBlank()
                                ? "statement " + (i + 1)
                                : s.path("Sid").asText());
            }
        }
        return out;
    }

    private static boolean anyone(JsonNode statement) {
        JsonNode principal = statement.path("Principal");
        if (principal.isTextual()) {
            return principal.asText().strip().equals("*");
        }
        JsonNode aws = principal.path("AWS");
        if (aws.isTextual()) {
            return aws.asText().strip().equals("*");
        }
        for (JsonNode p : aws) {
            if (p.asText().strip().equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean restricted(JsonNode condition) {
        for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            String operator = op.getKey().toLowerCase(Locale.ROOT).replaceFirst("^foranyvalue:", "");
            if (!NARROWING_OPERATORS.contains(operator)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> key = keys.next();
                if (RESTRICTING_KEYS.contains(key.getKey().toLowerCase(Locale.ROOT)) && narrows(key.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether condition values name something specific: at least one value, and none that matches everything. */
    private static boolean narrows(JsonNode values) {
        List<String> all = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(v -> all.add(v.asText().strip()));
        } else {
            all.add(values.asText().strip());
        }
        return !all.isEmpty() && all.stream().noneMatch(v -> v.isEmpty() || MATCH_ALL.contains(v));
    }
}
