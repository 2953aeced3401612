package dev.auditpack.check.ec2;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.Ec2Evidence;
import java.util.List;
import java.util.Optional;

/** Every region encrypts new EBS volumes by default. One finding per region. */
@AutoService(Check.class)
public final class Ec2EbsDefaultEncryptionEnabled extends EvidenceCheck {

    public Ec2EbsDefaultEncryptionEnabled() {
        super(
                "ec2_ebs_default_encryption_enabled",
                "EBS encryption by default is on in every region",
                Severity.MEDIUM,
                "With encryption by default, every new volume and snapshot copy is encrypted even when whoever creates it forgets to ask.",
                "Turn on EBS encryption by default in each region (EC2 > Settings > Data protection and security), choosing a customer managed KMS key if key control matters.",
                List.of(Ec2Evidence.EBS_ENCRYPTION));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String resource = Arn.regional("ec2", region, account, "ebs-encryption-by-default");
                evidence.require(this, Ec2Evidence.EBS_ENCRYPTION, account, region, resource, findings)
                        .ifPresent(found -> {
                            OperationResult r = OperationResult.from(
                                    found.document().data().get(Ec2Evidence.GET_EBS_ENCRYPTION_BY_DEFAULT));
                            OperationResult key = OperationResult.from(
                                    found.document().data().get(Ec2Evidence.GET_EBS_DEFAULT_KMS_KEY_ID));
                            if (!r.isOk()
                                    || !r.response()
                                            .path("EbsEncryptionByDefault")
                                            .isBoolean()) {
                                findings.add(gap(
                                        account,
                                        region,
                                        resource,
                                        "Whether " + region + " encrypts new EBS volumes by default could not be read.",
                                        found.path()));
                            } else if (r.response()
                                    .path("EbsEncryptionByDefault")
                                    .asBoolean()) {
                                String keyId = key.response().path("KmsKeyId").asText("");
                                findings.add(pass(
                                        account,
                                        region,
                                        resource,
                                        region + " encrypts new EBS volumes by default"
                                                + (keyId.isEmpty() ? "." : " with KMS key " + keyId + "."),
                                        found.path()));
                            } else {
                                findings.add(fail(
                                        account,
                                        region,
                                        resource,
                                        region + " does not encrypt new EBS volumes by default.",
                                        found.path()));
                            }
                        });
            }
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "EC2 GetEbsEncryptionByDefault in every region: EbsEncryptionByDefault.",
                "Every region in scope of every account: one resource per account and region.",
                "Passes when EbsEncryptionByDefault is true and fails when it is false; an unreadable answer "
                        + "is a gap.",
                "Open raw/<account>/<region>/ec2.ebs_encryption.json for each region and read "
                        + "data.GetEbsEncryptionByDefault.response.EbsEncryptionByDefault."));
    }
}
