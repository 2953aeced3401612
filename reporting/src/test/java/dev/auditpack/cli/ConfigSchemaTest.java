package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.docs.JsonSchemas;
import dev.auditpack.report.Branding;
import dev.auditpack.report.Logos;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/schemas/auditpack.schema.json, the records {@link ConfigFile} reads and docs/auditpack.example.yaml agree: the
 * example is valid, sets every key and reads; every key of the schema is a record property and every record property
 * is in the schema.
 */
class ConfigSchemaTest {

    static final String SCHEMA = "auditpack.schema.json";
    private static final ObjectMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    static Path example() {
        Path here = Path.of("docs", "auditpack.example.yaml");
        return Files.exists(here) ? here : Path.of("..", "docs", "auditpack.example.yaml");
    }

    static List<JsonNode> documents() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                YAML.readerFor(JsonNode.class).readValues(example().toFile())) {
            while (it.hasNextValue()) {
                docs.add(it.nextValue());
            }
        }
        return docs;
    }

    @Test
    void theExampleIsValidSetsEveryKeyAndReads() throws IOException {
        Set<String> schema = JsonSchemas.paths(JsonSchemas.read(SCHEMA));
        Set<String> used = new TreeSet<>();
        Logos.write(dir.resolve("northwind.png"), "png");
        int n = 0;
        for (JsonNode doc : documents()) {
            assertThat(JsonSchemas.problems(SCHEMA, doc)).as("document " + n).isEmpty();
            keys(doc, "", schema, used);
            // The parser takes each document as a file of its own, beside the logo it names.
            Path file = Files.writeString(dir.resolve("auditpack-" + n++ + ".yaml"), YAML.writeValueAsString(doc));
            ConfigFile read = ConfigFile.read(file);
            assertThat(read.oldForm()).isEmpty();
        }
        assertThat(used).as("keys the example sets").containsExactlyInAnyOrderElementsOf(schema);
        ConfigFile first = ConfigFile.read(dir.resolve("auditpack-0.yaml"));
        assertThat(first.branding().organisation()).contains("Northwind Traders Ltd");
        assertThat(first.content().collection().endpoints()).containsKey("artifact");
        assertThat(first.resolve(first.content().report().scope())).isEqualTo(dir.resolve("scope.yaml"));
    }

    @Test
    void theSchemaAndTheRecordsHoldTheSameKeys() {
        Set<String> records = new TreeSet<>();
        properties(ConfigFile.Content.class, "", records);
        assertThat(JsonSchemas.paths(JsonSchemas.read(SCHEMA))).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void theSchemaRefusesWhatTheParserRefuses() throws IOException {
        for (String yaml : List.of(
                "report:\n  colour: blue\n",
                "signing:\n  password: x\n",
                "failOn: [warnings]\n",
                "scope:\n  accounts: ['12345']\n",
                "collection:\n  concurrency: lots\n",
                "signing:\n  keystore: a.p12\n  key: k.pem\n  cert: c.pem\n")) {
            assertThat(JsonSchemas.problems(SCHEMA, YAML.readTree(yaml)))
                    .as(yaml)
                    .isNotEmpty();
            Path file = Files.writeString(dir.resolve("bad.yaml"), yaml);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigFile.read(file))
                    .as(yaml)
                    .isInstanceOf(dev.auditpack.input.InputException.class);
        }
    }

    /** The key paths a document sets, with a key of a free-form map as {@code *}. */
    private static void keys(JsonNode node, String at, Set<String> schema, Set<String> out) {
        if (!node.isObject()) {
            return;
        }
        node.fields().forEachRemaining(e -> {
            String path = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
            if (!schema.contains(path) && schema.contains(at + ".*")) {
                path = at + ".*";
            }
            out.add(path);
            keys(e.getValue(), path, schema, out);
        });
    }

    /** The property paths of a record, the wording keys of branding among them. */
    private static void properties(Class<?> record, String at, Set<String> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = at.isEmpty() ? c.getName() : at + "." + c.getName();
            out.add(path);
            Type type = c.getGenericType();
            if (c.getType().isRecord()) {
                properties(c.getType(), path, out);
            } else if (Map.class.isAssignableFrom(c.getType())) {
                if (c.getName().equals("wording")) {
                    Branding.WORDING.keySet().forEach(k -> out.add(path + "." + k));
                } else {
                    out.add(path + ".*");
                }
            } else if (List.class.isAssignableFrom(c.getType())
                    && type instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> item
                    && item.isRecord()) {
                properties(item, path + "[]", out);
            }
        }
    }
}
