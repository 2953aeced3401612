package dev.auditpack.report.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.report.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code catalog-<framework>.oscal.json}: one framework as an OSCAL catalog, with auditpack's own control ids and
 * short titles as the framework data gives them (never the standard's wording), grouped by theme. Each control has
 * one statement part without prose, the target of the assessment results' findings.
 */
public final class CatalogWriter {

    private CatalogWriter() {}

    public static void write(ReportModel model, ReportModel.FrameworkSection fw, OutputStream out) throws IOException {
        ReportModel.Run run = model.run();
        ObjectNode catalog = Oscal.JSON.createObjectNode();
        catalog.put("uuid", Oscal.uuid(run, "catalog", fw.id()));
        ObjectNode metadata = Oscal.metadata(run, fw.title());
        metadata.put("version", fw.version() == null || fw.version().isBlank() ? fw.id() : fw.version());
        ((ArrayNode) metadata.get("props")).add(Oscal.prop("framework", fw.id()));
        metadata.put(
                "remarks",
                "Control ids and titles are auditpack's own, as its framework data " + fw.id()
                        + " gives them; they summarise the standard and do not quote it. The statement of each"
                        + " control is left without prose: read the standard itself for its wording.");
        catalog.set("metadata", metadata);
        Map<String, List<ReportModel.ControlRow>> themes = new LinkedHashMap<>();
        for (ReportModel.ControlRow c : fw.controls()) {
            themes.computeIfAbsent(c.theme() == null ? "" : c.theme(), t -> new java.util.ArrayList<>())
                    .add(c);
        }
        ArrayNode loose = Oscal.JSON.createArrayNode();
        ArrayNode groups = Oscal.JSON.createArrayNode();
        int n = 0;
        for (Map.Entry<String, List<ReportModel.ControlRow>> theme : themes.entrySet()) {
            if (theme.getKey().isBlank()) {
                theme.getValue().forEach(c -> loose.add(control(c)));
                continue;
            }
            n++;
            ObjectNode group = groups.addObject();
            group.put("id", groupId(theme.getKey(), n));
            group.put("title", theme.getKey());
            ArrayNode controls = group.putArray("controls");
            theme.getValue().forEach(c -> controls.add(control(c)));
        }
        if (!loose.isEmpty()) {
            catalog.set("controls", loose);
        }
        if (!groups.isEmpty()) {
            catalog.set("groups", groups);
        }
        Oscal.write("catalog", catalog, out);
    }

    private static ObjectNode control(ReportModel.ControlRow c) {
        ObjectNode control = Oscal.JSON.createObjectNode();
        control.put("id", Oscal.token(c.id()));
        control.put("title", c.title());
        ArrayNode props = control.putArray("props");
        props.addObject().put("name", "label").put("value", c.id());
        if (c.responsibility() != null && !c.responsibility().isBlank()) {
            props.add(Oscal.prop("responsibility", c.responsibility()));
        }
        control.putArray("parts").addObject().put("id", Oscal.statement(c.id())).put("name", "statement");
        return control;
    }

    /** A group's id: its theme in lower case, words joined by hyphens, numbered so two themes never share one. */
    private static String groupId(String theme, int n) {
        String slug = theme.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return "g" + n + (slug.isEmpty() ? "" : "-" + slug);
    }
}
