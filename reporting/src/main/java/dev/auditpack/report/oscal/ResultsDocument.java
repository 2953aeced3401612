package dev.auditpack.report.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value Oscal#RESULTS_FILE}: the pack's answers as OSCAL assessment results (docs/oscal.md). One result per
 * framework over the audit period, with the controls reviewed, an observation per evidence file, check and failed
 * call, a finding per control in scope and a risk per control not satisfied. OSCAL knows two states, satisfied and
 * not-satisfied; a gap or a control that needs manual evidence is not-satisfied with the reason {@code other}, and
 * the pack's own status always stands beside the state as the property {@code status}.
 */
public final class ResultsDocument {

    private ResultsDocument() {}

    public static void write(ReportModel model, OutputStream out) throws IOException {
        ReportModel.Run run = model.run();
        ObjectNode doc = Oscal.JSON.createObjectNode();
        doc.put("uuid", Oscal.uuid(run, "assessment-results"));
        doc.set(
                "metadata",
                Oscal.metadata(
                        run,
                        "Assessment results: " + AssessmentPlanWriter.organisation(run) + ", audit period "
                                + run.periodLabel()));
        doc.putObject("import-ap")
                .put("href", Oscal.PLAN_FILE)
                .put(
                        "remarks",
                        "A minimal plan written with these results: the controls in scope per framework and the period."
                                + " It imports no OSCAL system security plan, as none is written.");
        ArrayNode results = doc.putArray("results");
        for (ReportModel.FrameworkSection fw : model.frameworks()) {
            results.add(result(model, fw));
        }
        doc.set("back-matter", backMatter(model));
        Oscal.write("assessment-results", doc, out);
    }

    /** The href of a locker file inside the pack. */
    static String lockerHref(String lockerPath) {
        return "evidence/" + lockerPath;
    }

    /** The href of a manual evidence document inside the pack; the model gives its path there already. */
    static String manualHref(String file) {
        return file.startsWith("manual/") ? file : "manual/" + file;
    }

    /** The UUID of the back-matter resource of a file of the pack, by its href. */
    static String resource(ReportModel.Run run, String href) {
        return Oscal.uuid(run, "resource", href);
    }

    /**
     * How a pack status reads in OSCAL: satisfied with reason pass for satisfied, inherited (an AWS attestation covers
     * the period) and manual evidence provided; not-satisfied with reason fail for not satisfied; not-satisfied with
     * reason other for a gap and for a control that needs manual evidence, which were not shown to hold. Not
     * applicable controls get no finding.
     */
    public static String[] state(ControlStatus status) {
        return switch (status) {
            case SATISFIED, INHERITED, MANUAL_PROVIDED -> new String[] {"satisfied", "pass"};
            case NOT_SATISFIED -> new String[] {"not-satisfied", "fail"};
            case GAP, NEEDS_MANUAL_EVIDENCE -> new String[] {"not-satisfied", "other"};
            case NOT_APPLICABLE -> throw new IllegalArgumentException("a control not applicable has no finding");
        };
    }

    private static ObjectNode result(ReportModel model, ReportModel.FrameworkSection fw) {
        ReportModel.Run run = model.run();
        ObjectNode r = Oscal.JSON.createObjectNode();
        r.put("uuid", Oscal.uuid(run, fw.id(), "result"));
        r.put("title", fw.title() + ", audit period " + run.periodLabel());
        r.put(
                "description",
                "The " + fw.itemsName() + " of " + fw.title() + " as auditpack evaluated them from the evidence"
                        + " locker collected " + Oscal.time(run.collectedFrom()) + " to "
                        + Oscal.time(run.collectedTo())
                        + ". The automated evidence is a snapshot taken then, not a test over the whole period.");
        r.put(
                "start",
                run.periodStart().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        r.put(
                "end",
                run.periodEnd()
                        .atTime(LocalTime.of(23, 59, 59))
                        .toInstant(ZoneOffset.UTC)
                        .toString());
        r.putArray("props")
                .add(Oscal.prop("framework", fw.id()))
                .add(Oscal.prop("evidence-collected-from", Oscal.time(run.collectedFrom())))
                .add(Oscal.prop("evidence-collected-to", Oscal.time(run.collectedTo())));
        r.putArray("links").add(Oscal.link(Oscal.catalogFile(fw.id()), "reference", Oscal.MEDIA_TYPE));
        Observations observations = new Observations(model, fw);
        ArrayNode inventory = observations.inventory();
        if (!inventory.isEmpty()) {
            r.putObject("local-definitions").set("inventory-items", inventory);
        }
        ObjectNode reviewed = r.putObject("reviewed-controls");
        reviewed.putArray("control-selections").add(AssessmentPlanWriter.selection(fw));
        if (!observations.nodes().isEmpty()) {
            r.set("observations", observations.nodes());
        }
        ArrayNode risks = Oscal.JSON.createArrayNode();
        ArrayNode findings = Oscal.JSON.createArrayNode();
        for (ReportModel.ControlRow c : fw.controls()) {
            if (!AssessmentPlanWriter.inScope(c)) {
                continue;
            }
            List<String> related = observations.of(c);
            String risk = null;
            if (c.status() == ControlStatus.NOT_SATISFIED) {
                risk = Oscal.uuid(run, fw.id(), "risk", c.id());
                risks.add(risk(c, risk, related));
            }
            findings.add(finding(run, fw, c, related, risk, observations.failedCalls(c)));
        }
        if (!risks.isEmpty()) {
            r.set("risks", risks);
        }
        if (!findings.isEmpty()) {
            r.set("findings", findings);
        }
        return r;
    }

    private static ObjectNode finding(
            ReportModel.Run run,
            ReportModel.FrameworkSection fw,
            ReportModel.ControlRow c,
            List<String> related,
            String risk,
            long failedCalls) {
        ObjectNode f = Oscal.JSON.createObjectNode();
        f.put("uuid", Oscal.uuid(run, fw.id(), "finding", c.id()));
        f.put("title", c.id() + " " + c.title());
        StringBuilder text = new StringBuilder(blankless(c.reason(), "No reason was given."));
        if (!c.failing().isEmpty()) {
            text.append("\n\nFailing resources");
            if (c.failingTotal() > c.failing().size()) {
                text.append(" (")
                        .append(c.failing().size())
                        .append(" of ")
                        .append(c.failingTotal())
                        .append("; every one is in results.json)");
            }
            text.append(":\n");
            for (ReportModel.FindingRow row : c.failing()) {
                text.append("\n- `")
                        .append(row.resource())
                        .append("` (")
                        .append(row.checkId())
                        .append(")");
            }
        }
        f.put("description", text.toString());
        ArrayNode props = f.putArray("props");
        props.add(Oscal.prop("status", c.status().name()));
        props.add(Oscal.prop("responsibility", c.responsibility()));
        c.grade().ifPresent(g -> props.add(Oscal.prop("grade", g.grade())).add(Oscal.prop("grade-label", g.label())));
        if (c.failingTotal() > 0) {
            props.add(Oscal.prop("failing-resources", c.failingTotal()));
        }
        Map<String, Boolean> listed = new LinkedHashMap<>();
        c.failing().forEach(row -> listed.put(row.resource(), true));
        listed.keySet().forEach(resource -> props.add(Oscal.prop("failing-resource", resource)));
        String[] state = state(c.status());
        ObjectNode target = f.putObject("target");
        target.put("type", "statement-id");
        target.put("target-id", Oscal.statement(c.id()));
        ObjectNode status = target.putObject("status").put("state", state[0]).put("reason", state[1]);
        String remark = remark(c.status(), failedCalls);
        if (remark != null) {
            status.put("remarks", remark);
        }
        if (!related.isEmpty()) {
            ArrayNode rel = f.putArray("related-observations");
            related.forEach(u -> rel.addObject().put("observation-uuid", u));
        }
        if (risk != null) {
            f.putArray("related-risks").addObject().put("risk-uuid", risk);
        }
        return f;
    }

    /** Why a control that was not shown to hold reads not-satisfied, and what would settle it. */
    private static String remark(ControlStatus status, long failedCalls) {
        return switch (status) {
            case GAP ->
                "Gap: evidence the control depends on could not be collected or read"
                        + (failedCalls > 0 ? " (" + failedCalls + " failed call(s) in its evidence files)" : "")
                        + ", so it was not assessed. Not-satisfied here means not shown to hold, not shown to fail.";
            case NEEDS_MANUAL_EVIDENCE ->
                "Needs manual evidence: no automated evidence can answer the control and no"
                        + " document was given for it, so it was not assessed. Not-satisfied here means not shown to hold,"
                        + " not shown to fail.";
            case INHERITED -> "Inherited: AWS operates the control and an AWS attestation covers the audit period.";
            case MANUAL_PROVIDED -> "Satisfied on the manual evidence the organisation gave.";
            default -> null;
        };
    }

    private static ObjectNode risk(ReportModel.ControlRow c, String uuid, List<String> related) {
        ObjectNode r = Oscal.JSON.createObjectNode();
        r.put("uuid", uuid);
        r.put("title", c.id() + " " + c.title() + " is not satisfied");
        r.put(
                "description",
                c.grade().map(g -> g.label() + ". " + g.basis()).orElse("The control is not satisfied.")
                        + (c.failingTotal() > 0 ? " " + c.failingTotal() + " failing resource(s)." : ""));
        r.put("statement", blankless(c.reason(), "The control is not satisfied."));
        ArrayNode props = r.putArray("props");
        c.grade().ifPresent(g -> {
            props.add(Oscal.prop("grade", g.grade()));
            if (!g.severity().isEmpty()) {
                props.add(Oscal.prop("severity", g.severity()));
            }
        });
        if (props.isEmpty()) {
            r.remove("props");
        }
        r.put("status", "open");
        if (!related.isEmpty()) {
            ArrayNode rel = r.putArray("related-observations");
            related.forEach(u -> rel.addObject().put("observation-uuid", u));
        }
        return r;
    }

    /** One resource per file the observations cite, with its SHA-256. */
    private static ObjectNode backMatter(ReportModel model) {
        ReportModel.Run run = model.run();
        ArrayNode resources = Oscal.JSON.createArrayNode();
        model.evidence()
                .forEach(e -> resources.add(file(run, lockerHref(e.path()), e.path(), "application/json", e.sha256())));
        model.attachments()
                .forEach(a -> resources.add(file(run, lockerHref(a.path()), a.title(), "application/pdf", a.sha256())));
        model.manual().forEach(d -> resources.add(file(run, manualHref(d.file()), d.title(), null, d.sha256())));
        ObjectNode back = Oscal.JSON.createObjectNode();
        if (!resources.isEmpty()) {
            back.set("resources", resources);
        }
        return back;
    }

    private static ObjectNode file(ReportModel.Run run, String href, String title, String mediaType, String sha256) {
        ObjectNode r = Oscal.JSON.createObjectNode();
        r.put("uuid", resource(run, href));
        r.put("title", title);
        ObjectNode link = r.putArray("rlinks").addObject();
        link.put("href", href);
        if (mediaType != null) {
            link.put("media-type", mediaType);
        }
        link.putArray("hashes").addObject().put("algorithm", "SHA-256").put("value", sha256);
        return r;
    }

    private static String blankless(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }
}
