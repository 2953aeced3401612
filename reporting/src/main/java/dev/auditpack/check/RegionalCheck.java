package dev.auditpack.check;

import dev.auditpack.evidence.Arn;
import java.util.List;
import java.util.Objects;

/**
 * A check of a property every region should have (e.g. "GuardDuty is on"), judged from one regional
 * collector: one finding per account and region, and GAP where that region's evidence is unusable.
 */
public abstract class RegionalCheck extends EvidenceCheck {

    private final String collector;
    private final String service;
    private final String resource;

    /**
     * @param collector the regional collector whose evidence is judged
     * @param service   the service part of the regional finding's ARN, e.g. {@code guardduty}
     * @param resource  the resource part of that ARN, e.g. {@code detectors}
     */
    protected RegionalCheck(
            String id,
            String title,
            Severity severity,
            String rationale,
            String remediation,
            String collector,
            String service,
            String resource) {
        super(id, title, severity, rationale, remediation, List.of(collector));
        this.collector = Objects.requireNonNull(collector);
        this.service = Objects.requireNonNull(service);
        this.resource = Objects.requireNonNull(resource);
    }

    /** Judges one region; {@code resource} is the finding's ARN and {@code found} the region's evidence. */
    protected abstract Finding judge(String account, String region, String resource, EvidenceSet.Found found);

    @Override
    public final void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String arn = Arn.regional(service, region, account, resource);
                evidence.require(this, collector, account, region, arn, findings)
                        .ifPresent(found -> findings.add(judge(account, region, arn, found)));
            }
        }
    }
}
