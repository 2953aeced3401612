package dev.auditpack.collector.aws.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.DynamoDbEvidence;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB tables of a region, each with its description (encryption, billing, stream settings) and
 * its continuous backups (point-in-time recovery).
 *
 * <p>Shape: {@code data.Tables[]}, sorted by name, each {@code {TableName, calls: {DescribeTable,
 * DescribeContinuousBackups}}}.
 */
@AutoService(Collector.class)
public final class DynamodbTablesCollector implements Collector {

    static final Operation LIST_TABLES = Operation.of("DynamoDb", DynamoDbEvidence.LIST_TABLES);
    static final Operation DESCRIBE_TABLE = Operation.of("DynamoDb", DynamoDbEvidence.DESCRIBE_TABLE);
    static final Operation DESCRIBE_CONTINUOUS_BACKUPS =
            Operation.of("DynamoDb", DynamoDbEvidence.DESCRIBE_CONTINUOUS_BACKUPS);

    @Override
    public String id() {
        return DynamoDbEvidence.TABLES;
    }

    @Override
    public String description() {
        return "DynamoDB tables with encryption and point-in-time recovery settings.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_TABLES, DESCRIBE_TABLE, DESCRIBE_CONTINUOUS_BACKUPS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        DynamoDbClient dynamo = context.client(DynamoDbClient.class);
        List<String> names = recorder.require(
                LIST_TABLES,
                () -> dynamo.listTablesPaginator(r -> {}).tableNames().stream()
                        .sorted()
                        .toList());
        String region = context.target().region();
        String account = context.target().account();
        ArrayNode out = recorder.data().putArray("Tables");
        for (String name : names) {
            ObjectNode node = out.addObject();
            node.put("TableName", name);
            ObjectNode calls = node.putObject("calls");
            String arn = Arn.regional("dynamodb", region, account, "table/" + name);
            EvidenceRecorder.put(
                    calls,
                    DESCRIBE_TABLE,
                    recorder.call(DESCRIBE_TABLE, arn, () -> dynamo.describeTable(r -> r.tableName(name)))
                            .result());
            EvidenceRecorder.put(
                    calls,
                    DESCRIBE_CONTINUOUS_BACKUPS,
                    recorder.call(
                                    DESCRIBE_CONTINUOUS_BACKUPS,
                                    arn,
                                    () -> dynamo.describeContinuousBackups(r -> r.tableName(name)))
                            .result());
        }
    }
}
