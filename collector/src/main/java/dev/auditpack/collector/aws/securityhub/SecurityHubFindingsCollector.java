package dev.auditpack.collector.aws.securityhub;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.SecurityHubEvidence;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFindingFilters;
import software.amazon.awssdk.services.securityhub.model.Compliance;
import software.amazon.awssdk.services.securityhub.model.Resource;
import software.amazon.awssdk.services.securityhub.model.Severity;
import software.amazon.awssdk.services.securityhub.model.StringFilter;
import software.amazon.awssdk.services.securityhub.model.StringFilterComparison;
import software.amazon.awssdk.services.securityhub.model.Workflow;

/**
 * The region's active Security Hub findings, read with GetFindings page by page, so that the report can use them
 * as it uses an imported ASFF file ({@code report --import}): supporting evidence for the controls the scanner map
 * names, never a status.
 *
 * <p>Shape: {@code data.GetFindings}, the recorded result, whose response is {@code {"Findings": [...]}} in ASFF
 * member names, sorted by {@code Id}; ABSENT with {@code InvalidAccessException} where Security Hub is not enabled.
 * Each finding keeps only what the report reads: {@code SchemaVersion, Id, ProductArn, ProductName, CompanyName,
 * GeneratorId, AwsAccountId, Region, Title, CreatedAt, UpdatedAt, RecordState}, {@code Severity.Label},
 * {@code Workflow.Status}, {@code Compliance.Status} and {@code Compliance.SecurityControlId}, each resource's
 * {@code Type, Id, Partition, Region}, and the {@code ProductFields} that name the control or the tool. A finding's
 * {@code Details}, descriptions and other product fields are left out: they can hold resource configuration, such
 * as a function's environment variables, which the pack must not carry.
 */
@AutoService(Collector.class)
public final class SecurityHubFindingsCollector implements Collector {

    static final Operation GET_FINDINGS = Operation.of("SecurityHub", SecurityHubEvidence.GET_FINDINGS);

    /** The product fields kept: which control or check produced the finding, and which tool and version. */
    static final Set<String> PRODUCT_FIELDS = Set.of(
            "ControlId",
            "StandardsControlArn",
            "StandardsGuideArn",
            "RuleId",
            "ProviderName",
            "ProviderVersion",
            "aws/securityhub/ProductName",
            "aws/securityhub/CompanyName");

    static final int PAGE = 100;

    @Override
    public String id() {
        return SecurityHubEvidence.FINDINGS;
    }

    @Override
    public String description() {
        return "Active Security Hub findings of the region (control, status, resources), without their details.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_FINDINGS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        SecurityHubClient hub = context.client(SecurityHubClient.class);
        AwsSecurityFindingFilters active = AwsSecurityFindingFilters.builder()
                .recordState(StringFilter.builder()
                        .comparison(StringFilterComparison.EQUALS)
                        .value("ACTIVE")
                        .build())
                .build();
        var got = recorder.requireOrAbsent(
                GET_FINDINGS,
                () -> {
                    List<AwsSecurityFinding> findings =
                            hub.getFindingsPaginator(r -> r.filters(active).maxResults(PAGE)).findings().stream()
                                    .map(SecurityHubFindingsCollector::summary)
                                    .sorted(Comparator.comparing(AwsSecurityFinding::id))
                                    .toList();
                    return Map.of("Findings", findings);
                },
                SecurityHubHubCollector.NOT_SUBSCRIBED);
        EvidenceRecorder.put(recorder.data(), GET_FINDINGS, got.result());
    }

    /** The finding with only the fields the report reads. */
    static AwsSecurityFinding summary(AwsSecurityFinding f) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (f.hasProductFields()) {
            f.productFields().entrySet().stream()
                    .filter(e -> PRODUCT_FIELDS.contains(e.getKey()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> fields.put(e.getKey(), e.getValue()));
        }
        AwsSecurityFinding.Builder b = AwsSecurityFinding.builder()
                .schemaVersion(f.schemaVersion())
                .id(f.id())
                .productArn(f.productArn())
                .productName(f.productName())
                .companyName(f.companyName())
                .generatorId(f.generatorId())
                .awsAccountId(f.awsAccountId())
                .region(f.region())
                .title(f.title())
                .createdAt(f.createdAt())
                .updatedAt(f.updatedAt())
                .recordState(f.recordStateAsString());
        if (!fields.isEmpty()) {
            b.productFields(fields);
        }
        if (f.severity() != null) {
            b.severity(Severity.builder().label(f.severity().labelAsString()).build());
        }
        if (f.workflow() != null) {
            b.workflow(Workflow.builder().status(f.workflow().statusAsString()).build());
        }
        if (f.compliance() != null) {
            b.compliance(Compliance.builder()
                    .status(f.compliance().statusAsString())
                    .securityControlId(f.compliance().securityControlId())
                    .build());
        }
        if (f.hasResources()) {
            b.resources(f.resources().stream()
                    .map(r -> Resource.builder()
                            .type(r.type())
                            .id(r.id())
                            .partition(r.partitionAsString())
                            .region(r.region())
                            .build())
                    .toList());
        }
        return b.build();
    }
}
