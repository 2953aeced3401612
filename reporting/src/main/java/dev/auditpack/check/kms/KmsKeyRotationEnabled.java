package dev.auditpack.check.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.KmsEvidence;
import java.util.List;
import java.util.Optional;

/**
 * Each enabled customer managed symmetric KMS key with AWS-generated key material rotates automatically.
 * AWS managed keys (AWS rotates them), asymmetric and HMAC keys, keys with imported or external key material
 * (none of which can rotate automatically), and keys that are not enabled (disabled, pending deletion or
 * import) are NOT_APPLICABLE.
 */
@AutoService(Check.class)
public final class KmsKeyRotationEnabled extends EvidenceCheck {

    public KmsKeyRotationEnabled() {
        super(
                "kms_key_rotation_enabled",
                "Customer managed KMS keys rotate automatically",
                Severity.MEDIUM,
                "Rotation limits how much data one version of key material protects and how long a leaked version stays useful.",
                "Enable automatic rotation on the key (KMS > Customer managed keys > Key rotation), optionally with a shorter rotation period.",
                List.of(KmsEvidence.KEYS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String scope = Arn.regional("kms", region, account, "keys");
                evidence.require(this, KmsEvidence.KEYS, account, region, scope, findings)
                        .ifPresent(found -> {
                            for (JsonNode key : listed(
                                    found,
                                    "Keys",
                                    "key",
                                    account,
                                    region,
                                    scope,
                                    "The region has no KMS keys.",
                                    findings)) {
                                findings.add(judge(account, region, key, found.path()));
                            }
                        });
            }
        }
    }

    private Finding judge(String account, String region, JsonNode key, String path) {
        String id = key.path("KeyId").asText();
        String arn = key.path("KeyArn").asText(Arn.regional("kms", region, account, "key/" + id));
        OperationResult described = OperationResult.from(key.path("calls").get(KmsEvidence.DESCRIBE_KEY));
        if (!described.isOk()) {
            return gap(
                    account,
                    region,
                    arn,
                    "KMS key " + id + " could not be described (" + described.errorCode() + ").",
                    path);
        }
        JsonNode meta = described.response().path("KeyMetadata");
        String manager = meta.path("KeyManager").asText("");
        String state = meta.path("KeyState").asText("");
        String spec =
                meta.path("KeySpec").asText(meta.path("CustomerMasterKeySpec").asText(""));
        String origin = meta.path("Origin").asText("");
        if (manager.equals("AWS")) {
            return notApplicable(account, region, arn, "KMS key " + id + " is AWS managed; AWS rotates it.", path);
        }
        if (!manager.equals("CUSTOMER")) {
            return gap(account, region, arn, "KMS key " + id + " has no readable key manager.", path);
        }
        if (!state.equals("Enabled")) {
            return notApplicable(account, region, arn, "KMS key " + id + " is not enabled (" + state + ").", path);
        }
        if (!spec.isEmpty() && !spec.equals("SYMMETRIC_DEFAULT")) {
            return notApplicable(
                    account,
                    region,
                    arn,
                    "KMS key " + id + " is a " + spec + " key, which cannot rotate automatically.",
                    path);
        }
        if (!origin.isEmpty() && !origin.equals("AWS_KMS")) {
            return notApplicable(
                    account,
                    region,
                    arn,
                    "KMS key " + id + " has key material from " + origin + ", which cannot rotate automatically.",
                    path);
        }
        OperationResult rotation = OperationResult.from(key.path("calls").get(KmsEvidence.GET_KEY_ROTATION_STATUS));
        if (!rotation.isOk()) {
            return gap(
                    account,
                    region,
                    arn,
                    "The rotation of KMS key " + id + " could not be read (" + rotation.errorCode() + ").",
                    path);
        }
        JsonNode period = rotation.response().path("RotationPeriodInDays");
        return rotation.response().path("KeyRotationEnabled").asBoolean(false)
                ? pass(
                        account,
                        region,
                        arn,
                        "KMS key " + id + " rotates automatically"
                                + (period.isInt() ? " every " + period.asInt() + " days." : "."),
                        path)
                : fail(account, region, arn, "KMS key " + id + " does not rotate automatically.", path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "KMS ListKeys; DescribeKey per key (KeyManager, KeySpec, Origin, KeyState) and "
                        + "GetKeyRotationStatus (KeyRotationEnabled, RotationPeriodInDays).",
                "Every KMS key in every region of every account in scope; customer managed, enabled, "
                        + "symmetric keys with AWS_KMS key material are judged, the others are not applicable.",
                "A judged key passes when KeyRotationEnabled is true and fails otherwise. A key whose "
                        + "description or rotation status could not be read is a gap.",
                "Open raw/<account>/<region>/kms.keys.json for each region; for each element of data.Keys[], "
                        + "read calls.DescribeKey.response.KeyMetadata (KeyManager CUSTOMER, KeySpec SYMMETRIC_DEFAULT, "
                        + "Origin AWS_KMS, KeyState Enabled) and "
                        + "calls.GetKeyRotationStatus.response.KeyRotationEnabled."));
    }
}
