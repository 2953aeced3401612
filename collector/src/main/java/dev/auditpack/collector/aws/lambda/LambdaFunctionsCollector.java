package dev.auditpack.collector.aws.lambda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.LambdaEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/**
 * The Lambda functions of a region: runtime, role, VPC and tracing settings as ListFunctions returns them.
 * Environment variables are left out entirely: they often hold secrets, and auditpack never collects
 * secret values.
 *
 * <p>Shape: {@code data.Functions[]}, sorted by function ARN, each without {@code Environment}.
 */
@AutoService(Collector.class)
public final class LambdaFunctionsCollector implements Collector {

    static final Operation LIST_FUNCTIONS = Operation.of("Lambda", LambdaEvidence.LIST_FUNCTIONS);

    @Override
    public String id() {
        return LambdaEvidence.FUNCTIONS;
    }

    @Override
    public String description() {
        return "Lambda functions with runtime, role and network settings (never their environment values).";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_FUNCTIONS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        LambdaClient lambda = context.client(LambdaClient.class);
        List<FunctionConfiguration> functions = recorder.require(
                LIST_FUNCTIONS,
                () -> lambda.listFunctionsPaginator(r -> {}).functions().stream()
                        .sorted(Comparator.comparing(FunctionConfiguration::functionArn))
                        .toList());
        ArrayNode out = recorder.data().putArray("Functions");
        for (FunctionConfiguration f : functions) {
            ObjectNode node = (ObjectNode) SdkJson.toJson(f);
            node.remove("Environment");
            out.add(node);
        }
    }
}
