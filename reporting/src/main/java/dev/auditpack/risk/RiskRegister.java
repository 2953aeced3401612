package dev.auditpack.risk;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.auditpack.framework.ControlIndex;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.Framework;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The risk register file, which ties the Statement of Applicability to risk treatment (ISO/IEC 27001 clause 6.1.3):
 *
 * <pre>
 * soa:
 *   version: "2.1"
 *   approvedBy: Dana Whitfield (CISO)
 *   approvedOn: 2026-10-01
 * risks:
 *   - id: R-01
 *     title: Customer data exposed through a public bucket
 *     treatment: modify              # modify, retain, avoid or share
 *     owner: Head of Platform        # optional
 *     controls: [A.8.3, A.8.24]      # the Annex A controls that treat it (required when modified)
 *     planned: [A.8.12]              # optional: among its controls, those still being put in place
 *     due: 2027-03-31                # optional: when the planned controls are due
 * requirements:                      # optional: legal, regulatory or contractual requirements
 *   - id: GDPR-32
 *     title: GDPR Article 32, security of processing
 *     controls: [A.8.24]
 * </pre>
 *
 * Control ids are those of a framework with a Statement of Applicability, bare ({@code A.8.3}) or qualified
 * ({@code iso27001-2022:A.8.3}). Every problem is refused with one line naming the file.
 *
 * @param risks        the risks, in the file's order
 * @param requirements the legal, regulatory or contractual requirements, in the file's order
 * @param approval     the Statement of Applicability's version and approval, if the file gives them
 */
public record RiskRegister(List<Risk> risks, List<Requirement> requirements, Optional<Approval> approval) {

    /** How a risk is treated. */
    public enum Treatment {
        MODIFY,
        RETAIN,
        AVOID,
        SHARE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One risk.
     *
     * @param id        the user's reference
     * @param title     what could happen
     * @param treatment how it is treated
     * @param owner     who owns it, or empty
     * @param controls  the controls that treat it
     * @param planned   among those, the ones the treatment plan is still putting in place
     * @param due       when the planned controls are due, if stated
     */
    public record Risk(
            String id,
            String title,
            Treatment treatment,
            String owner,
            List<ControlRef> controls,
            List<ControlRef> planned,
            Optional<LocalDate> due) {
        public Risk {
            controls = List.copyOf(controls);
            planned = List.copyOf(planned);
            owner = owner == null ? "" : owner;
        }
    }

    /**
     * One legal, regulatory or contractual requirement.
     *
     * @param id       the user's reference
     * @param title    what it is
     * @param controls the controls it requires
     */
    public record Requirement(String id, String title, List<ControlRef> controls) {
        public Requirement {
            controls = List.copyOf(controls);
        }
    }

    /**
     * The Statement of Applicability's version and approval.
     *
     * @param version    the SoA's version
     * @param approvedBy who approved it, or empty when not yet approved
     * @param approvedOn when, or empty
     */
    public record Approval(String version, String approvedBy, Optional<LocalDate> approvedOn) {
        public boolean approved() {
            return !approvedBy.isBlank() && approvedOn.isPresent();
        }
    }

    record RiskEntry(
            String id,
            String title,
            String treatment,
            String owner,
            List<String> controls,
            List<String> planned,
            LocalDate due) {}

    record RequirementEntry(String id, String title, List<String> controls) {}

    record SoaEntry(String version, String approvedBy, LocalDate approvedOn) {}

    record File(SoaEntry soa, List<RiskEntry> risks, List<RequirementEntry> requirements) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public RiskRegister {
        risks = List.copyOf(risks);
        requirements = List.copyOf(requirements);
        approval = approval == null ? Optional.empty() : approval;
    }

    /** No register given. */
    public static RiskRegister none() {
        return new RiskRegister(List.of(), List.of(), Optional.empty());
    }

    /** The risks whose treatment selects {@code control}. */
    public List<Risk> risksFor(ControlRef control) {
        return risks.stream().filter(r -> r.controls().contains(control)).toList();
    }

    /** The requirements that require {@code control}. */
    public List<Requirement> requirementsFor(ControlRef control) {
        return requirements.stream().filter(r -> r.controls().contains(control)).toList();
    }

    /** The first risk whose treatment plan still lists {@code control} as planned, if any. */
    public Optional<Risk> planning(ControlRef control) {
        return risks.stream().filter(r -> r.planned().contains(control)).findFirst();
    }

    /**
     * Reads and checks the file against the frameworks that have a Statement of Applicability.
     *
     * @throws InputException naming the file and the problem
     */
    public static RiskRegister read(Path file, List<Framework> frameworks) {
        File parsed = InputFiles.read(file, YAML, File.class);
        if (parsed == null || parsed.risks() == null) {
            throw new InputException(file, "has no 'risks:' list");
        }
        List<Framework> withSoa =
                frameworks.stream().filter(Framework::statementOfApplicability).toList();
        if (withSoa.isEmpty()) {
            throw new InputException(file, "no framework in use has a Statement of Applicability for it to serve");
        }
        ControlIndex index = new ControlIndex(withSoa);
        Set<String> ids = new HashSet<>();
        List<Risk> risks = new ArrayList<>();
        for (RiskEntry e : parsed.risks()) {
            String where = "risk " + (e.id() == null ? "without id" : e.id());
            unique(file, e.id(), "risk", ids);
            required(file, where, e.title(), "title");
            required(file, where, e.treatment(), "treatment (modify, retain, avoid or share)");
            Treatment treatment = treatment(file, where, e.treatment());
            if (treatment == Treatment.MODIFY
                    && (e.controls() == null || e.controls().isEmpty())) {
                throw new InputException(file, where + ": its treatment is modify but it lists no controls");
            }
            List<ControlRef> controls = e.controls() == null ? List.of() : controls(file, where, e.controls(), index);
            List<ControlRef> planned = e.planned() == null ? List.of() : controls(file, where, e.planned(), index);
            for (ControlRef p : planned) {
                if (!controls.contains(p)) {
                    throw new InputException(
                            file, where + ": planned control " + p.control() + " is not among its controls");
                }
            }
            if (e.due() != null && planned.isEmpty()) {
                throw new InputException(file, where + ": has a due date but no planned controls");
            }
            risks.add(new Risk(
                    e.id(), e.title().strip(), treatment, e.owner(), controls, planned, Optional.ofNullable(e.due())));
        }
        List<Requirement> requirements = new ArrayList<>();
        for (RequirementEntry e : parsed.requirements() == null ? List.<RequirementEntry>of() : parsed.requirements()) {
            String where = "requirement " + (e.id() == null ? "without id" : e.id());
            unique(file, e.id(), "requirement", ids);
            required(file, where, e.title(), "title");
            requirements.add(new Requirement(e.id(), e.title().strip(), controls(file, where, e.controls(), index)));
        }
        Optional<Approval> approval = Optional.empty();
        if (parsed.soa() != null) {
            SoaEntry s = parsed.soa();
            required(file, "soa", s.version(), "version");
            if ((s.approvedBy() == null || s.approvedBy().isBlank()) != (s.approvedOn() == null)) {
                throw new InputException(file, "soa: give both approvedBy and approvedOn (YYYY-MM-DD), or neither");
            }
            approval = Optional.of(new Approval(
                    s.version().strip(),
                    s.approvedBy() == null ? "" : s.approvedBy().strip(),
                    Optional.ofNullable(s.approvedOn())));
        }
        return new RiskRegister(risks, requirements, approval);
    }

    private static void unique(Path file, String id, String kind, Set<String> ids) {
        if (id == null || id.isBlank()) {
            throw new InputException(file, "a " + kind + " without id: every risk and requirement needs a unique id");
        }
        if (!ids.add(id.strip())) {
            throw new InputException(file, "duplicate id '" + id + "': every risk and requirement needs a unique id");
        }
    }

    private static void required(Path file, String where, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InputException(file, where + ": " + field + " is missing");
        }
    }

    private static Treatment treatment(Path file, String where, String text) {
        try {
            return Treatment.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    file, where + ": unknown treatment '" + text + "' (use modify, retain, avoid or share)");
        }
    }

    private static List<ControlRef> controls(Path file, String where, List<String> given, ControlIndex index) {
        if (given == null || given.isEmpty()) {
            throw new InputException(file, where + ": lists no controls");
        }
        Set<ControlRef> out = new LinkedHashSet<>();
        for (String c : given) {
            try {
                out.add(index.resolve(c));
            } catch (IllegalArgumentException e) {
                throw new InputException(file, where + ": " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }
}
