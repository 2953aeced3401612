package dev.auditpack.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.LockerFixture;
import dev.auditpack.evidence.Locker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations section read from a locker written by the real locker writer: jobs summed per resource with the
 * resources to look at flagged, a GetFindings batch that failed after ListFindings answered, and a region whose
 * ListBackupJobs failed, each a GAP naming the call; a locker without either collector has no section.
 */
class OperationsReaderTest {

    private static final String VOLUME = "arn:aws:ec2:eu-west-1:111122223333:volume/vol-1";
    private static final String DISK = "arn:aws:ec2:eu-west-1:111122223333:volume/vol-2";

    private static String job(String arn, String state, String created) {
        return "{'ResourceArn':'" + arn + "','ResourceType':'EBS','State':'" + state + "','CreationDate':'" + created
                + "'}";
    }

    @Test
    void jobsPerResourceFailedCallsAreGapsAndExpiredOnlyIsFlagged(@TempDir Path dir) {
        new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc(
                        "backup.jobs",
                        "eu-west-1",
                        "{'BackupJobs':[" + job(VOLUME, "COMPLETED", "2026-10-01T03:00:00Z") + ","
                                + job(VOLUME, "COMPLETED", "2026-10-02T03:00:00Z") + ","
                                + job(DISK, "EXPIRED", "2026-10-01T03:00:00Z") + ","
                                + job(DISK, "ABORTED", "2026-10-02T03:00:00Z") + "]}")
                .failed("backup.jobs", "us-east-1", "backup:ListBackupJobs", "AccessDeniedException")
                .doc(
                        "guardduty.period_findings",
                        "eu-west-1",
                        "{'Detectors':[{'DetectorId':'d1','calls':{'ListFindings':"
                                + LockerFixture.ok("{'findingIds':['f1']}") + ",'GetFindings':"
                                + LockerFixture.error("ThrottlingException") + "}}]}")
                .doc("guardduty.period_findings", "us-east-1", "{'Detectors':[]}")
                .build();

        OperationsSection section = OperationsReader.read(Locker.open(dir));

        assertThat(section.backups()).hasSize(2);
        OperationsSection.ResourceBackups disk = section.backups().get(0);
        assertThat(disk.resourceArn()).isEqualTo(DISK);
        assertThat(disk.expired()).isEqualTo(1);
        assertThat(disk.other()).isEqualTo(1);
        assertThat(disk.flag()).isEqualTo("no completed backup job in the period");
        OperationsSection.ResourceBackups volume = section.backups().get(1);
        assertThat(volume.completed()).isEqualTo(2);
        assertThat(volume.lastJob()).isEqualTo("2026-10-02T03:00:00Z");
        assertThat(volume.flag()).isNull();
        assertThat(section.flaggedResources()).isEqualTo(1);

        assertThat(section.findings())
                .as("unread findings are not an empty list")
                .isEmpty();
        assertThat(section.gaps())
                .extracting(g -> g.region() + " " + g.collector() + " " + g.reason())
                .containsExactlyInAnyOrder(
                        "eu-west-1 guardduty.period_findings detector d1: ThrottlingException (denied)",
                        "us-east-1 backup.jobs backup:ListBackupJobs failed: AccessDeniedException"
                                + " (User is not authorized)");
        assertThat(section.findingControls().get("soc2-2017")).containsExactly("CC7.3", "CC7.4");
    }

    @Test
    void aLockerWithoutTheCollectorsHasNoSection(@TempDir Path dir) {
        new LockerFixture(dir)
                .doc("guardduty.detectors", "eu-west-1", "{'Detectors':[]}")
                .build();

        assertThat(OperationsReader.read(Locker.open(dir)).isEmpty()).isTrue();
    }
}
