package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.dynamodb.DynamodbTablesCollector;
import dev.auditpack.collector.aws.lambda.LambdaFunctionsCollector;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.OperationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Lambda functions and DynamoDB tables, collected from moto; a function's environment values never reach the locker. */
@ExtendWith(MotoServer.class)
class ServiceUsageCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();

    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        MOTO.reset();
    }

    @Test
    void functionsAreRecordedWithoutTheirEnvironment() throws IOException {
        String role;
        try (IamClient iam = Emulated.iam(MOTO)) {
            role = iam.createRole(r -> r.roleName("fn-role")
                            .assumeRolePolicyDocument(
                                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                                            + "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"))
                    .role()
                    .arn();
        }
        byte[] code = zip();
        try (LambdaClient lambda = Emulated.client(LambdaClient.builder(), MOTO, "eu-west-1")) {
            lambda.createFunction(r -> r.functionName("invoice-export")
                    .runtime(Runtime.PYTHON3_12)
                    .role(role)
                    .handler("app.handler")
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(code)))
                    .environment(e -> e.variables(java.util.Map.of("DB_PASSWORD", "s3cr3t-do-not-collect"))));
        }
        EmulatorRun run = EmulatorRun.collect(MOTO, dir, List.of(new LambdaFunctionsCollector()), "eu-west-1");
        JsonNode functions = run.doc("lambda.functions", "eu-west-1").data().get("Functions");
        assertThat(functions).hasSize(1);
        assertThat(functions.get(0).get("FunctionName").asText()).isEqualTo("invoice-export");
        assertThat(functions.get(0).get("Runtime").asText()).isEqualTo("python3.12");
        assertThat(functions.get(0).has("Environment")).isFalse();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f))
                        .doesNotContain("s3cr3t-do-not-collect")
                        .doesNotContain("DB_PASSWORD");
            }
        }
    }

    @Test
    void tablesAreRecordedWithEncryptionAndPointInTimeRecovery() {
        try (DynamoDbClient dynamo = Emulated.client(DynamoDbClient.builder(), MOTO, "eu-west-1")) {
            for (String name : List.of("orders", "audit-events")) {
                dynamo.createTable(r -> r.tableName(name)
                        .billingMode("PAY_PER_REQUEST")
                        .attributeDefinitions(AttributeDefinition.builder()
                                .attributeName("id")
                                .attributeType(ScalarAttributeType.S)
                                .build())
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("id")
                                .keyType(KeyType.HASH)
                                .build()));
            }
            dynamo.updateContinuousBackups(r ->
                    r.tableName("orders").pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
        }
        EmulatorRun run =
                EmulatorRun.collect(MOTO, dir, List.of(new DynamodbTablesCollector()), "eu-west-1", "us-east-1");
        JsonNode tables = run.doc("dynamodb.tables", "eu-west-1").data().get("Tables");
        assertThat(tables).extracting(t -> t.get("TableName").asText()).containsExactly("audit-events", "orders");
        JsonNode orders = tables.get(1).get("calls");
        assertThat(OperationResult.from(orders.get("DescribeTable"))
                        .response()
                        .path("Table")
                        .path("TableName")
                        .asText())
                .isEqualTo("orders");
        assertThat(OperationResult.from(orders.get("DescribeContinuousBackups"))
                        .response()
                        .findValue("PointInTimeRecoveryStatus")
                        .asText())
                .isEqualTo("ENABLED");
        assertThat(run.doc("dynamodb.tables", "us-east-1").data().get("Tables")).isEmpty();
        assertThat(run.index().errors()).isEmpty();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("app.py"));
            z.write("def handler(event, context):\n    return 1\n".getBytes());
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
