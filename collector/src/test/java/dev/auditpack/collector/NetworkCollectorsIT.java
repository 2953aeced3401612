package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.ec2.Ec2FlowLogsCollector;
import dev.auditpack.collector.aws.ec2.Ec2NetworkAclsCollector;
import dev.auditpack.collector.aws.ec2.Ec2SecurityGroupsCollector;
import dev.auditpack.collector.aws.ec2.Ec2VpcsCollector;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.EvidenceEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.RuleAction;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.s3.S3Client;

/** The network and firewall collectors against moto: a VPC with subnets, an open security group, a NACL, a flow log. */
@ExtendWith(MotoServer.class)
class NetworkCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static String vpc;
    private static List<String> subnets;
    private static String openGroup;
    private static String acl;
    private static String flowLog;

    @BeforeAll
    static void seed() {
        try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), MOTO, "us-east-1");
                S3Client s3 = Emulated.s3(MOTO, "us-east-1")) {
            vpc = ec2.createVpc(r -> r.cidrBlock("10.20.0.0/16")).vpc().vpcId();
            subnets = List.of(
                            ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.20.2.0/24"))
                                    .subnet()
                                    .subnetId(),
                            ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.20.1.0/24"))
                                    .subnet()
                                    .subnetId())
                    .stream()
                    .sorted()
                    .toList();
            openGroup = ec2.createSecurityGroup(
                            r -> r.vpcId(vpc).groupName("ssh-from-anywhere").description("SSH open to the internet"))
                    .groupId();
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(openGroup)
                    .ipPermissions(
                            p -> p.ipProtocol("tcp").fromPort(22).toPort(22).ipRanges(ip -> ip.cidrIp("0.0.0.0/0"))));
            acl = ec2.createNetworkAcl(r -> r.vpcId(vpc)).networkAcl().networkAclId();
            ec2.createNetworkAclEntry(r -> r.networkAclId(acl)
                    .ruleNumber(110)
                    .protocol("6")
                    .egress(false)
                    .ruleAction(RuleAction.DENY)
                    .cidrBlock("0.0.0.0/0")
                    .portRange(p -> p.from(3389).to(3389)));
            s3.createBucket(r -> r.bucket("acme-flow-logs"));
            flowLog = ec2.createFlowLogs(r -> r.resourceIds(vpc)
                            .resourceType(FlowLogsResourceType.VPC)
                            .trafficType(TrafficType.REJECT)
                            .logDestinationType(LogDestinationType.S3)
                            .logDestination("arn:aws:s3:::acme-flow-logs"))
                    .flowLogIds()
                    .get(0);
        }
    }

    private static EmulatorRun collect(Path dir) {
        return EmulatorRun.collect(
                MOTO,
                dir,
                List.of(
                        new Ec2VpcsCollector(),
                        new Ec2SecurityGroupsCollector(),
                        new Ec2NetworkAclsCollector(),
                        new Ec2FlowLogsCollector()),
                "us-east-1",
                "eu-west-1");
    }

    @Test
    void recordsEveryCollectorInEveryRegionWithoutErrors(@TempDir Path dir) {
        EmulatorRun run = collect(dir);
        assertThat(run.index().errors()).isEmpty();
        assertThat(run.index().evidence())
                .extracting(EvidenceEntry::path)
                .containsExactly(
                        "raw/123456789012/eu-west-1/ec2.flow_logs.json",
                        "raw/123456789012/eu-west-1/ec2.network_acls.json",
                        "raw/123456789012/eu-west-1/ec2.security_groups.json",
                        "raw/123456789012/eu-west-1/ec2.vpcs.json",
                        "raw/123456789012/us-east-1/ec2.flow_logs.json",
                        "raw/123456789012/us-east-1/ec2.network_acls.json",
                        "raw/123456789012/us-east-1/ec2.security_groups.json",
                        "raw/123456789012/us-east-1/ec2.vpcs.json");
    }

    @Test
    void vpcsAndSubnetsAreRecordedAsReturnedBesideTheDefaultOnes(@TempDir Path dir) {
        JsonNode data = collect(dir).doc("ec2.vpcs", "us-east-1").data();
        JsonNode vpcs = data.get("Vpcs");
        assertThat(ids(vpcs, "VpcId")).contains(vpc).isSorted();
        assertThat(find(vpcs, "VpcId", vpc).get("CidrBlock").asText()).isEqualTo("10.20.0.0/16");
        assertThat(find(vpcs, "VpcId", vpc).get("IsDefault").asBoolean()).isFalse();
        assertThat(vpcs)
                .as("moto's default VPC")
                .anySatisfy(v -> assertThat(v.get("IsDefault").asBoolean()).isTrue());

        JsonNode subnetList = data.get("Subnets");
        assertThat(ids(subnetList, "SubnetId")).isSorted().containsAll(subnets);
        assertThat(StreamSupport.stream(subnetList.spliterator(), false)
                        .filter(s -> s.get("VpcId").asText().equals(vpc))
                        .map(s -> s.get("CidrBlock").asText()))
                .containsExactlyInAnyOrder("10.20.1.0/24", "10.20.2.0/24");
    }

    @Test
    void aSecurityGroupOpenToTheInternetKeepsItsRules(@TempDir Path dir) {
        JsonNode groups =
                collect(dir).doc("ec2.security_groups", "us-east-1").data().get("SecurityGroups");
        assertThat(ids(groups, "GroupId")).contains(openGroup).isSorted();
        JsonNode open = find(groups, "GroupId", openGroup);
        assertThat(open.get("GroupName").asText()).isEqualTo("ssh-from-anywhere");
        assertThat(open.get("VpcId").asText()).isEqualTo(vpc);
        JsonNode ingress = open.get("IpPermissions");
        assertThat(ingress).hasSize(1);
        assertThat(ingress.get(0).get("IpProtocol").asText()).isEqualTo("tcp");
        assertThat(ingress.get(0).get("FromPort").asInt()).isEqualTo(22);
        assertThat(ingress.get(0).get("ToPort").asInt()).isEqualTo(22);
        assertThat(ingress.get(0).get("IpRanges").get(0).get("CidrIp").asText()).isEqualTo("0.0.0.0/0");
        assertThat(open.get("IpPermissionsEgress").get(0).get("IpProtocol").asText())
                .isEqualTo("-1");
    }

    @Test
    void networkAclsKeepTheirEntries(@TempDir Path dir) {
        JsonNode acls = collect(dir).doc("ec2.network_acls", "us-east-1").data().get("NetworkAcls");
        assertThat(ids(acls, "NetworkAclId")).contains(acl).isSorted();
        JsonNode mine = find(acls, "NetworkAclId", acl);
        assertThat(mine.get("VpcId").asText()).isEqualTo(vpc);
        assertThat(mine.get("IsDefault").asBoolean()).isFalse();
        assertThat(mine.get("Entries")).anySatisfy(e -> {
            assertThat(e.get("RuleNumber").asInt()).isEqualTo(110);
            assertThat(e.get("RuleAction").asText()).isEqualTo("deny");
            assertThat(e.get("Egress").asBoolean()).isFalse();
            assertThat(e.get("PortRange").get("From").asInt()).isEqualTo(3389);
        });
    }

    @Test
    void flowLogsAreListedAndARegionWithoutAnyIsAnEmptyList(@TempDir Path dir) {
        EmulatorRun run = collect(dir);
        JsonNode here = run.doc("ec2.flow_logs", "us-east-1").data().get("FlowLogs");
        assertThat(here).hasSize(1);
        assertThat(here.get(0).get("FlowLogId").asText()).isEqualTo(flowLog);
        assertThat(here.get(0).get("ResourceId").asText()).isEqualTo(vpc);
        assertThat(here.get(0).get("TrafficType").asText()).isEqualTo("REJECT");
        assertThat(here.get(0).get("LogDestination").asText()).isEqualTo("arn:aws:s3:::acme-flow-logs");
        JsonNode elsewhere = run.doc("ec2.flow_logs", "eu-west-1").data().get("FlowLogs");
        assertThat(elsewhere).isNotNull();
        assertThat(elsewhere.isArray()).isTrue();
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void resourcesSeededInOneRegionDoNotShowInAnother(@TempDir Path dir) {
        EmulatorRun run = collect(dir);
        assertThat(ids(run.doc("ec2.vpcs", "eu-west-1").data().get("Vpcs"), "VpcId"))
                .doesNotContain(vpc)
                .isNotEmpty();
        assertThat(ids(run.doc("ec2.security_groups", "eu-west-1").data().get("SecurityGroups"), "GroupId"))
                .doesNotContain(openGroup);
    }

    static List<String> ids(JsonNode array, String key) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(key).asText())
                .toList();
    }

    static JsonNode find(JsonNode array, String key, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> n.get(key).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " " + value + " in " + array));
    }
}
