package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * AWS Config's {@code DescribeComplianceByConfigRule}, which moto lacks, speaking Config's real wire protocol
 * as the API reference (2014-11-12) defines it: AWS JSON 1.1 with
 * {@code X-Amz-Target: StarlingDoveService.DescribeComplianceByConfigRule}, filters {@code ConfigRuleNames}
 * and {@code ComplianceTypes}, {@code NextToken} pagination, and errors such as
 * {@code NoSuchConfigRuleException} as {@code __type} bodies with HTTP 400. Every other Config operation goes
 * to moto.
 */
public final class ConfigComplianceStub implements Stub {

    /**
     * One rule's compliance.
     *
     * @param complianceType COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA
     * @param nonCompliantResources resources that make a NON_COMPLIANT rule so; AWS reports it capped at 100
     */
    public record RuleCompliance(String ruleName, String complianceType, int nonCompliantResources) {
        public RuleCompliance {
            Objects.requireNonNull(ruleName, "ruleName");
            Objects.requireNonNull(complianceType, "complianceType");
        }
    }

    private static final String TARGET = "StarlingDoveService.DescribeComplianceByConfigRule";
    private static final int CAP = 100;

    private final RegionalData<RuleCompliance> rules = new RegionalData<>();
    private volatile int pageSize = 25;

    /** Sets the rules and their compliance for this account and region. */
    public ConfigComplianceStub rules(String account, String region, List<RuleCompliance> compliance) {
        rules.put(account, region, compliance);
        return this;
    }

    /** Rules per page (the operation has no page-size parameter; AWS chooses, and so does the stub). */
    public ConfigComplianceStub pageSize(int size) {
        pageSize = size;
        return this;
    }

    public void clear() {
        rules.clear();
        pageSize = 25;
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "config".equals(request.service()) && TARGET.equals(request.header("X-Amz-Target"));
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        JsonNode body = StubJson.body(request);
        List<RuleCompliance> all = rules.get(caller);
        List<String> names = StubJson.texts(body, "ConfigRuleNames");
        Set<String> known = all.stream().map(RuleCompliance::ruleName).collect(Collectors.toSet());
        for (String name : names) {
            if (!known.contains(name)) {
                return WireProtocol.AWS_JSON.error(
                        request,
                        400,
                        "NoSuchConfigRuleException",
                        "The ConfigRule '" + name
                                + "' provided in the request is invalid. Please check the configRule name.");
            }
        }
        List<String> types = StubJson.texts(body, "ComplianceTypes");
        List<RuleCompliance> matching = all.stream()
                .filter(r -> names.isEmpty() || names.contains(r.ruleName()))
                .filter(r -> types.isEmpty() || types.contains(r.complianceType()))
                .toList();
        Pages.Page<RuleCompliance> page;
        try {
            page = Pages.page(matching, StubJson.text(body, "NextToken"), pageSize);
        } catch (Pages.InvalidToken e) {
            return WireProtocol.AWS_JSON.error(
                    request, 400, "InvalidNextTokenException", "The nextToken provided is invalid");
        }
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("ComplianceByConfigRules");
        for (RuleCompliance r : page.items()) {
            ObjectNode compliance =
                    list.addObject().put("ConfigRuleName", r.ruleName()).putObject("Compliance");
            compliance.put("ComplianceType", r.complianceType());
            if ("NON_COMPLIANT".equals(r.complianceType())) {
                compliance
                        .putObject("ComplianceContributorCount")
                        .put("CappedCount", Math.min(r.nonCompliantResources(), CAP))
                        .put("CapExceeded", r.nonCompliantResources() > CAP);
            }
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, WireProtocol.jsonContentType(request), out, Map.of());
    }
}
