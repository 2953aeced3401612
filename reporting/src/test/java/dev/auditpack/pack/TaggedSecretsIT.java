package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * An EC2 instance tagged with a password and a secret access key, collected from moto over HTTP: AWS returns
 * the tags as {@code {"Key": …, "Value": …}} pairs, and both the build and {@code auditpack scan} must see them.
 */
@ExtendWith(MotoServer.class)
class TaggedSecretsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final String PASSWORD = "S3cretPassw0rd!";
    private static final String EXAMPLE_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @TempDir
    Path dir;

    @Test
    void secretsInTagsStopThePackAndFailTheScan() {
        MOTO.reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), MOTO, "us-east-1")) {
            String image = ec2.describeImages().images().get(0).imageId();
            ec2.runInstances(r -> r.imageId(image)
                    .minCount(1)
                    .maxCount(1)
                    .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE)
                            .tags(
                                    Tag.builder().key("Name").value("db-1").build(),
                                    Tag.builder()
                                            .key("db_password")
                                            .value(PASSWORD)
                                            .build(),
                                    Tag.builder()
                                            .key("AWS_SECRET_ACCESS_KEY")
                                            .value(EXAMPLE_KEY)
                                            .build())));
        }
        Path locker = dir.resolve("evidence");
        Cli collect = Cli.run(
                "collect",
                "--out",
                locker.toString(),
                "--regions",
                "us-east-1",
                "--period",
                "2026-Q4",
                "--endpoint-url",
                MOTO.endpoint().toString(),
                "--max-attempts",
                "2");
        assertThat(collect.exit()).as(collect.err()).isIn(0, 4);

        Path out = dir.resolve("pack");
        Cli report = Cli.run("report", "--evidence", locker.toString(), "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isEqualTo(2);
        assertThat(report.errLines())
                .singleElement()
                .asString()
                .contains("ec2.instances.json: holds what looks like", "no pack was written")
                .doesNotContain(PASSWORD, EXAMPLE_KEY);
        assertThat(out).doesNotExist();

        Cli scan = Cli.run("scan", locker.toString());
        assertThat(scan.exit()).isEqualTo(3);
        assertThat(scan.errLines())
                .contains(
                        "raw/123456789012/us-east-1/ec2.instances.json: holds what looks like an AWS secret access key",
                        "raw/123456789012/us-east-1/ec2.instances.json: holds what looks like a password");
        assertThat(scan.out() + scan.err()).doesNotContain(PASSWORD, EXAMPLE_KEY);
    }
}
