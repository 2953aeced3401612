package dev.auditpack.report.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.imports.ImportsSection;

/** The {@code imports} key of {@code results.json}: the section as it is, with its counts in front. */
final class ImportsJson {

    private ImportsJson() {}

    static ObjectNode of(ObjectMapper json, ImportsSection section) {
        ObjectNode node = json.createObjectNode();
        node.put("role", "supporting").put("statusesChanged", false).put("mapSource", section.mapSource());
        node.putObject("counts")
                .put("findings", section.findings().size())
                .put("mapped", section.mappedCount())
                .put("unmapped", section.unmappedCount())
                .put("importedExceptions", section.exceptionCount());
        ObjectNode rest = json.valueToTree(section);
        rest.remove("mapSource");
        node.setAll(rest);
        return node;
    }
}
