package dev.auditpack.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The JSON Schemas of docs/schemas, read from the repository, and what they say of a document. */
public final class JsonSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSchemas() {}

    /** docs/schemas/{@code name}, from the module's folder or the repository's. */
    public static Path file(String name) {
        Path here = Path.of("docs", "schemas", name);
        return here.toFile().exists() ? here : Path.of("..", "docs", "schemas", name);
    }

    public static JsonNode read(String name) {
        try {
            return JSON.readTree(file(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the schema finds in {@code document}, one line each; empty when it is valid. */
    public static List<String> problems(String name, JsonNode document) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(read(name));
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(document)) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * Every property path the schema declares, e.g. {@code report.frameworks} or {@code evidence[].sha256}, following
     * {@code properties}, {@code items}, local {@code $ref}s and {@code additionalProperties} schemas (as {@code *}).
     */
    public static TreeSet<String> paths(JsonNode schema) {
        TreeSet<String> out = new TreeSet<>();
        walk(schema, schema, "", out, 0);
        return out;
    }

    private static void walk(JsonNode root, JsonNode node, String at, TreeSet<String> out, int depth) {
        if (node == null || depth > 40) {
            return;
        }
        if (node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
            walk(root, root.at(node.get("$ref").asText().substring(1)), at, out, depth + 1);
        }
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combiner).forEach(n -> walk(root, n, at, out, depth + 1));
        }
        Iterator<Map.Entry<String, JsonNode>> props = node.path("properties").fields();
        while (props.hasNext()) {
            var p = props.next();
            String path = at.isEmpty() ? p.getKey() : at + "." + p.getKey();
            out.add(path);
            walk(root, p.getValue(), path, out, depth + 1);
        }
        if (node.has("items")) {
            walk(root, node.get("items"), at + "[]", out, depth + 1);
        }
        if (node.path("additionalProperties").isObject()) {
            out.add(at + ".*");
            walk(root, node.get("additionalProperties"), at + ".*", out, depth + 1);
        }
    }
}
