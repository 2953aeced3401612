package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeastPrivilegePolicyTest {

    @Test
    void theCallerMayAssumeTheRoleInItsOwnPartition() {
        assertThat(LeastPrivilegePolicy.callerDocument("auditpack-audit", "aws-cn")
                        .path("Statement")
                        .get(0)
                        .path("Resource")
                        .asText())
                .isEqualTo("arn:aws-cn:iam::*:role/auditpack-audit");
        assertThat(LeastPrivilegePolicy.callerDocument("auditpack-audit", "aws")
                        .path("Statement")
                        .get(0)
                        .path("Resource")
                        .asText())
                .isEqualTo("arn:aws:iam::*:role/auditpack-audit");
    }
}
