package dev.auditpack.report.oscal;

import gov.nist.secauto.metaschema.model.common.validation.IValidationFinding;
import gov.nist.secauto.metaschema.model.common.validation.IValidationResult;
import gov.nist.secauto.metaschema.model.common.validation.JsonSchemaContentValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.json.JSONObject;

/**
 * The OSCAL 1.1.2 JSON schemas that liboscal-java bundles ({@code schema/json/oscal-*_schema.json} in its jar,
 * generated from NIST's OSCAL 1.1.2 metaschema), and its validator over them.
 */
public final class OscalSchemas {

    /** The schemas by OSCAL model: {@code ar} (assessment results), {@code ap} (assessment plan), {@code catalog}. */
    private static final Map<String, JsonSchemaContentValidator> VALIDATORS = new ConcurrentHashMap<>();

    private OscalSchemas() {}

    /** The schema's {@code $id}, which names the OSCAL version. */
    public static String id(String model) {
        return validator(model).getSchema().getId();
    }

    /** What the schema of {@code model} finds wrong with {@code json}; empty when it is valid. */
    public static List<String> problems(String model, byte[] json, String name) {
        JSONObject doc = JsonSchemaContentValidator.toJsonObject(new java.io.ByteArrayInputStream(json));
        IValidationResult result = validator(model).validate(doc, URI.create("file:///" + name));
        return result.getFindings().stream()
                .map(IValidationFinding::getMessage)
                .map(CharSequence::toString)
                .toList();
    }

    /** The same, for text. */
    public static List<String> problems(String model, String json, String name) {
        return problems(model, json.getBytes(StandardCharsets.UTF_8), name);
    }

    private static JsonSchemaContentValidator validator(String model) {
        return VALIDATORS.computeIfAbsent(model, m -> {
            String resource = "schema/json/oscal-" + m + "_schema.json";
            try (InputStream in = OscalSchemas.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the test class path (liboscal-java)");
                }
                return new JsonSchemaContentValidator(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
