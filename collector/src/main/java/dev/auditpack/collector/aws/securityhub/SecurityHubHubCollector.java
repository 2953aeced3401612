package dev.auditpack.collector.aws.securityhub;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.SecurityHubEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;

/**
 * Whether Security Hub is enabled in the region and, when it is, which security standards (CIS, AWS
 * Foundational Security Best Practices, PCI DSS, NIST) it checks the account against.
 *
 * <p>Shape: {@code data.DescribeHub}, the recorded result; ABSENT with {@code InvalidAccessException}
 * when the account is not subscribed to Security Hub in the region, which is how AWS says "not enabled".
 * Only when the hub exists, {@code data.GetEnabledStandards}: every standards subscription of every
 * page, sorted by {@code StandardsSubscriptionArn}.
 */
@AutoService(Collector.class)
public final class SecurityHubHubCollector implements Collector {

    static final Operation DESCRIBE_HUB = Operation.of("SecurityHub", SecurityHubEvidence.DESCRIBE_HUB);
    static final Operation GET_ENABLED_STANDARDS =
            Operation.of("SecurityHub", SecurityHubEvidence.GET_ENABLED_STANDARDS);

    /** Security Hub's answer, in every region where the account has not enabled it. */
    static final String NOT_SUBSCRIBED = "InvalidAccessException";

    @Override
    public String id() {
        return SecurityHubEvidence.HUB;
    }

    @Override
    public String description() {
        return "Whether Security Hub is enabled in the region, and the security standards it checks.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_HUB, GET_ENABLED_STANDARDS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        SecurityHubClient hub = context.client(SecurityHubClient.class);
        var described = recorder.requireOrAbsent(DESCRIBE_HUB, () -> hub.describeHub(r -> {}), NOT_SUBSCRIBED);
        EvidenceRecorder.put(recorder.data(), DESCRIBE_HUB, described.result());
        if (described.value().isEmpty()) {
            return;
        }
        String arn = described.value().get().hubArn();
        EvidenceRecorder.put(
                recorder.data(),
                GET_ENABLED_STANDARDS,
                recorder.call(
                                GET_ENABLED_STANDARDS,
                                arn,
                                () -> hub.getEnabledStandardsPaginator(r -> {}).standardsSubscriptions().stream()
                                        .sorted(Comparator.comparing(StandardsSubscription::standardsSubscriptionArn))
                                        .toList())
                        .result());
    }
}
