package dev.auditpack.check.ec2;

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
import dev.auditpack.evidence.aws.Ec2Evidence;
import java.util.List;
import java.util.Optional;

/** Every EBS volume is encrypted. One finding per volume; a region without volumes is NOT_APPLICABLE. */
@AutoService(Check.class)
public final class Ec2EbsVolumeEncrypted extends EvidenceCheck {

    public Ec2EbsVolumeEncrypted() {
        super(
                "ec2_ebs_volume_encrypted",
                "EBS volumes are encrypted",
                Severity.MEDIUM,
                "An unencrypted volume, and every snapshot taken from it, exposes its data to anyone who gets a copy.",
                "EBS cannot encrypt a volume in place: snapshot it, copy the snapshot with encryption, create a volume from the copy and swap it in; turn on encryption by default so new volumes are encrypted.",
                List.of(Ec2Evidence.EBS_ENCRYPTION));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String scope = Arn.regional("ec2", region, account, "volumes");
                evidence.require(this, Ec2Evidence.EBS_ENCRYPTION, account, region, scope, findings)
                        .ifPresent(found -> {
                            for (JsonNode volume : listed(
                                    found,
                                    "Volumes",
                                    "volume",
                                    account,
                                    region,
                                    scope,
                                    "The region has no EBS volumes.",
                                    findings)) {
                                findings.add(judge(account, region, volume, found.path()));
                            }
                        });
            }
        }
    }

    private Finding judge(String account, String region, JsonNode volume, String path) {
        String id = volume.path("VolumeId").asText();
        String arn = Ec2Evidence.volumeArn(volume, region, account);
        JsonNode encrypted = volume.path("Encrypted");
        if (!encrypted.isBoolean()) {
            return gap(account, region, arn, "Whether volume " + id + " is encrypted is not in the evidence.", path);
        }
        return encrypted.asBoolean()
                ? pass(
                        account,
                        region,
                        arn,
                        "Volume " + id + " is encrypted"
                                + (volume.hasNonNull("KmsKeyId")
                                        ? " with KMS key "
                                                + volume.path("KmsKeyId").asText() + "."
                                        : "."),
                        path)
                : fail(account, region, arn, "Volume " + id + " is not encrypted.", path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "EC2 DescribeVolumes in every region: Encrypted and KmsKeyId of each volume.",
                "Every EBS volume in every region of every account in scope.",
                "A volume passes when Encrypted is true and fails otherwise. A region without volumes is not "
                        + "applicable; an unreadable region is a gap.",
                "Open raw/<account>/<region>/ec2.ebs_encryption.json for each region; for each element of "
                        + "data.Volumes[], read Encrypted."));
    }
}
