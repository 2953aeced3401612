package dev.auditpack.check.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.OptionalInt;

/** IAM's account summary map as recorded by the {@code iam.account_summary} collector. */
final class AccountSummary {
    private AccountSummary() {}

    /** A value of the summary map, e.g. {@code AccountMFAEnabled}, when the summary was recorded and has it. */
    static OptionalInt value(EvidenceDocument doc, String key) {
        OperationResult result = OperationResult.from(doc.data().get(IamEvidence.GET_ACCOUNT_SUMMARY));
        JsonNode v = result.response().path("SummaryMap").path(key);
        return result.isOk() && v.isInt() ? OptionalInt.of(v.asInt()) : OptionalInt.empty();
    }
}
