package dev.auditpack.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.Arn;

/**
 * EC2 evidence: each region's instances, EBS encryption and volumes, security groups, network ACLs, VPCs and
 * subnets, and flow logs.
 */
public final class Ec2Evidence {

    /** Collector id: the region's instances, by reservation. */
    public static final String INSTANCES = "ec2.instances";
    /** Collector id: the region's EBS encryption by default, its default key, and every volume. */
    public static final String EBS_ENCRYPTION = "ec2.ebs_encryption";
    /** Collector id: the region's security groups and their rules. */
    public static final String SECURITY_GROUPS = "ec2.security_groups";
    /** Collector id: the region's network ACLs and their entries. */
    public static final String NETWORK_ACLS = "ec2.network_acls";
    /** Collector id: the region's VPCs and subnets. */
    public static final String VPCS = "ec2.vpcs";
    /** Collector id: the region's VPC flow logs. */
    public static final String FLOW_LOGS = "ec2.flow_logs";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_INSTANCES = "DescribeInstances";

    public static final String GET_EBS_ENCRYPTION_BY_DEFAULT = "GetEbsEncryptionByDefault";
    public static final String GET_EBS_DEFAULT_KMS_KEY_ID = "GetEbsDefaultKmsKeyId";
    public static final String DESCRIBE_VOLUMES = "DescribeVolumes";
    public static final String DESCRIBE_SECURITY_GROUPS = "DescribeSecurityGroups";
    public static final String DESCRIBE_NETWORK_ACLS = "DescribeNetworkAcls";
    public static final String DESCRIBE_VPCS = "DescribeVpcs";
    public static final String DESCRIBE_SUBNETS = "DescribeSubnets";
    public static final String DESCRIBE_FLOW_LOGS = "DescribeFlowLogs";

    private Ec2Evidence() {}

    /** The ARN of a volume of {@code data.Volumes[]} in an {@link #EBS_ENCRYPTION} document, from its {@code VolumeId}. */
    public static String volumeArn(JsonNode volume, String region, String account) {
        return Arn.regional(
                "ec2", region, account, "volume/" + volume.path("VolumeId").asText());
    }
}
