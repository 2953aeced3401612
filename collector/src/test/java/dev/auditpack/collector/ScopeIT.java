package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.emulator.CallRecorder;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/** Collecting several accounts (by role) and whole organizations from moto, where assume-role is real. */
@ExtendWith(MotoServer.class)
class ScopeIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final String MEMBER = "222222222222";

    @TempDir
    Path dir;

    private final CallRecorder calls = new CallRecorder();

    @BeforeEach
    void reset() {
        MOTO.reset();
    }

    private CollectionRun run(List<Collector> collectors) {
        return new CollectionRun(
                Emulated.settings(MOTO, null, "us-east-1").withInterceptors(List.of(calls)),
                Emulated.credentials(),
                collectors,
                CollectionListener.NONE,
                Clock.systemUTC(),
                "test");
    }

    private static List<Collector> some(String... ids) {
        Set<String> wanted = Set.of(ids);
        return Collector.all().stream().filter(c -> wanted.contains(c.id())).toList();
    }

    private static AwsCredentialsProvider member(String account) {
        StsClient sts = StsClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(Emulated.credentials())
                .endpointOverride(MotoServer.get().endpoint())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r ->
                        r.roleArn("arn:aws:iam::" + account + ":role/Seeder").roleSessionName("seed"))
                .build();
    }

    @Test
    void collectsEachAccountThroughItsRole() {
        try (S3Client s3 = S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(member(MEMBER))
                .endpointOverride(MOTO.endpoint())
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            s3.createBucket(r -> r.bucket("member-only-bucket"));
        }
        ScopeRequest scope = new ScopeRequest(
                List.of(Emulated.ACCOUNT, MEMBER),
                false,
                "AuditpackReadOnly",
                Optional.of("ext-123"),
                List.of("us-east-1", "eu-west-1"),
                false,
                Duration.ofMinutes(15));
        EvidenceIndex index = run(some("sts.caller_identity", "s3.buckets", "cloudtrail.trails"))
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"), scope);

        assertThat(index.errors()).isEmpty();
        assertThat(index.scope().accounts()).containsExactly(Emulated.ACCOUNT, MEMBER);
        assertThat(index.evidence())
                .extracting(EvidenceEntry::path)
                .contains(
                        "raw/222222222222/global/s3.buckets.json",
                        "raw/222222222222/eu-west-1/cloudtrail.trails.json",
                        "raw/123456789012/us-east-1/cloudtrail.trails.json");
        Locker locker = Locker.open(dir);
        var memberIdentity =
                locker.read(entry(index, MEMBER, "sts.caller_identity")).data().toString();
        assertThat(memberIdentity).contains("assumed-role/AuditpackReadOnly/auditpack");
        assertThat(locker.read(entry(index, MEMBER, "s3.buckets")).data().toString())
                .contains("member-only-bucket");
        assertThat(locker.read(entry(index, Emulated.ACCOUNT, "s3.buckets"))
                        .data()
                        .toString())
                .doesNotContain("member-only-bucket");
        assertThat(calls.calls()).contains("Sts:AssumeRole");
        assertThat(dir.resolve(LockerWriter.PLAN)).exists();
    }

    @Test
    void collectsTheWholeOrganizationAndItsStructure() {
        List<String> members;
        try (OrganizationsClient org = OrganizationsClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(Emulated.credentials())
                .endpointOverride(MOTO.endpoint())
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            org.createOrganization(r -> r.featureSet("ALL"));
            org.createAccount(r -> r.accountName("prod").email("prod@example.com"));
            org.createAccount(r -> r.accountName("dev").email("dev@example.com"));
            members = org.listAccountsPaginator(r -> {}).stream()
                    .flatMap(p -> p.accounts().stream())
                    .map(a -> a.id())
                    .sorted()
                    .toList();
        }
        assertThat(members).hasSize(3).contains(Emulated.ACCOUNT);
        ScopeRequest scope = new ScopeRequest(
                List.of(),
                true,
                "AuditpackReadOnly",
                Optional.empty(),
                List.of("us-east-1"),
                false,
                Duration.ofHours(1));
        EvidenceIndex index = run(some("sts.caller_identity", "iam.account_summary"))
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"), scope);

        assertThat(index.errors()).isEmpty();
        assertThat(index.scope().accounts()).containsExactlyElementsOf(members);
        assertThat(index.evidence().stream()
                        .filter(e -> e.collector().equals("sts.caller_identity"))
                        .map(EvidenceEntry::account))
                .containsExactlyInAnyOrderElementsOf(members);
        assertThat(calls.calls()).contains("Organizations:ListAccounts");
    }

    @Test
    void allRegionsMeansTheRegionsEnabledInEachAccount() {
        EvidenceIndex index = run(some("cloudtrail.trails"))
                .run(
                        LockerWriter.create(dir, false),
                        AuditPeriod.parse("2026-Q4"),
                        new ScopeRequest(
                                List.of(),
                                false,
                                "AuditpackReadOnly",
                                Optional.empty(),
                                List.of(),
                                true,
                                Duration.ofHours(1)));
        assertThat(index.errors()).isEmpty();
        assertThat(index.scope().regions())
                .contains("us-east-1", "eu-west-1", "ap-southeast-2")
                .hasSizeGreaterThan(10);
        assertThat(index.evidence()).hasSize(index.scope().regions().size());
        assertThat(calls.calls()).contains("Ec2:DescribeRegions");
    }

    @Test
    void aSessionNearItsEndIsRenewedRatherThanUsedUntilItExpires() {
        // Sessions of 50 seconds are within the SDK's last minute from the start (moto grants them; AWS would
        // not), so every use of the member account's credentials renews them: what a run of several hours
        // does near each session's end.
        ScopeRequest scope = new ScopeRequest(
                List.of(MEMBER),
                false,
                "AuditpackReadOnly",
                Optional.empty(),
                List.of("us-east-1", "eu-west-1"),
                false,
                Duration.ofSeconds(50));
        EvidenceIndex index = run(some("sts.caller_identity", "s3.buckets", "cloudtrail.trails"))
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"), scope);

        assertThat(index.errors()).isEmpty();
        assertThat(index.evidence()).extracting(EvidenceEntry::account).containsOnly(MEMBER);
        assertThat(calls.calls().stream().filter("Sts:AssumeRole"::equals).count())
                .as("the role is assumed again as sessions near their end")
                .isGreaterThan(1);
    }

    @Test
    void anAccountWhoseRoleCannotBeAssumedIsAnErrorForEachOfItsCollectorsAndTheRestGoesOn() {
        try (var iam = Emulated.iam(MOTO)) {
            iam.createUser(r -> r.userName("runner"));
            iam.putUserPolicy(r -> r.userName("runner").policyName("no-third").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
                     {"Effect":"Deny","Action":"sts:AssumeRole","Resource":"arn:aws:iam::333333333333:role/*"}]}"""));
            var key = iam.createAccessKey(r -> r.userName("runner")).accessKey();
            Emulated.enforceIam(MOTO, true);
            try {
                ScopeRequest scope = new ScopeRequest(
                        List.of(MEMBER, "333333333333"),
                        false,
                        "AuditpackReadOnly",
                        Optional.empty(),
                        List.of("us-east-1"),
                        false,
                        Duration.ofHours(1));
                EvidenceIndex index = new CollectionRun(
                                Emulated.settings(MOTO, null, "us-east-1"),
                                Emulated.credentials(key.accessKeyId(), key.secretAccessKey()),
                                some("sts.caller_identity", "cloudtrail.trails"),
                                CollectionListener.NONE,
                                Clock.systemUTC(),
                                "test")
                        .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"), scope);
                assertThat(index.evidence()).extracting(EvidenceEntry::account).containsOnly(MEMBER);
                assertThat(index.evidence())
                        .extracting(EvidenceEntry::collector)
                        .contains("sts.caller_identity");
                List<CollectionError> third = index.errors().stream()
                        .filter(e -> e.account().equals("333333333333"))
                        .toList();
                assertThat(third).hasSize(2).allSatisfy(e -> {
                    assertThat(e.operation()).isEqualTo("sts:AssumeRole");
                    assertThat(e.errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.category()).isEqualTo(dev.auditpack.evidence.ErrorCategory.ACCESS_DENIED);
                });
                assertThat(third)
                        .extracting(CollectionError::collector)
                        .containsExactlyInAnyOrder("sts.caller_identity", "cloudtrail.trails");
                // (moto answers CloudTrail calls from assumed-role sessions with HTTP 500 while IAM is enforced;
                // whatever it answers, the member account's other collectors are unaffected by the third's failure.)
            } finally {
                Emulated.enforceIam(MOTO, false);
            }
        }
    }

    @Test
    void anOrganizationWithoutAccountsStopsWithAClearMessage() {
        ScopeRequest scope = new ScopeRequest(
                List.of(),
                true,
                "AuditpackReadOnly",
                Optional.empty(),
                List.of("us-east-1"),
                false,
                Duration.ofHours(1));
        LockerWriter writer = LockerWriter.create(dir.resolve("locker"), false);
        assertThatThrownBy(() -> run(some("sts.caller_identity")).run(writer, AuditPeriod.parse("2026-Q4"), scope))
                .isInstanceOf(CollectionRun.IdentityException.class)
                .hasMessageContaining("the organization lists no active accounts");
    }

    private static EvidenceEntry entry(EvidenceIndex index, String account, String collector) {
        return index.evidence().stream()
                .filter(e -> e.account().equals(account) && e.collector().equals(collector))
                .findFirst()
                .orElseThrow();
    }
}
