package dev.auditpack.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.pack.DemoPacks;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/schemas/results.schema.json and docs/schemas/index.schema.json describe the demo's {@code results.json} and
 * its locker's {@code index.json}, and are closed where the formats are: a key nobody documented fails.
 */
class OutputSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    @Test
    void theDemosResultsJsonIsValid() throws IOException {
        JsonNode results = read(DemoPacks.unsigned().resolve("results.json"));
        assertThat(JsonSchemas.problems("results.schema.json", results)).isEmpty();
        ObjectNode extra = results.deepCopy();
        ((ObjectNode) extra.get("run")).put("undocumented", 1);
        assertThat(JsonSchemas.problems("results.schema.json", extra))
                .as("a key the format does not document")
                .isNotEmpty();
    }

    @Test
    void theDemosLockerIndexIsValid() throws IOException {
        JsonNode index = read(DemoPacks.unsigned().resolve("evidence").resolve("index.json"));
        assertThat(JsonSchemas.problems("index.schema.json", index)).isEmpty();
        ObjectNode extra = index.deepCopy();
        ((ObjectNode) extra.get("evidence").get(0)).put("undocumented", 1);
        assertThat(JsonSchemas.problems("index.schema.json", extra))
                .as("a key the format does not document")
                .isNotEmpty();
    }
}
