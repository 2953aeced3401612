package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;
import software.amazon.awssdk.services.backup.model.ConditionType;
import software.amazon.awssdk.services.backup.model.GetBackupSelectionResponse;
import software.amazon.awssdk.services.backup.model.InvalidParameterValueException;
import software.amazon.awssdk.services.backup.model.ProtectedResource;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;

/**
 * AWS Backup's protected resources and plan selections come from the stub through the real SDK client; the
 * plans themselves stay in moto, and a selection is found only under a plan moto knows.
 */
@ExtendWith(MotoServer.class)
class GatewayBackupTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingMoto();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final String REGION = "eu-west-1";
    private static final Instant BACKED_UP = Instant.parse("2026-11-24T03:12:45.125Z");
    private static final String ROLE = "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole";
    private static final String VAULT = "arn:aws:backup:eu-west-1:123456789012:backup-vault:Default";

    private static BackupClient backup(String region) {
        return GatewayClients.oneAttempt(BackupClient.builder(), GATEWAY, region);
    }

    private static BackupStub.ProtectedResource resource(String arn, String type, int hoursAgo) {
        return new BackupStub.ProtectedResource(
                arn,
                type,
                arn.substring(arn.lastIndexOf(':') + 1),
                BACKED_UP.minusSeconds(3600L * hoursAgo),
                VAULT,
                "arn:aws:backup:eu-west-1:123456789012:recovery-point:" + type.toLowerCase() + "-" + hoursAgo);
    }

    @Test
    void listProtectedResourcesPagesWithEpochSecondTimestamps() {
        GATEWAY.backup()
                .protectedResources(
                        Emulated.ACCOUNT,
                        REGION,
                        List.of(
                                resource("arn:aws:rds:eu-west-1:123456789012:db:orders", "RDS", 0),
                                resource("arn:aws:ec2:eu-west-1:123456789012:volume/vol-0a1b2c3d4e5f60718", "EBS", 24),
                                resource("arn:aws:dynamodb:eu-west-1:123456789012:table/sessions", "DynamoDB", 48)));

        try (BackupClient backup = backup(REGION)) {
            List<ProtectedResource> all =
                    backup.listProtectedResourcesPaginator(r -> r.maxResults(2)).results().stream()
                            .toList();
            assertThat(all).extracting(ProtectedResource::resourceType).containsExactly("RDS", "EBS", "DynamoDB");
            ProtectedResource first = all.get(0);
            assertThat(first.resourceArn()).isEqualTo("arn:aws:rds:eu-west-1:123456789012:db:orders");
            assertThat(first.resourceName()).isEqualTo("orders");
            assertThat(first.lastBackupTime()).isEqualTo(BACKED_UP);
            assertThat(first.lastBackupVaultArn()).isEqualTo(VAULT);
            assertThat(first.lastRecoveryPointArn()).endsWith(":recovery-point:rds-0");
            assertThat(all.get(2).lastBackupTime()).isEqualTo(BACKED_UP.minusSeconds(48 * 3600));

            assertThatThrownBy(() -> backup.listProtectedResources(r -> r.nextToken("bogus")))
                    .isInstanceOf(InvalidParameterValueException.class);
        }
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("backup:ListProtectedResources", 3L);
        try (BackupClient other = backup("us-east-1")) {
            assertThat(other.listProtectedResources(r -> {}).results())
                    .as("nothing backed up there")
                    .isEmpty();
        }
    }

    @Test
    void selectionsAreListedAndReadUnderThePlansMotoKeeps() {
        try (BackupClient backup = backup(REGION)) {
            String daily = plan(backup, "daily");
            String weekly = plan(backup, "weekly");
            assertThat(backup.listBackupPlans(r -> {}).backupPlansList())
                    .as("plans are moto's")
                    .extracting(BackupPlansListMember::backupPlanId)
                    .containsExactlyInAnyOrder(daily, weekly);
            GATEWAY.backup()
                    .selections(
                            Emulated.ACCOUNT,
                            REGION,
                            List.of(
                                    BackupStub.Selection.ofResources(
                                            daily,
                                            "0f1e2d3c-0000-4000-8000-000000000001",
                                            "databases",
                                            ROLE,
                                            BACKED_UP,
                                            "arn:aws:rds:eu-west-1:123456789012:db:orders"),
                                    new BackupStub.Selection(
                                            daily,
                                            "0f1e2d3c-0000-4000-8000-000000000002",
                                            "tagged",
                                            ROLE,
                                            BACKED_UP.plusSeconds(60),
                                            List.of("arn:aws:ec2:*:*:volume/*"),
                                            List.of("arn:aws:ec2:eu-west-1:123456789012:volume/vol-0scratch"),
                                            Map.of("backup", "daily")),
                                    BackupStub.Selection.ofResources(
                                            daily,
                                            "0f1e2d3c-0000-4000-8000-000000000003",
                                            "tables",
                                            ROLE,
                                            BACKED_UP.plusSeconds(120),
                                            "arn:aws:dynamodb:eu-west-1:123456789012:table/sessions")));

            List<BackupSelectionsListMember> listed = backup
                    .listBackupSelectionsPaginator(r -> r.backupPlanId(daily).maxResults(2))
                    .backupSelectionsList()
                    .stream()
                    .toList();
            assertThat(listed)
                    .extracting(BackupSelectionsListMember::selectionName)
                    .containsExactly("databases", "tagged", "tables");
            assertThat(listed.get(0).backupPlanId()).isEqualTo(daily);
            assertThat(listed.get(0).iamRoleArn()).isEqualTo(ROLE);
            assertThat(listed.get(1).creationDate()).isEqualTo(BACKED_UP.plusSeconds(60));
            assertThat(backup.listBackupSelections(r -> r.backupPlanId(weekly)).backupSelectionsList())
                    .as("a plan without selections")
                    .isEmpty();

            GetBackupSelectionResponse tagged = backup.getBackupSelection(
                    r -> r.backupPlanId(daily).selectionId("0f1e2d3c-0000-4000-8000-000000000002"));
            assertThat(tagged.selectionId()).isEqualTo("0f1e2d3c-0000-4000-8000-000000000002");
            assertThat(tagged.creationDate()).isEqualTo(BACKED_UP.plusSeconds(60));
            assertThat(tagged.backupSelection().selectionName()).isEqualTo("tagged");
            assertThat(tagged.backupSelection().resources()).containsExactly("arn:aws:ec2:*:*:volume/*");
            assertThat(tagged.backupSelection().notResources())
                    .containsExactly("arn:aws:ec2:eu-west-1:123456789012:volume/vol-0scratch");
            assertThat(tagged.backupSelection().listOfTags()).singleElement().satisfies(c -> {
                assertThat(c.conditionType()).isEqualTo(ConditionType.STRINGEQUALS);
                assertThat(c.conditionKey()).isEqualTo("backup");
                assertThat(c.conditionValue()).isEqualTo("daily");
            });

            assertThatThrownBy(() -> backup.getBackupSelection(
                            r -> r.backupPlanId(weekly).selectionId("0f1e2d3c-0000-4000-8000-000000000002")))
                    .as("another plan's selection")
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> backup.listBackupSelections(r -> r.backupPlanId("no-such-plan")))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("no-such-plan");
                    });
            assertThat(backup.getBackupPlan(r -> r.backupPlanId(daily))
                            .backupPlan()
                            .backupPlanName())
                    .isEqualTo("daily");
            try (BackupClient other = backup("us-east-1")) {
                assertThatThrownBy(() -> other.listBackupSelections(r -> r.backupPlanId(daily)))
                        .as("plans are regional")
                        .isInstanceOf(ResourceNotFoundException.class);
            }
        }
        assertThat(GATEWAY.metrics().byOperation())
                .containsEntry("backup:ListBackupSelections", 5L)
                .containsEntry("backup:GetBackupSelection", 2L)
                .containsEntry("backup:GetBackupPlan", 1L)
                .containsEntry("backup:ListBackupPlans", 1L)
                .containsEntry("backup:CreateBackupPlan", 2L);
    }

    private static String plan(BackupClient backup, String name) {
        return backup.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName(name)
                        .rules(rule -> rule.ruleName(name + "-rule")
                                .targetBackupVaultName("Default")
                                .scheduleExpression("cron(0 3 * * ? *)"))))
                .backupPlanId();
    }
}
