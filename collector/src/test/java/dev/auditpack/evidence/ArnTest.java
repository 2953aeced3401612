package dev.auditpack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArnTest {

    @Test
    void theRegionDecidesThePartition() {
        assertThat(Arn.regional("ec2", "cn-north-1", "111122223333", "vpc/vpc-1"))
                .isEqualTo("arn:aws-cn:ec2:cn-north-1:111122223333:vpc/vpc-1");
        assertThat(Arn.regional("ec2", "us-gov-west-1", "111122223333", "vpc/vpc-1"))
                .isEqualTo("arn:aws-us-gov:ec2:us-gov-west-1:111122223333:vpc/vpc-1");
        assertThat(Arn.regional("ec2", "eu-west-1", "111122223333", "vpc/vpc-1"))
                .isEqualTo("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1");
        assertThat(Arn.partitionOf("cn-northwest-1")).isEqualTo("aws-cn");
        assertThat(Arn.partitionOf("us-iso-east-1")).isEqualTo("aws-iso");
    }

    @Test
    void globalResourcesTakeTheAccountsPartitionFromItsRegions() {
        String gov = Arn.partitionOf(List.of("us-gov-east-1", "us-gov-west-1"));
        assertThat(Arn.accountRoot(gov, "111122223333")).isEqualTo("arn:aws-us-gov:iam::111122223333:root");
        assertThat(Arn.bucket(Arn.partitionOf(List.of("cn-north-1")), "logs")).isEqualTo("arn:aws-cn:s3:::logs");
        assertThat(Arn.global(Arn.partitionOf(List.of()), "cloudfront", "111122223333", "distribution/E1"))
                .isEqualTo("arn:aws:cloudfront::111122223333:distribution/E1");
        assertThat(Arn.partitionOf(List.of(Target.GLOBAL))).isEqualTo("aws");
    }
}
