package dev.auditpack.report.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.ReportModel;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@value Oscal#PLAN_FILE}: the smallest assessment plan the assessment results can import. OSCAL's assessment
 * results must import a plan, and a plan must import a system security plan; auditpack writes no system security
 * plan, so the plan's {@code import-ssp} points at a back-matter resource that says so and names where the pack
 * describes the system instead. The plan lists the controls in scope per framework, each selection linked to its
 * catalog, and the period.
 */
public final class AssessmentPlanWriter {

    private AssessmentPlanWriter() {}

    public static void write(ReportModel model, OutputStream out) throws IOException {
        ReportModel.Run run = model.run();
        ObjectNode plan = Oscal.JSON.createObjectNode();
        plan.put("uuid", Oscal.uuid(run, "assessment-plan"));
        ObjectNode metadata =
                Oscal.metadata(run, "Assessment plan: " + organisation(run) + ", audit period " + run.periodLabel());
        metadata.put(
                "remarks",
                "Audit period " + run.periodLabel() + ": " + run.periodStart() + " to " + run.periodEnd()
                        + ". The plan is written with the results, from the frameworks the pack was built with.");
        plan.set("metadata", metadata);
        String system = Oscal.uuid(run, "resource", "system-description");
        plan.putObject("import-ssp")
                .put("href", "#" + system)
                .put(
                        "remarks",
                        "No OSCAL system security plan is written. The system, the accounts and regions in scope and"
                                + " the responsibility split are described in the pack itself (see the resource this"
                                + " points to).");
        ObjectNode reviewed = plan.putObject("reviewed-controls");
        reviewed.put(
                "description",
                "The controls of each framework the pack was built with, less those declared not applicable or"
                        + " outside the categories examined.");
        ArrayNode selections = reviewed.putArray("control-selections");
        for (ReportModel.FrameworkSection fw : model.frameworks()) {
            selections.add(selection(fw));
        }
        ArrayNode resources = plan.putObject("back-matter").putArray("resources");
        ObjectNode sys = resources.addObject();
        sys.put("uuid", system);
        sys.put("title", "System description (not an OSCAL system security plan)");
        sys.put(
                "description",
                "The audit scope, the system description and the responsibility profile are in the PDF's scope"
                        + " sections and under scope and responsibilityProfile in results.json.");
        ArrayNode rlinks = sys.putArray("rlinks");
        rlinks.addObject().put("href", "results.json").put("media-type", "application/json");
        rlinks.addObject().put("href", "evidence-pack.pdf").put("media-type", "application/pdf");
        for (ReportModel.FrameworkSection fw : model.frameworks()) {
            ObjectNode catalog = resources.addObject();
            catalog.put("uuid", catalogResource(run, fw));
            catalog.put("title", fw.title() + " (catalog of auditpack's control ids and titles)");
            catalog.putArray("rlinks")
                    .addObject()
                    .put("href", Oscal.catalogFile(fw.id()))
                    .put("media-type", Oscal.MEDIA_TYPE);
        }
        Oscal.write("assessment-plan", plan, out);
    }

    /**
     * A framework's controls in scope (every status but not applicable) as a control selection, with those left out
     * as its exclusions and a link to the framework's catalog.
     */
    static ObjectNode selection(ReportModel.FrameworkSection fw) {
        ObjectNode s = Oscal.JSON.createObjectNode();
        s.put("description", fw.title() + " (" + fw.id() + ")");
        s.putArray("props").add(Oscal.prop("framework", fw.id()));
        s.putArray("links").add(Oscal.link(Oscal.catalogFile(fw.id()), "reference", Oscal.MEDIA_TYPE));
        ArrayNode include = Oscal.JSON.createArrayNode();
        ArrayNode exclude = Oscal.JSON.createArrayNode();
        for (ReportModel.ControlRow c : fw.controls()) {
            (inScope(c) ? include : exclude).addObject().put("control-id", Oscal.token(c.id()));
        }
        if (!include.isEmpty()) {
            s.set("include-controls", include);
        }
        if (!exclude.isEmpty()) {
            s.set("exclude-controls", exclude);
        }
        return s;
    }

    /** Whether a control is reviewed: every control but those declared not applicable or out of the audit's scope. */
    static boolean inScope(ReportModel.ControlRow c) {
        return c.status() != ControlStatus.NOT_APPLICABLE;
    }

    static String catalogResource(ReportModel.Run run, ReportModel.FrameworkSection fw) {
        return Oscal.uuid(run, "resource", "catalog", fw.id());
    }

    static String organisation(ReportModel.Run run) {
        return run.organisation() == null || run.organisation().isBlank() ? "the organisation" : run.organisation();
    }
}
