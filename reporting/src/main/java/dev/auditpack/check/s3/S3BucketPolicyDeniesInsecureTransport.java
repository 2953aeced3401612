package dev.auditpack.check.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Glob;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each bucket's policy refuses every request made without TLS: a statement with Effect {@code Deny}, Principal
 * {@code "*"} (or {@code {"AWS": "*"}}), Action {@code s3:*} (or {@code *}), Resource covering both the bucket
 * and its objects, and the condition {@code Bool} (or {@code BoolIfExists}) {@code aws:SecureTransport}
 * {@code false}. S3 accepts plain HTTP otherwise. No policy fails; a policy that cannot be read is a GAP.
 */
@AutoService(Check.class)
public final class S3BucketPolicyDeniesInsecureTransport extends BucketCheck {

    public S3BucketPolicyDeniesInsecureTransport() {
        super(
                "s3_bucket_policy_denies_insecure_transport",
                "S3 bucket policies refuse requests without TLS",
                Severity.MEDIUM,
                "S3 answers plain HTTP as well as HTTPS; without a policy that denies requests where aws:SecureTransport is "
                        + "false, a misconfigured client or tool can read or write the bucket's data in clear.",
                "Add to the bucket policy a statement with Effect Deny, Principal \"*\", Action \"s3:*\", Resource the bucket "
                        + "ARN and the bucket ARN followed by /*, and Condition {\"Bool\": {\"aws:SecureTransport\": \"false\"}}.",
                List.of(S3Evidence.BUCKETS));
    }

    @Override
    Finding judge(EvidenceSet evidence, String account, S3Evidence.Bucket b, String path) {
        OperationResult policy = b.call(S3Evidence.GET_BUCKET_POLICY);
        if (policy.outcome() == Outcome.ABSENT) {
            return fail(
                    account,
                    b.region(),
                    b.arn(),
                    "Bucket " + b.name() + " has no bucket policy, so it accepts requests " + "without TLS.",
                    path);
        }
        if (!policy.isOk()) {
            return gap(
                    account,
                    b.region(),
                    b.arn(),
                    "The policy of bucket " + b.name() + " could not be read (" + policy.errorCode() + ").",
                    path);
        }
        var doc = BucketPolicy.parse(policy.response().path("Policy").asText(""));
        if (doc.isEmpty()) {
            return gap(
                    account, b.region(), b.arn(), "The policy of bucket " + b.name() + " is not readable JSON.", path);
        }
        List<String> partial = new ArrayList<>();
        List<JsonNode> statements = new ArrayList<>();
        JsonNode s = doc.get().path("Statement");
        if (s.isArray()) {
            s.forEach(statements::add);
        } else if (s.isObject()) {
            statements.add(s);
        }
        for (int i = 0; i < statements.size(); i++) {
            JsonNode st = statements.get(i);
            if (!"Deny".equalsIgnoreCase(st.path("Effect").asText()) || !insecureTransport(st.path("Condition"))) {
                continue;
            }
            String name = st.path("Sid").asText("").isBlank()
                    ? "statement " + (i + 1)
                    : "statement " + st.path("Sid").asText();
            List<String> missing = new ArrayList<>();
            if (!everyone(st)) {
                missing.add("not every principal");
            }
            if (!values(st.path("Action")).stream().anyMatch(a -> a.equals("*") || a.equalsIgnoreCase("s3:*"))) {
                missing.add("not every S3 action");
            }
            List<String> resources = values(st.path("Resource"));
            boolean bucket = resources.stream().anyMatch(r -> Glob.of(r).matches(b.arn()));
            boolean objects = resources.stream().anyMatch(r -> Glob.of(r).matches(b.arn() + "/any/object"));
            if (!bucket || !objects) {
                missing.add(
                        !bucket && !objects
                                ? "neither the bucket nor its objects"
                                : !bucket ? "not the bucket itself" : "not its objects");
            }
            if (missing.isEmpty()) {
                return pass(
                        account,
                        b.region(),
                        b.arn(),
                        "The policy of bucket " + b.name() + " denies every request made " + "without TLS (" + name
                                + ").",
                        path);
            }
            partial.add(name + " covers " + String.join(", ", missing));
        }
        return fail(
                account,
                b.region(),
                b.arn(),
                "The policy of bucket " + b.name() + " does not deny all requests made " + "without TLS"
                        + (partial.isEmpty() ? "" : ": " + String.join("; ", partial)) + ".",
                path);
    }

    /** Whether the condition matches requests without TLS: Bool or BoolIfExists on aws:SecureTransport false. */
    private static boolean insecureTransport(JsonNode condition) {
        for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            String operator = op.getKey().toLowerCase(Locale.ROOT);
            if (!operator.equals("bool") && !operator.equals("boolifexists")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> key = keys.next();
                if (key.getKey().equalsIgnoreCase("aws:SecureTransport")
                        && values(key.getValue()).stream().anyMatch(v -> v.equalsIgnoreCase("false"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean everyone(JsonNode statement) {
        JsonNode principal = statement.path("Principal");
        if (principal.isTextual()) {
            return principal.asText().strip().equals("*");
        }
        return values(principal.path("AWS")).stream().anyMatch(p -> p.strip().equals("*"));
    }

    /** A policy element's values, whether one string or a list. */
    private static List<String> values(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> out.add(v.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asText());
        }
        return out;
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "S3 ListBuckets; GetBucketPolicy per bucket (the policy document: each statement's Effect, Principal, "
                        + "Action, Resource and Condition).",
                "Every S3 bucket ListBuckets returned in every account in scope.",
                "A bucket passes when its policy has a statement with Effect Deny, Principal * (or {\"AWS\": \"*\"}), "
                        + "Action s3:* (or *), Resources that match both the bucket ARN and its objects (wildcards allowed), "
                        + "and the condition Bool or BoolIfExists aws:SecureTransport false. A bucket without a policy fails, "
                        + "and so does one whose policy has no such statement or whose TLS statements leave out principals, "
                        + "actions, the bucket or its objects. A policy that could not be read, or is not JSON, is a gap.",
                "Open raw/<account>/global/s3.buckets.json; for each element of data.Buckets[], read "
                        + "calls.GetBucketPolicy (outcome ABSENT means no policy) and the policy JSON in its "
                        + "response.Policy; look for a statement that meets the rule."));
    }
}
