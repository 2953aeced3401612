package dev.auditpack.check.kms;

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

class KmsKeyRotationEnabledTest {

    @TempDir
    Path dir;

    private static String key(String id, String manager, String state, String spec, String origin, String rotation) {
        String describe = ok("{'KeyMetadata':{'KeyId':'" + id + "','KeyManager':'" + manager + "','KeyState':'" + state
                + "','KeySpec':'" + spec + "','Origin':'" + origin + "'}}");
        return "{'KeyId':'" + id + "','KeyArn':'arn:aws:kms:eu-west-1:111122223333:key/" + id
                + "','calls':{'DescribeKey':" + describe
                + (rotation == null ? "" : ",'GetKeyRotationStatus':" + rotation) + "}}";
    }

    private static String keys(String... keys) {
        return "{'Keys':[" + String.join(",", keys) + "]}";
    }

    @Test
    void judgesEachEnabledCustomerManagedSymmetricKey() {
        var ev = new LockerFixture(dir)
                .doc(
                        "kms.keys",
                        "eu-west-1",
                        keys(
                                key(
                                        "rotating",
                                        "CUSTOMER",
                                        "Enabled",
                                        "SYMMETRIC_DEFAULT",
                                        "AWS_KMS",
                                        ok("{'KeyRotationEnabled':true,'RotationPeriodInDays':180}")),
                                key(
                                        "static",
                                        "CUSTOMER",
                                        "Enabled",
                                        "SYMMETRIC_DEFAULT",
                                        "AWS_KMS",
                                        ok("{'KeyRotationEnabled':false}")),
                                key("aws-managed", "AWS", "Enabled", "SYMMETRIC_DEFAULT", "AWS_KMS", null),
                                key(
                                        "deleting",
                                        "CUSTOMER",
                                        "PendingDeletion",
                                        "SYMMETRIC_DEFAULT",
                                        "AWS_KMS",
                                        ok("{'KeyRotationEnabled':false}")),
                                key("signing", "CUSTOMER", "Enabled", "RSA_2048", "AWS_KMS", null),
                                key(
                                        "imported",
                                        "CUSTOMER",
                                        "Enabled",
                                        "SYMMETRIC_DEFAULT",
                                        "EXTERNAL",
                                        error("UnsupportedOperationException")),
                                key(
                                        "unasked",
                                        "CUSTOMER",
                                        "Enabled",
                                        "SYMMETRIC_DEFAULT",
                                        "AWS_KMS",
                                        error("AccessDeniedException")),
                                "{'KeyId':'undescribed','KeyArn':'arn:aws:kms:eu-west-1:111122223333:key/undescribed','calls':{'DescribeKey':"
                                        + error("AccessDeniedException") + "}}"))
                .build();
        List<Finding> f = run(new KmsKeyRotationEnabled(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/rotating", CheckStatus.PASS),
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/static", CheckStatus.FAIL),
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/aws-managed", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/deleting", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/signing", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/imported", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/unasked", CheckStatus.GAP),
                        tuple("arn:aws:kms:eu-west-1:111122223333:key/undescribed", CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "KMS key rotating rotates automatically every 180 days.",
                        "KMS key static does not rotate automatically.",
                        "KMS key aws-managed is AWS managed; AWS rotates it.",
                        "KMS key deleting is not enabled (PendingDeletion).",
                        "KMS key signing is a RSA_2048 key, which cannot rotate automatically.",
                        "KMS key imported has key material from EXTERNAL, which cannot rotate automatically.",
                        "The rotation of KMS key unasked could not be read (AccessDeniedException).",
                        "KMS key undescribed could not be described (AccessDeniedException).");
        assertThat(f).extracting(Finding::region).containsOnly("eu-west-1");
    }

    @Test
    void aRegionWithoutKeysIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("kms.keys", "eu-west-1", keys())
                .failed("kms.keys", "us-east-1", "kms:ListKeys", "AccessDeniedException")
                .build();
        assertThat(run(new KmsKeyRotationEnabled(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:kms:eu-west-1:111122223333:keys", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:kms:us-east-1:111122223333:keys", CheckStatus.GAP));
    }

    @Test
    void aFileWithoutItsKeyListIsAGapNotAnEmptyRegion() {
        var ev = new LockerFixture(dir).doc("kms.keys", "eu-west-1", "{}").build();
        assertThat(run(new KmsKeyRotationEnabled(), ev))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(tuple(CheckStatus.GAP, "The key list of eu-west-1 is missing from the evidence."));
    }
}
