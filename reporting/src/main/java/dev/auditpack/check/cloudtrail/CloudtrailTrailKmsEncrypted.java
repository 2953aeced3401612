package dev.auditpack.check.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.CloudTrailEvidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every CloudTrail trail encrypts its log files with a KMS key. Every trail is judged, not only the one that
 * meets {@code cloudtrail_multi_region_logging_validated}: any trail's logs hold the account's API history.
 * A trail appears in the evidence of each region it covers; it is judged once, in its home region.
 */
@AutoService(Check.class)
public final class CloudtrailTrailKmsEncrypted extends EvidenceCheck {

    public CloudtrailTrailKmsEncrypted() {
        super(
                "cloudtrail_trail_kms_encrypted",
                "CloudTrail trails encrypt logs with KMS",
                Severity.MEDIUM,
                "With a KMS key, reading the logs needs both S3 access and permission to decrypt, so a mistake in the "
                        + "bucket policy alone does not expose the account's API history; key use is itself logged.",
                "Create a customer managed KMS key whose policy lets CloudTrail encrypt and your log readers decrypt, and "
                        + "set it as the trail's KMS key (UpdateTrail --kms-key-id).",
                List.of(CloudTrailEvidence.TRAILS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            Map<String, JsonNode> trails = new LinkedHashMap<>();
            Map<String, String> paths = new LinkedHashMap<>();
            boolean unreadable = false;
            for (String region : evidence.regions(account)) {
                var found = evidence.require(
                        this,
                        CloudTrailEvidence.TRAILS,
                        account,
                        region,
                        Arn.regional("cloudtrail", region, account, "trails"),
                        findings);
                if (found.isEmpty()) {
                    unreadable = true;
                    continue;
                }
                for (JsonNode t : found.get().document().data().path("Trails")) {
                    String arn = t.path("TrailARN").asText();
                    trails.putIfAbsent(arn, t);
                    paths.putIfAbsent(arn, found.get().path());
                }
            }
            if (trails.isEmpty() && !unreadable) {
                findings.add(notApplicable(
                        account,
                        Target.GLOBAL,
                        Arn.global(evidence.partition(account), "cloudtrail", account, "trails"),
                        "The account has no CloudTrail trail; cloudtrail_multi_region_logging_validated fails that.",
                        paths.values().toArray(String[]::new)));
            }
            trails.forEach((arn, t) -> {
                String region = t.path("HomeRegion").asText(Target.GLOBAL);
                String name = "Trail " + t.path("Name").asText(arn);
                String key = t.path("KmsKeyId").asText("");
                findings.add(
                        key.isEmpty()
                                ? fail(
                                        account,
                                        region,
                                        arn,
                                        name + " has no KMS key; its log files have only S3's default " + "encryption.",
                                        paths.get(arn))
                                : pass(
                                        account,
                                        region,
                                        arn,
                                        name + " encrypts its log files with KMS key " + key + ".",
                                        paths.get(arn)));
            });
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "CloudTrail DescribeTrails in every region: KmsKeyId and HomeRegion of each trail.",
                "Every trail of every account in scope, judged once in its home region.",
                "A trail passes when it names a KmsKeyId (SSE-KMS) and fails otherwise. No trail at all is "
                        + "not applicable here; a region whose trails could not be read is a gap.",
                "Open raw/<account>/<region>/cloudtrail.trails.json for each region; for each element of "
                        + "data.Trails[] whose HomeRegion is that region, check that KmsKeyId is present."));
    }
}
