package dev.auditpack.report.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.report.ReportModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The observations of one framework's result: one per evidence file (and AWS report document) in the locker and per
 * manual evidence document, EXAMINE; one per check the framework's controls rest on, TEST; and one per failed call to
 * AWS, saying the evidence could not be read. Each file's observation cites it by its path in the pack and by the
 * back-matter resource that carries its SHA-256.
 */
final class Observations {

    private final ReportModel model;
    private final ReportModel.FrameworkSection fw;
    private final ArrayNode nodes = Oscal.JSON.createArrayNode();
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> documents = new LinkedHashMap<>();
    private final Map<String, String> checks = new LinkedHashMap<>();
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final Map<String, String> accounts = new LinkedHashMap<>();

    Observations(ReportModel model, ReportModel.FrameworkSection fw) {
        this.model = model;
        this.fw = fw;
        TreeSet<String> ids = new TreeSet<>(model.run().accounts());
        model.evidence().forEach(e -> ids.add(e.account()));
        model.errors().forEach(e -> ids.add(e.account()));
        ids.forEach(a -> accounts.put(a, uuid("account", a)));
        model.evidence().forEach(this::evidence);
        model.attachments().forEach(this::attachment);
        model.manual().forEach(this::document);
        checksOfFramework();
        model.errors().forEach(this::error);
    }

    /** The observations, in the order they were made. */
    ArrayNode nodes() {
        return nodes;
    }

    /** The accounts as inventory items of the result's local definitions. */
    ArrayNode inventory() {
        ArrayNode items = Oscal.JSON.createArrayNode();
        accounts.forEach((account, uuid) -> {
            ObjectNode item = items.addObject();
            item.put("uuid", uuid);
            item.put("description", "AWS account " + account);
            item.putArray("props").add(Oscal.prop("aws-account", account));
        });
        return items;
    }

    /**
     * The observations a control's finding rests on: its evidence files and the failed calls made while they were
     * collected, its checks, its manual evidence documents.
     */
    List<String> of(ReportModel.ControlRow c) {
        List<String> out = new ArrayList<>();
        for (ReportModel.EvidenceRow e : c.evidence()) {
            add(out, files.get(e.path()));
            errors.getOrDefault(key(e.collector(), e.account(), e.region()), List.of())
                    .forEach(u -> add(out, u));
        }
        c.reports()
                .forEach(r -> model.attachments().stream()
                        .filter(a -> !r.documentSha256().isEmpty() && a.sha256().equals(r.documentSha256()))
                        .forEach(a -> add(out, files.get(a.path()))));
        c.checks().forEach(k -> add(out, checks.get(k.id())));
        c.documents().forEach(d -> add(out, documents.get(d.id())));
        return out;
    }

    /** How many failed calls the control's evidence files hold. */
    long failedCalls(ReportModel.ControlRow c) {
        return c.evidence().stream()
                .mapToLong(e -> errors.getOrDefault(key(e.collector(), e.account(), e.region()), List.of())
                        .size())
                .sum();
    }

    private void evidence(ReportModel.EvidenceRow e) {
        ObjectNode o = observation(uuid("evidence", e.path()), "Evidence file " + e.path(), e.collectedAt());
        o.put(
                "description",
                "What AWS answered to the collector " + e.collector() + " in account " + e.account() + ", region "
                        + e.region() + ", read by the checks"
                        + (e.errorCount() == 0
                                ? "."
                                : "; " + e.errorCount() + " call(s) failed while it was collected, so what they"
                                        + " would have shown is unknown (see the observations that say evidence"
                                        + " could not be read)."));
        o.putArray("methods").add("EXAMINE");
        subject(o, e.account(), e.region());
        o.putArray("props").add(Oscal.prop("collector", e.collector())).add(Oscal.prop("failed-calls", e.errorCount()));
        evidenceLink(o.putArray("relevant-evidence"), ResultsDocument.lockerHref(e.path()), e.path(), e.sha256());
        files.put(e.path(), o.get("uuid").asText());
    }

    private void attachment(ReportModel.AttachmentRow a) {
        ObjectNode o =
                observation(uuid("evidence", a.path()), a.title(), model.run().collectedTo());
        o.put(
                "description",
                a.title() + ", a document stored in the locker beside the evidence"
                        + (a.confidential() ? " (confidential: share it only under its source's terms)." : "."));
        o.putArray("methods").add("EXAMINE");
        evidenceLink(o.putArray("relevant-evidence"), ResultsDocument.lockerHref(a.path()), a.path(), a.sha256());
        files.put(a.path(), o.get("uuid").asText());
    }

    private void document(ReportModel.ManualRow d) {
        ObjectNode o =
                observation(uuid("manual", d.id()), d.title(), model.run().generatedAt());
        o.put(
                "description",
                "Manual evidence given by the organisation: " + d.title()
                        + (d.date().isEmpty() ? "" : ", dated " + d.date())
                        + (d.owner().isEmpty() ? "" : ", owned by " + d.owner())
                        + (d.outcome().isEmpty() ? "" : "; outcome " + d.outcome())
                        + (d.expired() ? "; it expired before the audit period ended, so it counts as missing." : "."));
        o.putArray("methods").add("EXAMINE");
        o.putArray("subjects")
                .addObject()
                .put("subject-uuid", Oscal.organisation(model.run()))
                .put("type", "party")
                .put("title", AssessmentPlanWriter.organisation(model.run()));
        evidenceLink(
                o.putArray("relevant-evidence"),
                ResultsDocument.manualHref(d.file()),
                ResultsDocument.manualHref(d.file()),
                d.sha256());
        documents.put(d.id(), o.get("uuid").asText());
    }

    private void checksOfFramework() {
        TreeSet<String> used = new TreeSet<>();
        fw.controls().forEach(c -> c.checks().forEach(k -> used.add(k.id())));
        for (ReportModel.CheckRow k : model.checks()) {
            if (!used.contains(k.id())) {
                continue;
            }
            ObjectNode o = observation(
                    uuid("check", k.id()),
                    "Check " + k.id() + ": " + k.title(),
                    model.run().collectedTo());
            o.put(
                    "description",
                    "The automated check " + k.id() + " judged the resources in the evidence files: " + k.pass()
                            + " passed, " + k.fail() + " failed, " + k.gap() + " could not be judged (evidence"
                            + " missing or unreadable), " + k.notApplicable() + " not applicable, " + k.accepted()
                            + " accepted under exceptions. Every finding is in results.json under checks."
                            + k.procedure()
                                    .map(p -> " Criterion: " + p.criterion())
                                    .orElse(""));
            o.putArray("methods").add("TEST");
            o.putArray("props")
                    .add(Oscal.prop("check", k.id()))
                    .add(Oscal.prop("check-status", k.status()))
                    .add(Oscal.prop("severity", k.severity()));
            checks.put(k.id(), o.get("uuid").asText());
        }
    }

    private void error(CollectionError e) {
        String where = e.collector() + " in account " + e.account() + ", region " + e.region();
        ObjectNode o =
                observation(uuid("error", e.sortKey()), "Evidence could not be read: " + e.operation(), e.occurredAt());
        o.put(
                "description",
                "Evidence could not be read: the call " + e.operation()
                        + (e.iamAction() == null ? "" : " (IAM action " + e.iamAction() + ")") + " made by " + where
                        + (e.resource() == null ? "" : " about " + e.resource()) + " failed with " + e.errorCode()
                        + (e.message().isBlank() ? "" : ": " + e.message())
                        + ". What it would have shown is unknown; the controls that depend on it are reported as"
                        + " gaps, never as satisfied.");
        o.putArray("methods").add("EXAMINE");
        o.putArray("types").add("finding");
        subject(o, e.account(), e.region());
        o.putArray("props")
                .add(Oscal.prop("collection-error", e.category().name()))
                .add(Oscal.prop("error-code", e.errorCode()))
                .add(Oscal.prop("collector", e.collector()));
        ArrayNode relevant = Oscal.JSON.createArrayNode();
        model.evidence().stream()
                .filter(f ->
                        key(f.collector(), f.account(), f.region()).equals(key(e.collector(), e.account(), e.region())))
                .forEach(f -> evidenceLink(relevant, ResultsDocument.lockerHref(f.path()), f.path(), f.sha256()));
        if (!relevant.isEmpty()) {
            o.set("relevant-evidence", relevant);
        }
        errors.computeIfAbsent(key(e.collector(), e.account(), e.region()), k -> new ArrayList<>())
                .add(o.get("uuid").asText());
    }

    private ObjectNode observation(String uuid, String title, java.time.Instant collected) {
        ObjectNode o = nodes.addObject();
        o.put("uuid", uuid);
        o.put("title", title);
        o.put("description", "");
        o.putArray("methods");
        o.put("collected", Oscal.time(collected == null ? model.run().generatedAt() : collected));
        return o;
    }

    private void subject(ObjectNode o, String account, String region) {
        String uuid = accounts.get(account);
        if (uuid == null) {
            return;
        }
        o.putArray("subjects")
                .addObject()
                .put("subject-uuid", uuid)
                .put("type", "inventory-item")
                .put("title", "AWS account " + account + ", region " + region);
    }

    /** A file as relevant evidence: its path in the pack, and a link to the back-matter resource with its hash. */
    private void evidenceLink(ArrayNode relevant, String href, String path, String sha256) {
        ObjectNode r = relevant.addObject();
        r.put("href", href);
        r.put("description", path + ", SHA-256 " + sha256);
        r.putArray("links").add(Oscal.link("#" + ResultsDocument.resource(model.run(), href), "reference", null));
    }

    private String uuid(String... names) {
        String[] all = new String[names.length + 1];
        all[0] = fw.id();
        System.arraycopy(names, 0, all, 1, names.length);
        return Oscal.uuid(model.run(), all);
    }

    private static String key(String collector, String account, String region) {
        return collector + "|" + account + "|" + region;
    }

    private static void add(List<String> out, String uuid) {
        if (uuid != null && !out.contains(uuid)) {
            out.add(uuid);
        }
    }
}
