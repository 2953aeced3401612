package dev.auditpack.check.ec2;

import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.ec2.Ec2EbsDefaultEncryptionEnabledTest.ebs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ec2EbsVolumeEncryptedTest {

    @TempDir
    Path dir;

    private static final String ON = ok("{'EbsEncryptionByDefault':true}");
    private static final String KEY = ok("{'KmsKeyId':'alias/aws/ebs'}");

    @Test
    void judgesEachVolume() {
        var ev = new LockerFixture(dir)
                .doc(
                        "ec2.ebs_encryption",
                        "eu-west-1",
                        ebs(
                                ON,
                                KEY,
                                "["
                                        + "{'VolumeId':'vol-1','Encrypted':true,'KmsKeyId':'arn:aws:kms:eu-west-1:111122223333:key/k1','State':'in-use'},"
                                        + "{'VolumeId':'vol-2','Encrypted':false,'State':'available'},"
                                        + "{'VolumeId':'vol-3','State':'available'}]"))
                .build();
        List<Finding> f = run(new Ec2EbsVolumeEncrypted(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:ec2:eu-west-1:111122223333:volume/vol-1", CheckStatus.PASS),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:volume/vol-2", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:volume/vol-3", CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "Volume vol-1 is encrypted with KMS key arn:aws:kms:eu-west-1:111122223333:key/k1.",
                        "Volume vol-2 is not encrypted.",
                        "Whether volume vol-3 is encrypted is not in the evidence.");
    }

    @Test
    void aRegionWithoutVolumesIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("ec2.ebs_encryption", "eu-west-1", ebs(ON, KEY, "[]"))
                .failed("ec2.ebs_encryption", "us-east-1", "ec2:DescribeVolumes", "UnauthorizedOperation")
                .build();
        assertThat(run(new Ec2EbsVolumeEncrypted(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:ec2:eu-west-1:111122223333:volumes", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:ec2:us-east-1:111122223333:volumes", CheckStatus.GAP));
    }
}
