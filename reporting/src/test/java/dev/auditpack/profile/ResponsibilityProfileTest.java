package dev.auditpack.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponsibilityProfileTest {

    @TempDir
    Path dir;

    @Test
    void servicesInUseAreFoundAndUnreadableOnesAreUnknownNotUnused() {
        var evidence = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc(
                        "ec2.instances",
                        "eu-west-1",
                        "{'Reservations':[{'Instances':[{'InstanceId':'i-1'}]},{'Instances':[{'InstanceId':'i-2'}]}]}")
                .doc("ec2.instances", "us-east-1", "{'Reservations':[]}")
                .doc("s3.buckets", "global", "{'Buckets':[]}")
                .doc("rds.instances", "eu-west-1", "{'DBInstances':[]}")
                .doc("rds.instances", "us-east-1", "{'DBInstances':[]}")
                .doc("rds.clusters", "eu-west-1", "{'DBClusters':[]}")
                .doc("rds.clusters", "us-east-1", "{'DBClusters':[]}")
                .failed("lambda.functions", "eu-west-1", "lambda:ListFunctions", "AccessDenied")
                .doc("lambda.functions", "us-east-1", "{'Functions':[]}")
                .build();
        Map<String, ResponsibilityProfile.Entry> byId =
                ResponsibilityProfile.of(evidence, ResponsibilityProfile.shipped()).stream()
                        .collect(Collectors.toMap(e -> e.service().id(), e -> e));

        var ec2 = byId.get("ec2");
        assertThat(ec2.use()).isEqualTo(ResponsibilityProfile.Use.IN_USE);
        assertThat(ec2.resources()).isEqualTo(2);
        assertThat(ec2.where()).containsExactly(LockerFixture.ACCOUNT + "/eu-west-1");
        assertThat(ec2.service().model()).isEqualTo("infrastructure");
        assertThat(ec2.service().customer()).anyMatch(s -> s.contains("guest operating system"));

        assertThat(byId.get("s3").use()).isEqualTo(ResponsibilityProfile.Use.NOT_FOUND);
        assertThat(byId.get("rds").use()).isEqualTo(ResponsibilityProfile.Use.NOT_FOUND);
        assertThat(byId.get("rds").service().model()).isEqualTo("managed");
        assertThat(byId.get("lambda").use())
                .as("one region could not be read")
                .isEqualTo(ResponsibilityProfile.Use.UNKNOWN);
        assertThat(byId.get("lambda").unread()).containsExactly(LockerFixture.ACCOUNT + "/eu-west-1");
        assertThat(byId.get("dynamodb").use()).as("never collected").isEqualTo(ResponsibilityProfile.Use.UNKNOWN);

        // Built account by account from the views evaluation reads, the profile is the same.
        ResponsibilityProfile.Tally tally = new ResponsibilityProfile.Tally(ResponsibilityProfile.shipped());
        evidence.accounts().forEach(account -> tally.add(evidence.forAccount(account)));
        assertThat(tally.entries()).isEqualTo(ResponsibilityProfile.of(evidence, ResponsibilityProfile.shipped()));
    }

    @Test
    void everyShippedServiceNamesRealCollectorsAndBothSides() {
        List<ServiceModel> models = ResponsibilityProfile.shipped();
        var collectors = dev.auditpack.collector.Collector.all().stream()
                .map(c -> c.id())
                .collect(Collectors.toSet());
        assertThat(models).isNotEmpty().allSatisfy(m -> {
            assertThat(m.detect())
                    .isNotEmpty()
                    .allSatisfy(d -> assertThat(collectors).contains(d.collector()));
            assertThat(m.aws()).isNotEmpty();
            assertThat(m.customer()).isNotEmpty();
        });
    }
}
