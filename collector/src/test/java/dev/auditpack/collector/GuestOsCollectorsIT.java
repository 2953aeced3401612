package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.ec2.Ec2InstancesCollector;
import dev.auditpack.collector.aws.ssm.SsmManagedInstancesCollector;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The guest OS collectors against moto: EC2 instances with and without an instance profile, and the SSM
 * collector's failure path (moto implements neither DescribeInstanceInformation nor
 * DescribeInstancePatchStates).
 */
@ExtendWith(MotoServer.class)
class GuestOsCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();
    /** moto's Windows Server 2016 and Ubuntu 14.04 images. */
    private static final String WINDOWS_IMAGE = "ami-03cf127a";

    private static final String LINUX_IMAGE = "ami-1e749f67";
    private static final String USER_DATA_SECRET = "DB_PASSWORD=never-in-evidence";

    private static String web;
    private static String batch;

    @BeforeAll
    static void seed() {
        try (IamClient iam = Emulated.iam(MOTO);
                Ec2Client ec2 = Emulated.client(Ec2Client.builder(), MOTO, "us-east-1")) {
            iam.createRole(r -> r.roleName("web").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
                    "Action":"sts:AssumeRole"}]}"""));
            iam.createInstanceProfile(r -> r.instanceProfileName("web"));
            iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("web"));
            web = ec2.runInstances(r -> r.imageId(LINUX_IMAGE)
                            .minCount(1)
                            .maxCount(1)
                            .iamInstanceProfile(p -> p.name("web"))
                            .userData(Base64.getEncoder()
                                    .encodeToString(USER_DATA_SECRET.getBytes(StandardCharsets.UTF_8)))
                            .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE)
                                    .tags(tag -> tag.key("Name").value("web-1"))))
                    .instances()
                    .get(0)
                    .instanceId();
            batch = ec2.runInstances(r -> r.imageId(WINDOWS_IMAGE)
                            .minCount(1)
                            .maxCount(1)
                            .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE)
                                    .tags(tag -> tag.key("Name").value("batch-1"))))
                    .instances()
                    .get(0)
                    .instanceId();
        }
    }

    @Test
    void instancesAreRecordedAsReturnedWithTheirProfileImagePlatformAndTags(@TempDir Path dir) {
        EmulatorRun run =
                EmulatorRun.collect(MOTO, dir, List.of(new Ec2InstancesCollector()), "us-east-1", "eu-west-1");
        assertThat(run.index().errors()).isEmpty();

        JsonNode reservations = run.doc("ec2.instances", "us-east-1").data().get("Reservations");
        assertThat(reservations).hasSize(2);
        assertThat(NetworkCollectorsIT.ids(reservations, "ReservationId")).isSorted();
        List<JsonNode> instances = StreamSupport.stream(reservations.spliterator(), false)
                .flatMap(r -> StreamSupport.stream(r.get("Instances").spliterator(), false))
                .toList();
        assertThat(instances).extracting(i -> i.get("InstanceId").asText()).containsExactlyInAnyOrder(web, batch);

        JsonNode webNode = byId(instances, web);
        assertThat(webNode.get("ImageId").asText()).isEqualTo(LINUX_IMAGE);
        assertThat(webNode.get("IamInstanceProfile").get("Arn").asText())
                .isEqualTo("arn:aws:iam::123456789012:instance-profile/web");
        assertThat(webNode.has("Platform")).as("Linux has no Platform member").isFalse();
        assertThat(webNode.get("State").get("Name").asText()).isIn("pending", "running");
        assertThat(webNode.get("Tags").get(0).get("Value").asText()).isEqualTo("web-1");

        JsonNode batchNode = byId(instances, batch);
        assertThat(batchNode.has("IamInstanceProfile"))
                .as("no instance profile")
                .isFalse();
        assertThat(batchNode.get("Platform").asText()).isEqualTo("windows");
        assertThat(batchNode.get("ImageId").asText()).isEqualTo(WINDOWS_IMAGE);

        JsonNode elsewhere = run.doc("ec2.instances", "eu-west-1").data().get("Reservations");
        assertThat(elsewhere.isArray()).isTrue();
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void userDataIsNeverRead(@TempDir Path dir) throws IOException {
        EmulatorRun run = EmulatorRun.collect(MOTO, dir, List.of(new Ec2InstancesCollector()), "us-east-1");
        assertThat(run.calls()).containsOnly("Ec2:DescribeInstances");
        String file = Files.readString(dir.resolve("raw/123456789012/us-east-1/ec2.instances.json"));
        assertThat(file)
                .doesNotContain("never-in-evidence")
                .doesNotContain(Base64.getEncoder().encodeToString(USER_DATA_SECRET.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain("UserData");
    }

    @Test
    void ssmThatCannotBeReadIsACollectionErrorNeverAnEmptyList(@TempDir Path dir) {
        EmulatorRun run =
                EmulatorRun.collect(MOTO, dir, List.of(new SsmManagedInstancesCollector()), "us-east-1", "eu-west-1");
        assertThat(run.index().evidence()).extracting(EvidenceEntry::collector).doesNotContain("ssm.managed_instances");
        assertThat(run.index().errors()).hasSize(2).allSatisfy(e -> {
            assertThat(e.collector()).isEqualTo("ssm.managed_instances");
            assertThat(e.operation()).isEqualTo("ssm:DescribeInstanceInformation");
            assertThat(e.iamAction()).isEqualTo("ssm:DescribeInstanceInformation");
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.category()).isEqualTo(ErrorCategory.SERVICE_ERROR);
        });
        assertThat(run.index().errors()).extracting(CollectionError::region).containsExactly("eu-west-1", "us-east-1");
        assertThat(run.calls()).doesNotContain("Ssm:DescribeInstancePatchStates");
    }

    private static JsonNode byId(List<JsonNode> instances, String id) {
        return instances.stream()
                .filter(i -> i.get("InstanceId").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
