package dev.auditpack.emulator;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names the AWS operation a request calls: from {@code X-Amz-Target} (AWS JSON), the {@code Action} parameter
 * (query, EC2), S3's method + path + sub-resource, or a table of REST-JSON routes; otherwise
 * {@code METHOD /path}.
 */
final class OperationNames {

    private static final Map<String, String> REST_ROUTES = Map.ofEntries(
            Map.entry("securityhub POST /standards/get", "GetEnabledStandards"),
            Map.entry("securityhub GET /accounts", "DescribeHub"),
            Map.entry("securityhub POST /accounts", "EnableSecurityHub"),
            Map.entry("access-analyzer GET /analyzer", "ListAnalyzers"),
            Map.entry("access-analyzer POST /finding", "ListFindings"),
            Map.entry("cloudfront GET /2020-05-31/distribution", "ListDistributions"),
            Map.entry("artifact GET /v1/report/list", "ListReports"),
            Map.entry("artifact GET /v1/report/getMetadata", "GetReportMetadata"),
            Map.entry("artifact GET /v1/report/getTermForReport", "GetTermForReport"),
            Map.entry("artifact GET /v1/report/get", "GetReport"),
            Map.entry("artifact GET /v1/customer-agreement/list", "ListCustomerAgreements"),
            Map.entry("artifact GET /v1/account-settings/get", "GetAccountSettings"),
            Map.entry("guardduty GET /detector", "ListDetectors"),
            Map.entry("backup GET /backup/plans/", "ListBackupPlans"),
            Map.entry("backup PUT /backup/plans/", "CreateBackupPlan"),
            Map.entry("backup GET /resources/", "ListProtectedResources"),
            Map.entry("backup GET /backup-jobs/", "ListBackupJobs"));

    /** REST-JSON routes with path parameters, tried in order after the exact ones. */
    private static final List<Map.Entry<Pattern, String>> REST_PATTERNS = List.of(
            Map.entry(Pattern.compile("guardduty POST /detector/[^/]+/findings/get"), "GetFindings"),
            Map.entry(Pattern.compile("guardduty POST /detector/[^/]+/findings"), "ListFindings"),
            Map.entry(Pattern.compile("backup GET /backup/plans/[^/]+/selections/?"), "ListBackupSelections"),
            Map.entry(Pattern.compile("backup GET /backup/plans/[^/]+/selections/[^/]+/?"), "GetBackupSelection"),
            Map.entry(Pattern.compile("backup GET /backup/plans/[^/]+/?"), "GetBackupPlan"));

    private static final Map<String, String> S3_SUBRESOURCES = Map.ofEntries(
            Map.entry("policy", "BucketPolicy"), Map.entry("policyStatus", "BucketPolicyStatus"),
            Map.entry("encryption", "BucketEncryption"), Map.entry("publicAccessBlock", "PublicAccessBlock"),
            Map.entry("versioning", "BucketVersioning"), Map.entry("acl", "BucketAcl"),
            Map.entry("logging", "BucketLogging"), Map.entry("location", "BucketLocation"),
            Map.entry("tagging", "BucketTagging"), Map.entry("lifecycle", "BucketLifecycleConfiguration"),
            Map.entry("ownershipControls", "BucketOwnershipControls"),
                    Map.entry("object-lock", "ObjectLockConfiguration"));

    private OperationNames() {}

    static String of(GatewayRequest r) {
        String target = r.header("X-Amz-Target");
        if (target != null) {
            return target.substring(target.lastIndexOf('.') + 1);
        }
        String action = r.form().getOrDefault("Action", r.query().get("Action"));
        if (action != null) {
            return action;
        }
        if ("s3".equals(r.service()) && !r.rawPath().startsWith("/v20180820")) {
            return s3(r);
        }
        String call = r.service() + " " + r.method() + " " + r.rawPath();
        String route = REST_ROUTES.get(call);
        if (route != null) {
            return route;
        }
        return REST_PATTERNS.stream()
                .filter(p -> p.getKey().matcher(call).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(r.method() + " " + r.rawPath());
    }

    private static String s3(GatewayRequest r) {
        List<String> path = r.pathSegments();
        String verb = switch (r.method()) {
            case "GET" -> "Get";
            case "PUT" -> "Put";
            case "DELETE" -> "Delete";
            case "HEAD" -> "Head";
            default -> r.method();
        };
        if (path.isEmpty()) {
            return "GET".equals(r.method()) ? "ListBuckets" : r.method() + " /";
        }
        if (path.size() > 1) {
            return verb + "Object";
        }
        for (String key : r.query().keySet()) {
            String sub = S3_SUBRESOURCES.get(key);
            if (sub != null) {
                return verb + sub;
            }
        }
        return switch (r.method()) {
            case "GET" -> "2".equals(r.query().get("list-type")) ? "ListObjectsV2" : "ListObjects";
            case "PUT" -> "CreateBucket";
            default -> verb + "Bucket";
        };
    }
}
