package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.collector.aws.accessanalyzer.AccessAnalyzerAnalyzersCollector;
import dev.auditpack.collector.aws.iam.IamAuthorizationDetailsCollector;
import dev.auditpack.collector.aws.iam.IamUsersCollector;
import dev.auditpack.collector.aws.iam.IamVirtualMfaDevicesCollector;
import dev.auditpack.emulator.CallRecorder;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The identity collectors against moto, seeded through the IAM API: users with and without MFA, keys and
 * console passwords, a group, a role, a customer managed policy with two versions, virtual MFA devices.
 * moto has no Access Analyzer, so only its failure path is tested here.
 */
@ExtendWith(MotoServer.class)
class IdentityCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final String INLINE_POLICY =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}]}";
    private static final String READ_LOGS_V1 =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"logs:Get*\",\"Resource\":\"*\"}]}";
    private static final String READ_LOGS_V2 =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"logs:Get*\",\"logs:Describe*\"],\"Resource\":\"*\"}]}";

    private static final List<Collector> COLLECTORS = List.of(
            new IamAuthorizationDetailsCollector(),
            new IamUsersCollector(),
            new IamVirtualMfaDevicesCollector(),
            new AccessAnalyzerAnalyzersCollector());

    private static final List<String> aliceKeys = new ArrayList<>();
    private static final List<String> secrets = new ArrayList<>();
    private static String readLogsArn;

    @BeforeAll
    static void seedAndCollect() {
        try (IamClient iam = Emulated.iam(MOTO)) {
            // Created out of order, so sorting shows.
            for (String user : List.of("carol", "alice", "bob")) {
                iam.createUser(r -> r.userName(user));
            }
            iam.createLoginProfile(r -> r.userName("alice").password("Initial-Passw0rd!"));
            for (int i = 0; i < 2; i++) {
                var key = iam.createAccessKey(r -> r.userName("alice")).accessKey();
                aliceKeys.add(key.accessKeyId());
                secrets.add(key.secretAccessKey());
            }
            aliceKeys.sort(null);
            String aliceMfa = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("alice"))
                    .virtualMFADevice()
                    .serialNumber();
            iam.enableMFADevice(r -> r.userName("alice")
                    .serialNumber(aliceMfa)
                    .authenticationCode1("123456")
                    .authenticationCode2("654321"));
            // What the root user's device is called; moto cannot assign it to root, so it stays unassigned.
            iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("root-account-mfa-device"));
            iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("spare"));
            var carolKey = iam.createAccessKey(r -> r.userName("carol")).accessKey();
            secrets.add(carolKey.secretAccessKey());

            readLogsArn = iam.createPolicy(r -> r.policyName("ReadLogs").policyDocument(READ_LOGS_V1))
                    .policy()
                    .arn();
            iam.createPolicyVersion(
                    r -> r.policyArn(readLogsArn).policyDocument(READ_LOGS_V2).setAsDefault(true));
            iam.createGroup(r -> r.groupName("operators"));
            iam.attachGroupPolicy(r -> r.groupName("operators").policyArn(readLogsArn));
            iam.addUserToGroup(r -> r.groupName("operators").userName("alice"));
            iam.putUserPolicy(
                    r -> r.userName("alice").policyName("no-bucket-deletes").policyDocument(INLINE_POLICY));
            iam.createRole(r -> r.roleName("auditor")
                    .assumeRolePolicyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                                    + ACCOUNT + ":root\"},\"Action\":\"sts:AssumeRole\"}]}"));
            // moto loads no AWS managed policies (MOTO_IAM_LOAD_MANAGED_POLICIES is off), so none can be attached.
            iam.attachRolePolicy(r -> r.roleName("auditor").policyArn(readLogsArn));
            iam.putRolePolicy(
                    r -> r.roleName("auditor").policyName("no-bucket-deletes").policyDocument(INLINE_POLICY));
        }
        collect();
    }

    private static final CallRecorder calls = new CallRecorder();

    @TempDir
    static Path dir;

    private static Locker locker;

    private static void collect() {
        var settings = Emulated.settings(MOTO, null, "us-east-1").withInterceptors(List.of(calls));
        new CollectionRun(
                        settings,
                        Emulated.credentials(),
                        COLLECTORS,
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"));
        locker = Locker.open(dir);
        assertThat(locker.verify()).isEmpty();
        assertThat(locker.index().evidence())
                .extracting(EvidenceEntry::errorCount)
                .containsOnly(0);
    }

    @Test
    void onlyDeclaredReadOnlyOperationsAreCalled() {
        List<String> declared = COLLECTORS.stream()
                .flatMap(c -> c.operations().stream())
                .filter(Operation::isReadOnly)
                .map(op -> op.api() + ":" + op.name())
                .toList();
        assertThat(calls.calls())
                .as("besides the run's own GetCallerIdentity")
                .filteredOn(call -> !call.equals("Sts:GetCallerIdentity"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(declared).contains(call));
        assertThat(calls.calls())
                .contains(
                        "Iam:GetAccessKeyLastUsed",
                        "Iam:GetLoginProfile",
                        "Iam:ListMFADevices",
                        "AccessAnalyzer:ListAnalyzers");
    }

    @Test
    void authorizationDetailsHoldEveryPrincipalAndCustomerPolicyWithDocumentsAsReturned() {
        EvidenceDocument doc = doc(locker, "iam.authorization_details");
        assertThat(doc.operations()).containsExactly("iam:GetAccountAuthorizationDetails");
        JsonNode data = doc.data();

        assertThat(names(data.get("UserDetailList"), "UserName")).containsExactly("alice", "bob", "carol");
        JsonNode alice = data.get("UserDetailList").get(0);
        assertThat(alice.path("GroupList").get(0).asText()).isEqualTo("operators");
        JsonNode inline = alice.path("UserPolicyList").get(0);
        assertThat(inline.path("PolicyName").asText()).isEqualTo("no-bucket-deletes");
        assertThat(inline.path("PolicyDocument").isTextual()).isTrue();
        assertThat(inline.path("PolicyDocument").asText())
                .as("URL-encoded, as IAM returns it")
                .startsWith("%7B");
        assertThat(json(URLDecoder.decode(inline.path("PolicyDocument").asText(), StandardCharsets.UTF_8)))
                .isEqualTo(json(INLINE_POLICY));

        assertThat(names(data.get("GroupDetailList"), "GroupName")).containsExactly("operators");
        assertThat(data.get("GroupDetailList")
                        .get(0)
                        .path("AttachedManagedPolicies")
                        .get(0)
                        .path("PolicyArn")
                        .asText())
                .isEqualTo(readLogsArn);

        assertThat(names(data.get("RoleDetailList"), "RoleName")).containsExactly("auditor");
        JsonNode auditor = data.get("RoleDetailList").get(0);
        assertThat(auditor.path("AttachedManagedPolicies")
                        .get(0)
                        .path("PolicyArn")
                        .asText())
                .isEqualTo(readLogsArn);
        assertThat(auditor.path("RolePolicyList").get(0).path("PolicyName").asText())
                .isEqualTo("no-bucket-deletes");
        assertThat(auditor.path("AssumeRolePolicyDocument").asText()).contains("sts:AssumeRole");

        assertThat(names(data.get("Policies"), "Arn")).containsExactly(readLogsArn);
        JsonNode readLogs = data.get("Policies").get(0);
        assertThat(readLogs.path("DefaultVersionId").asText()).isEqualTo("v2");
        JsonNode defaultVersion = StreamSupport.stream(
                        readLogs.path("PolicyVersionList").spliterator(), false)
                .filter(v -> v.path("IsDefaultVersion").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(defaultVersion.path("VersionId").asText()).isEqualTo("v2");
        assertThat(json(URLDecoder.decode(defaultVersion.path("Document").asText(), StandardCharsets.UTF_8)))
                .isEqualTo(json(READ_LOGS_V2));
    }

    @Test
    void usersCarryTheirMfaKeysWithLastUseAndLoginProfile() throws Exception {
        EvidenceDocument doc = doc(locker, "iam.users");
        assertThat(doc.operations())
                .containsExactly(
                        "iam:GetAccessKeyLastUsed",
                        "iam:GetLoginProfile",
                        "iam:ListAccessKeys",
                        "iam:ListMFADevices",
                        "iam:ListUsers");
        JsonNode users = doc.data().get("Users");
        assertThat(names(users, "UserName")).containsExactly("alice", "bob", "carol");

        JsonNode alice = users.get(0).path("calls");
        OperationResult login = OperationResult.from(alice.get("GetLoginProfile"));
        assertThat(login.outcome()).isEqualTo(Outcome.OK);
        assertThat(login.response().path("LoginProfile").path("UserName").asText())
                .isEqualTo("alice");
        JsonNode mfa = OperationResult.from(alice.get("ListMFADevices")).response();
        assertThat(mfa).hasSize(1);
        assertThat(mfa.get(0).path("SerialNumber").asText()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":mfa/alice");
        JsonNode keys = OperationResult.from(alice.get("ListAccessKeys")).response();
        assertThat(names(keys, "AccessKeyId")).containsExactlyElementsOf(aliceKeys);
        assertThat(keys).allSatisfy(key -> {
            assertThat(key.path("Status").asText()).isEqualTo("Active");
            OperationResult lastUsed = OperationResult.from(key.path("calls").get("GetAccessKeyLastUsed"));
            assertThat(lastUsed.outcome()).isEqualTo(Outcome.OK);
            assertThat(lastUsed.response().path("UserName").asText()).isEqualTo("alice");
            assertThat(lastUsed.response().has("AccessKeyLastUsed")).isTrue();
        });

        JsonNode bob = users.get(1).path("calls");
        OperationResult noPassword = OperationResult.from(bob.get("GetLoginProfile"));
        assertThat(noPassword.outcome())
                .as("no console password is ABSENT, not an error")
                .isEqualTo(Outcome.ABSENT);
        assertThat(noPassword.errorCode()).isEqualTo("NoSuchEntity");
        assertThat(noPassword.httpStatus()).isEqualTo(404);
        assertThat(OperationResult.from(bob.get("ListMFADevices")).response())
                .as("no MFA is an empty answer")
                .isEmpty();
        assertThat(OperationResult.from(bob.get("ListAccessKeys")).response()).isEmpty();

        JsonNode carolKeys = OperationResult.from(users.get(2).path("calls").get("ListAccessKeys"))
                .response();
        assertThat(carolKeys).hasSize(1);

        String file = Files.readString(dir.resolve(entry(locker, "iam.users").path()));
        assertThat(secrets).allSatisfy(secret -> assertThat(file).doesNotContain(secret));
        assertThat(file).doesNotContain("SecretAccessKey");
    }

    @Test
    void virtualMfaDevicesIncludeUnassignedOnesAndNeverTheirSeed() throws Exception {
        JsonNode devices = doc(locker, "iam.virtual_mfa_devices").data().get("VirtualMFADevices");
        String prefix = "arn:aws:iam::" + ACCOUNT + ":mfa/";
        assertThat(names(devices, "SerialNumber"))
                .containsExactly(prefix + "alice", prefix + "root-account-mfa-device", prefix + "spare");
        assertThat(devices.get(0).path("User").path("UserName").asText()).isEqualTo("alice");
        assertThat(devices.get(0).has("EnableDate")).isTrue();
        assertThat(devices.get(1).has("User")).isFalse();
        assertThat(devices.get(1).path("SerialNumber").asText()).endsWith(":mfa/root-account-mfa-device");
        String file = Files.readString(
                dir.resolve(entry(locker, "iam.virtual_mfa_devices").path()));
        assertThat(file).doesNotContain("Base32StringSeed").doesNotContain("QRCodePNG");
    }

    /** moto has no Access Analyzer: its 500 must be a collection error and no file, never an empty list. */
    @Test
    void anAnalyzerListThatCannotBeReadIsAnErrorNotAnEmptyList() {
        assertThat(locker.index().evidence())
                .extracting(EvidenceEntry::collector)
                .containsExactly("iam.authorization_details", "iam.users", "iam.virtual_mfa_devices");
        assertThat(locker.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.collector()).isEqualTo("accessanalyzer.analyzers");
            assertThat(e.region()).isEqualTo("us-east-1");
            assertThat(e.operation()).isEqualTo("access-analyzer:ListAnalyzers");
            assertThat(e.iamAction()).isEqualTo("access-analyzer:ListAnalyzers");
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.category()).isEqualTo(ErrorCategory.SERVICE_ERROR);
        });
    }

    private static List<String> names(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(n -> n.path(field).asText())
                .collect(Collectors.toList());
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static EvidenceEntry entry(Locker locker, String collector) {
        return locker.index().evidence().stream()
                .filter(e -> e.collector().equals(collector))
                .findFirst()
                .orElseThrow();
    }

    private static EvidenceDocument doc(Locker locker, String collector) {
        return locker.read(entry(locker, collector));
    }
}
