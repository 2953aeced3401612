package dev.auditpack.check.ec2;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ec2EbsDefaultEncryptionEnabledTest {

    @TempDir
    Path dir;

    static String ebs(String byDefault, String key, String volumes) {
        return "{'GetEbsEncryptionByDefault':" + byDefault + ",'GetEbsDefaultKmsKeyId':" + key + ",'Volumes':" + volumes
                + "}";
    }

    @Test
    void oneFindingPerRegion() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1", "us-west-2", "ap-south-1")
                .doc(
                        "ec2.ebs_encryption",
                        "eu-west-1",
                        ebs(ok("{'EbsEncryptionByDefault':true}"), ok("{'KmsKeyId':'alias/aws/ebs'}"), "[]"))
                .doc(
                        "ec2.ebs_encryption",
                        "us-east-1",
                        ebs(ok("{'EbsEncryptionByDefault':false}"), ok("{'KmsKeyId':'alias/aws/ebs'}"), "[]"))
                .doc(
                        "ec2.ebs_encryption",
                        "us-west-2",
                        ebs(ok("{'EbsEncryptionByDefault':true}"), error("InternalError"), "[]"))
                .failed("ec2.ebs_encryption", "ap-south-1", "ec2:GetEbsEncryptionByDefault", "UnauthorizedOperation")
                .build();
        List<Finding> f = run(new Ec2EbsDefaultEncryptionEnabled(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:ec2:ap-south-1:111122223333:ebs-encryption-by-default", CheckStatus.GAP),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:ebs-encryption-by-default", CheckStatus.PASS),
                        tuple("arn:aws:ec2:us-east-1:111122223333:ebs-encryption-by-default", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:us-west-2:111122223333:ebs-encryption-by-default", CheckStatus.PASS));
        assertThat(f.get(0).reason()).contains("UnauthorizedOperation");
        assertThat(f)
                .extracting(Finding::reason)
                .endsWith(
                        "eu-west-1 encrypts new EBS volumes by default with KMS key alias/aws/ebs.",
                        "us-east-1 does not encrypt new EBS volumes by default.",
                        "us-west-2 encrypts new EBS volumes by default.");
    }

    @Test
    void anUnreadableSettingInTheFileIsAGap() {
        var ev = new LockerFixture(dir)
                .doc("ec2.ebs_encryption", "eu-west-1", ebs(error("InternalError"), error("InternalError"), "[]"))
                .build();
        assertThat(run(new Ec2EbsDefaultEncryptionEnabled(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
