package dev.auditpack.check.ssm;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsmInstancePatchesCompliantTest {

    /** The fixture's collection finishes 2026-11-20T09:01:00Z. */
    private static final String RECENT = "2026-11-19T03:00:00Z";

    private static final String OLD = "2026-10-01T03:00:00Z";

    @TempDir
    Path dir;

    private static String instance(String id, String ping) {
        return "{'InstanceId':'" + id + "','PingStatus':'" + ping + "','ComputerName':'host-" + id + "'}";
    }

    private static String state(String id, int missing, int failed, int pendingReboot, String end) {
        return "{'InstanceId':'" + id + "','Operation':'Scan','OperationEndTime':'" + end + "','MissingCount':"
                + missing
                + ",'FailedCount':" + failed + ",'InstalledPendingRebootCount':" + pendingReboot
                + ",'InstalledRejectedCount':0,'CriticalNonCompliantCount':" + (missing > 0 ? 1 : 0)
                + ",'SecurityNonCompliantCount':" + missing + ",'InstalledCount':40}";
    }

    private List<Finding> run(String list, String states) {
        String data = "{'InstanceInformationList':[" + list + "],'DescribeInstancePatchStates':" + states + "}";
        return LockerFixture.run(
                new SsmInstancePatchesCompliant(),
                new LockerFixture(dir)
                        .doc("ssm.managed_instances", "eu-west-1", data)
                        .build());
    }

    @Test
    void judgesEachManagedInstancesPatchState() {
        List<Finding> f = run(
                String.join(
                        ",",
                        instance("i-1", "Online"),
                        instance("i-2", "Online"),
                        instance("i-3", "ConnectionLost"),
                        instance("i-4", "Online"),
                        instance("mi-5", "Online"),
                        instance("i-6", "Online"),
                        instance("i-7", "Inactive")),
                ok("["
                        + String.join(
                                ",",
                                state("i-1", 0, 0, 0, RECENT),
                                state("i-2", 3, 1, 0, RECENT),
                                state("i-3", 0, 0, 2, RECENT),
                                state("mi-5", 0, 0, 0, RECENT),
                                state("i-6", 0, 0, 0, OLD))
                        + "]"));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:ec2:eu-west-1:111122223333:instance/i-1", CheckStatus.PASS),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:instance/i-2", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:instance/i-3", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:instance/i-4", CheckStatus.FAIL),
                        tuple("arn:aws:ssm:eu-west-1:111122223333:managed-instance/mi-5", CheckStatus.PASS),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:instance/i-6", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:instance/i-7", CheckStatus.NOT_APPLICABLE));
        assertThat(f.get(0).reason())
                .isEqualTo("Managed instance i-1 (host-i-1) has every patch its baseline approves "
                        + "installed and in effect (Scan finished 2026-11-19T03:00:00Z).");
        assertThat(f.get(1).reason())
                .isEqualTo("Managed instance i-2 (host-i-2) is not fully patched: 3 missing, 1 failed; "
                        + "1 critical and 3 security patch(es) non-compliant (Scan finished 2026-11-19T03:00:00Z).");
        assertThat(f.get(2).reason()).contains("2 installed pending reboot");
        assertThat(f.get(3).reason()).isEqualTo("Managed instance i-4 (host-i-4) has never been scanned for patches.");
        assertThat(f.get(5).reason()).contains("last scanned for patches on 2026-10-01T03:00:00Z, more than 30 days");
    }

    @Test
    void isAGapPerInstanceWhenThePatchStatesCouldNotBeRead() {
        List<Finding> f =
                run(instance("i-1", "Online") + "," + instance("i-7", "Inactive"), error("AccessDeniedException"));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.GAP, CheckStatus.NOT_APPLICABLE);
        assertThat(f.get(0).reason())
                .isEqualTo("The patch state of managed instance i-1 (host-i-1) could not be read "
                        + "(AccessDeniedException).");
    }

    @Test
    void isNotApplicableWhereSsmManagesNothing() {
        assertThat(run("", ok("[]"))).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
            assertThat(x.resource()).isEqualTo("arn:aws:ssm:eu-west-1:111122223333:managed-instances");
        });
    }

    @Test
    void isAGapWhenSsmCouldNotBeRead() {
        var ev = new LockerFixture(dir)
                .failed(
                        "ssm.managed_instances",
                        "eu-west-1",
                        "ssm:DescribeInstanceInformation",
                        "AccessDeniedException")
                .build();
        assertThat(LockerFixture.run(new SsmInstancePatchesCompliant(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void aFileWithoutItsListIsAGapNotAnEmptyRegion() {
        var ev = new LockerFixture(dir)
                .doc("ssm.managed_instances", "eu-west-1", "{}")
                .build();
        assertThat(LockerFixture.run(new SsmInstancePatchesCompliant(), ev))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(
                        tuple(CheckStatus.GAP, "The managed instance list of eu-west-1 is missing from the evidence."));
    }
}
