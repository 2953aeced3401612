package dev.auditpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** User names, session names, e-mail addresses and people's names, as {@link Masking} replaces them. */
class NameMaskingTest {

    private final Masking masking = new Masking(
            List.of("111111111111"),
            new Identities(
                    Set.of("j.smith", "ci-deployer", "admin", "ops,team"),
                    Set.of("auditpack"),
                    Set.of("zoe@example.com"),
                    Set.of("Dana Whitfield", "Dana")));

    @Test
    void userNamesAreNumberedInSortedOrderAndReplacedAsWholeNamesIgnoringCase() {
        assertThat(masking.mask("arn:aws:iam::111111111111:user/j.smith")).isEqualTo("arn:aws:iam::acct-1:user/user-3");
        assertThat(masking.mask("User J.Smith has no MFA. ci-deployer, admin and j.smith."))
                .isEqualTo("User user-3 has no MFA. user-2, user-1 and user-3.");
        assertThat(masking.mask(
                        "user,arn\nj.smith,arn:aws:iam::111111111111:user/j.smith,2026-12-01\nci-deployer,admin"))
                .as("in a list without spaces")
                .isEqualTo("user,arn\nuser-3,arn:aws:iam::acct-1:user/user-3,2026-12-01\nuser-2,user-1");
        assertThat(masking.mask("ops,team owns it; ops and team do not"))
                .isEqualTo("user-4 owns it; ops and team do not");
        assertThat(masking.mask("iam_user_admin_ports j.smithers xj.smith ci-deployer-2"))
                .as("only whole names")
                .isEqualTo("iam_user_admin_ports j.smithers xj.smith ci-deployer-2");
    }

    @Test
    void sessionsInStsArnsGetTheirOwnPseudonymsTheListedOnesFirst() {
        assertThat(masking.mask("arn:aws:sts::111111111111:assumed-role/Audit/jane@example.org"))
                .isEqualTo("arn:aws:sts::acct-1:assumed-role/Audit/session-2");
        assertThat(masking.mask("arn:aws:sts::111111111111:assumed-role/Audit/auditpack and federated: "
                        + "arn:aws:sts::111111111111:federated-user/jane@example.org"))
                .isEqualTo("arn:aws:sts::acct-1:assumed-role/Audit/session-1 and federated: "
                        + "arn:aws:sts::acct-1:federated-user/session-2");
        assertThat(masking.mask("auditpack 1.0"))
                .as("a session name outside an ARN is a word")
                .isEqualTo("auditpack 1.0");
    }

    @Test
    void emailAddressesAnywhereTheSameAddressTheSamePseudonym() {
        assertThat(masking.mask("Ask Zoe@Example.com or ops.team+audit@corp.example.org, then zoe@example.com."))
                .isEqualTo("Ask email-1@redacted.invalid or email-2@redacted.invalid, then email-1@redacted.invalid.");
        assertThat(masking.mask("email-2@redacted.invalid")).isEqualTo("email-2@redacted.invalid");
    }

    @Test
    void peopleAreReplacedAsWholeWordsTheLongestNameFirst() {
        assertThat(masking.mask("Owner: Dana Whitfield (CISO); Dana signed; DANA WHITFIELD; Danable"))
                .isEqualTo("Owner: person-2 (CISO); person-1 signed; person-2; Danable");
    }

    @Test
    void withoutIdentitiesProseStaysTheSameObject() {
        Masking plain = new Masking(List.of());
        String prose = "User alice has a console password but no MFA: rotate it.";
        assertThat(plain.mask(prose)).isSameAs(prose);
        assertThat(plain.mask("mail bob@example.com")).isEqualTo("mail email-1@redacted.invalid");
    }
}
