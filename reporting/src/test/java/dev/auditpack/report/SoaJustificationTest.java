package dev.auditpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.Check;
import dev.auditpack.check.Severity;
import dev.auditpack.evaluation.CheckSummary;
import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.exemption.Exemption;
import dev.auditpack.framework.CheckMapping;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import dev.auditpack.framework.MappingStrength;
import dev.auditpack.framework.Responsibility;
import dev.auditpack.risk.RiskRegister;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Justifications and implemented states of Statement of Applicability rows, from results built by hand. */
class SoaJustificationTest {

    private static final String ISO = "iso27001-2022";

    private static Control control(String id, String title, List<CheckMapping> checks) {
        return new Control(
                id,
                title,
                "Technological",
                Responsibility.CUSTOMER,
                null,
                "Do it.",
                checks,
                false,
                List.of(),
                "Show it.");
    }

    private static ControlResult result(Control c, ControlStatus status) {
        return new ControlResult(
                ISO, c, status, "why", Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
    }

    private static RiskRegister.Risk risk(String id, String control, boolean planned) {
        ControlRef ref = new ControlRef(ISO, control);
        return new RiskRegister.Risk(
                id,
                "Risk " + id,
                RiskRegister.Treatment.MODIFY,
                "",
                List.of(ref),
                planned ? List.of(ref) : List.of(),
                planned ? Optional.of(LocalDate.of(2027, 3, 31)) : Optional.empty());
    }

    private static CheckSummary summary(String check, long pass, long fail) {
        return new CheckSummary(check, check, Severity.HIGH, pass, fail, 0, 0, 0);
    }

    @Test
    void noTwoShippedControlsShareAJustificationEvenWithoutARegister() {
        Framework iso =
                FrameworkLoader.builtIn(Check.all().stream().map(Check::id).collect(Collectors.toSet())).stream()
                        .filter(f -> f.id().equals(ISO))
                        .findFirst()
                        .orElseThrow();
        Map<String, String> seen = new HashMap<>();
        for (Control c : iso.controls()) {
            String j = SoaJustification.of(new SoaJustification.Inputs(
                    result(c, ControlStatus.NEEDS_MANUAL_EVIDENCE),
                    true,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    false));
            assertThat(j).contains("No risk register was given");
            assertThat(seen.put(j, c.id()))
                    .as("%s repeats the justification of another control: %s", c.id(), j)
                    .isNull();
        }
        assertThat(seen).hasSize(93);
    }

    @Test
    void justificationNamesRisksRequirementsPlanAndServices() {
        Control c = control("A.8.24", "Encryption and key management", List.of());
        RiskRegister.Requirement gdpr =
                new RiskRegister.Requirement("GDPR-32", "GDPR Article 32", List.of(new ControlRef(ISO, "A.8.24")));
        String j = SoaJustification.of(new SoaJustification.Inputs(
                result(c, ControlStatus.NOT_SATISFIED),
                true,
                Optional.empty(),
                List.of(risk("R-1", "A.8.24", true), risk("R-2", "A.8.24", false)),
                List.of(gdpr),
                List.of("Amazon S3", "AWS KMS"),
                true));
        assertThat(j)
                .isEqualTo("Included for encryption and key management (technological control): the organisation "
                        + "operates it itself. Selected to treat risk R-1 (Risk R-1; modify) and risk R-2 (Risk R-2; modify). "
                        + "Required by GDPR-32 (GDPR Article 32). Risk R-1's treatment plan lists it as planned "
                        + "(due 2027-03-31). It concerns the AWS services in use Amazon S3 and AWS KMS, which its checks "
                        + "examine.");

        String unselected = SoaJustification.of(new SoaJustification.Inputs(
                result(c, ControlStatus.SATISFIED),
                true,
                Optional.of("Our own words"),
                List.of(),
                List.of(),
                List.of(),
                true));
        assertThat(unselected).startsWith("Our own words. No risk in the register selects it");
    }

    @Test
    void anExclusionStatesItsExceptionAndARiskThatStillSelectsIt() {
        Control c = control("A.7.9", "Protecting equipment away from premises", List.of());
        Exemption na = new Exemption(
                "EX-8",
                Optional.empty(),
                null,
                Optional.empty(),
                Optional.of(new ControlRef(ISO, "A.7.9")),
                "No equipment leaves the premises",
                "Dana",
                LocalDate.of(2026, 9, 15),
                LocalDate.of(2027, 9, 14));
        ControlResult cr = new ControlResult(
                ISO,
                c,
                ControlStatus.NOT_APPLICABLE,
                "why",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.of(na));
        String j = SoaJustification.of(new SoaJustification.Inputs(
                cr, false, Optional.empty(), List.of(risk("R-3", "A.7.9", false)), List.of(), List.of(), true));
        assertThat(j)
                .isEqualTo("Excluded under exception EX-8, approved by Dana on 2026-09-15, until 2027-09-14: "
                        + "No equipment leaves the premises. Yet the register links it to R-3; review the exclusion.");
    }

    @Test
    void implementedFollowsStatusDirectChecksAndPlan() {
        CheckMapping direct = new CheckMapping("direct_check", MappingStrength.DIRECT, "tests it");
        CheckMapping supporting = new CheckMapping("supporting_check", MappingStrength.SUPPORTING, "informs it");
        Control c = control("A.8.5", "Strong user sign-in methods", List.of(direct, supporting));
        Map<String, CheckSummary> directPasses = Map.of(
                "direct_check", summary("direct_check", 3, 0), "supporting_check", summary("supporting_check", 0, 2));
        Map<String, CheckSummary> onlySupportingPasses = Map.of(
                "direct_check", summary("direct_check", 1, 1), "supporting_check", summary("supporting_check", 4, 0));
        Optional<RiskRegister.Risk> plan = Optional.of(risk("R-1", "A.8.5", true));

        for (ControlStatus yes :
                List.of(ControlStatus.SATISFIED, ControlStatus.INHERITED, ControlStatus.MANUAL_PROVIDED)) {
            assertThat(Implementation.of(result(c, yes), onlySupportingPasses, plan))
                    .isEqualTo(Implementation.YES);
        }
        for (ControlStatus open :
                List.of(ControlStatus.NOT_SATISFIED, ControlStatus.GAP, ControlStatus.NEEDS_MANUAL_EVIDENCE)) {
            assertThat(Implementation.of(result(c, open), directPasses, Optional.empty()))
                    .as(open.name())
                    .isEqualTo(Implementation.PARTLY);
            assertThat(Implementation.of(result(c, open), onlySupportingPasses, Optional.empty()))
                    .as(open.name())
                    .isEqualTo(Implementation.NO);
            assertThat(Implementation.of(result(c, open), onlySupportingPasses, plan))
                    .as(open.name())
                    .isEqualTo(Implementation.PLANNED);
        }
    }
}
