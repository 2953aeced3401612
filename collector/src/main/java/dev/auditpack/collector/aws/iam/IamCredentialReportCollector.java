package dev.auditpack.collector.aws.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CallFailedException;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.IamEvidence;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CredentialReportNotReadyException;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.ReportStateType;

/**
 * The IAM credential report: one CSV row per user (and the root user) with password, MFA and access-key
 * facts. AWS builds the report asynchronously, so this asks for it and polls until it is ready.
 * The CSV is stored as text, decoded from the base64 the API sends.
 */
@AutoService(Collector.class)
public final class IamCredentialReportCollector implements Collector {

    static final Operation GENERATE = Operation.of("Iam", IamEvidence.GENERATE_CREDENTIAL_REPORT);
    static final Operation GET = Operation.of("Iam", IamEvidence.GET_CREDENTIAL_REPORT);

    @Override
    public String id() {
        return IamEvidence.CREDENTIAL_REPORT;
    }

    @Override
    public String description() {
        return "Every IAM user's and the root user's password, MFA and access-key status.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GENERATE, GET);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        IamClient iam = context.client(IamClient.class);
        Instant deadline = context.clock().instant().plus(context.settings().reportTimeout());
        GetCredentialReportResponse report = null;
        while (report == null) {
            var state =
                    recorder.require(GENERATE, iam::generateCredentialReport).state();
            if (state == ReportStateType.COMPLETE) {
                try {
                    report = recorder.require(GET, iam::getCredentialReport);
                    continue;
                } catch (CallFailedException e) {
                    if (!(e.getCause() instanceof CredentialReportNotReadyException)) {
                        throw e;
                    }
                }
            }
            if (context.clock().instant().isAfter(deadline)
                    || !context.pause(context.settings().reportPollInterval())) {
                throw new CallFailedException(
                        recorder.timeout(
                                GENERATE,
                                null,
                                "credential report not ready after "
                                        + context.settings().reportTimeout()),
                        null);
            }
        }
        ObjectNode response = (ObjectNode) SdkJson.toJson(report);
        response.put("Content", report.content() == null ? "" : report.content().asUtf8String());
        EvidenceRecorder.put(recorder.data(), GET, OperationResult.ok(response));
    }
}
