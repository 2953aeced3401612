package dev.auditpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingTest {

    private final Masking masking = new Masking(List.of("111111111111", "222222222222"));

    @Test
    void accountsInScopeComeFirstThenOthersAsTheyAppear() {
        assertThat(masking.mask("222222222222")).isEqualTo("acct-2");
        assertThat(masking.mask("arn:aws:iam::333333333333:role/x and arn:aws:iam::111111111111:user/bob"))
                .isEqualTo("arn:aws:iam::acct-3:role/x and arn:aws:iam::acct-1:user/bob");
        assertThat(masking.mask("trusts 333333333333")).isEqualTo("trusts acct-3");
    }

    @Test
    void arnsKeepServiceRegionAndResourceButNotTheAccount() {
        assertThat(masking.mask("arn:aws:ec2:eu-west-1:111111111111:security-group/sg-87065310639523687"))
                .isEqualTo("arn:aws:ec2:eu-west-1:acct-1:security-group/sg-87065310639523687");
        assertThat(masking.mask("arn:aws:iam::aws:policy/AdministratorAccess"))
                .isEqualTo("arn:aws:iam::aws:policy/AdministratorAccess");
        assertThat(masking.mask("arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-123456789012"))
                .as("a key id is a UUID, whatever digits it ends in")
                .isEqualTo("arn:aws:kms:eu-west-1:acct-1:key/1234abcd-12ab-34cd-56ef-123456789012");
    }

    @Test
    void accountIdsInsideNamesAreMaskedToo() {
        assertThat(masking.mask("arn:aws:s3:::cloudtrail-logs-111111111111-eu-west-1"))
                .isEqualTo("arn:aws:s3:::cloudtrail-logs-acct-1-eu-west-1");
        assertThat(masking.mask("logs111111111111")).isEqualTo("logsacct-1");
        assertThat(masking.mask("raw/111111111111/global/iam.users.json"))
                .isEqualTo("raw/acct-1/global/iam.users.json");
    }

    @Test
    void hashesAndResourceIdsAreNeverTouched() {
        // From the demo locker's index: twelve digits in a row inside a SHA-256.
        String sha256 = "21f6a46746bd1a899da015e044974243002ada672ae3d5985a741b145f6ee293";
        assertThat(masking.mask("sha256:" + sha256)).isEqualTo("sha256:" + sha256);
        assertThat(masking.mask(sha256.toUpperCase())).isEqualTo(sha256.toUpperCase());
        String digitsFirst = "123456789012" + "ab".repeat(26);
        assertThat(masking.mask(digitsFirst + " " + "ab".repeat(26) + "123456789012"))
                .isEqualTo(digitsFirst + " " + "ab".repeat(26) + "123456789012");
        assertThat(masking.mask("i-0a123456789012bcd vol-123456789012abcde"))
                .isEqualTo("i-0a123456789012bcd vol-123456789012abcde");
        assertThat(masking.mask("1234567890123 12345678901"))
                .as("13 and 11 digits are not an account id")
                .isEqualTo("1234567890123 12345678901");
        assertThat(masking.mask("54f004bf-cec9-406b-ad81-890e10906d9d"))
                .isEqualTo("54f004bf-cec9-406b-ad81-890e10906d9d");
        String logo = "data:image/png;base64,iVBORw0KGgo123456789012AAAANSUhEUgAA+/=";
        assertThat(masking.mask(logo)).as("a logo is content, not text").isEqualTo(logo);
    }

    @Test
    void addressesGetAPseudonymThatSaysPrivateOrPublicAndKeepTheirPrefix() {
        assertThat(masking.mask("allows 10.20.0.0/16 and 203.0.113.7/32, then 10.20.0.0/24."))
                .isEqualTo("allows private-ip-1/16 and public-ip-2/32, then private-ip-1/24.");
        assertThat(masking.mask("172.31.0.0/16 172.32.0.1 192.168.1.10 100.64.0.1 169.254.169.254 127.0.0.1"))
                .isEqualTo("private-ip-3/16 public-ip-4 private-ip-5 private-ip-6 private-ip-7 private-ip-8");
        assertThat(masking.mask("host ip-10-20-0-0.ec2.internal")).isEqualTo("host private-ip-1.ec2.internal");
        assertThat(masking.mask("ec2-203-0-113-7.eu-west-1.compute.amazonaws.com"))
                .isEqualTo("public-ip-2.eu-west-1.compute.amazonaws.com");
    }

    @Test
    void ipv6AddressesToo() {
        assertThat(masking.mask("fd00:1234::/48, fe80::1 and 2001:db8::7/128, FD00:1234:0:0:0:0:0:0"))
                .isEqualTo("private-ip-1/48, private-ip-2 and public-ip-3/128, private-ip-1");
        assertThat(masking.mask("::ffff:10.0.0.1 ::1")).isEqualTo("private-ip-4 private-ip-5");
        assertThat(masking.mask("at fe80::1: see")).isEqualTo("at private-ip-2: see");
    }

    @Test
    void theAllTrafficRangesAreTheFindingAndStay() {
        assertThat(masking.mask("0.0.0.0/0 and ::/0 on port 22; 0.0.0.0 and ::"))
                .isEqualTo("0.0.0.0/0 and ::/0 on port 22; 0.0.0.0 and ::");
    }

    @Test
    void textThatOnlyLooksLikeAnAddressStays() {
        assertThat(masking.mask(
                        "12:30:45 02:00:00:f2:2d:a8 A.8.15 CC6.1 0.1.0-SNAPSHOT 2026-10-01T12:30:45Z std::vector"))
                .isEqualTo("12:30:45 02:00:00:f2:2d:a8 A.8.15 CC6.1 0.1.0-SNAPSHOT 2026-10-01T12:30:45Z std::vector");
        assertThat(masking.mask("300.1.1.1 1.2.3")).isEqualTo("300.1.1.1 1.2.3");
        assertThat(masking.mask("12:30:45 in 111111111111:x:y"))
                .as("an account inside a non-address still goes")
                .isEqualTo("12:30:45 in acct-1:x:y");
    }

    @Test
    void textWithoutADigitOrTwoColonsIsLeftAsItIsAndAnAddressWithoutDigitsIsStillFound() {
        String prose = "User alice has a console password but no MFA: rotate it.";
        assertThat(masking.mask(prose)).isSameAs(prose);
        assertThat(masking.mask("peer fe::ab and fe::ab/64")).isEqualTo("peer public-ip-1 and public-ip-1/64");
    }

    @Test
    void aTextMaskedAgainGetsTheSamePseudonymsAsBefore() {
        String arn = "arn:aws:ec2:eu-west-1:444444444444:instance/i-1 at 10.0.0.1";
        String first = masking.mask(arn);
        assertThat(masking.mask("203.0.113.9 then " + arn)).isEqualTo("public-ip-2 then " + first);
        assertThat(masking.mask(arn))
                .isEqualTo(first)
                .isEqualTo("arn:aws:ec2:eu-west-1:acct-3:instance/i-1 at private-ip-1");
    }

    @Test
    void sessionNamesInStsArnsAreMaskedWhereverTheyAppear() {
        assertThat(masking.mask(
                        "arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_Admin_1a2b/jane.doe@example.com"))
                .isEqualTo("arn:aws:sts::acct-1:assumed-role/AWSReservedSSO_Admin_1a2b/session-1");
        assertThat(masking.mask(
                        "User: arn:aws-us-gov:sts::222222222222:federated-user/bob is not authorized to perform"))
                .isEqualTo("User: arn:aws-us-gov:sts::acct-2:federated-user/session-2 is not authorized to perform");
        assertThat(masking.mask("arn:aws:iam::111111111111:role/Auditpack"))
                .isEqualTo("arn:aws:iam::acct-1:role/Auditpack");
    }
}
