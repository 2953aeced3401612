package dev.auditpack.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import dev.auditpack.report.ReportConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --config} file, {@code auditpack.yaml}: everything a scheduled run needs, section by section (see
 * docs/configuration.md and docs/schemas/auditpack.schema.json). Read strictly: an unknown key, a value of the wrong
 * type or a bad period is one line naming the file and the key's path, e.g. {@code scope.accounts[1]}.
 *
 * <p>A branding file of the old form (the branding keys at the top of the file) is still read as the branding
 * section alone.
 *
 * @param file     the file, as given
 * @param content  what it holds; every key optional
 * @param branding its branding section, checked, with the logo read
 * @param oldForm  the keys of an old branding file, which belong under {@code branding:}; empty for the new form
 */
record ConfigFile(Path file, Content content, ReportConfig branding, List<String> oldForm) {

    /** The whole file. */
    record Content(
            Scope scope,
            String period,
            Collect collection,
            Report report,
            ReportConfig.File branding,
            Signing signing,
            Output output,
            List<String> failOn) {}

    /** What is collected from: accounts, regions and how each account is reached. */
    record Scope(
            List<String> accounts,
            Boolean organization,
            List<String> regions,
            String roleName,
            String externalId,
            String profile) {}

    /** How collection runs, and what it adds to the default collectors. */
    record Collect(
            Integer concurrency,
            Integer perService,
            Integer maxAttempts,
            List<String> artifactReports,
            Boolean cloudTrailEvents,
            String trailBucket,
            String series,
            String cadence,
            String endpointUrl,
            Map<String, String> endpoints) {}

    /** What the pack holds and the files it is made with. */
    record Report(
            String frameworks,
            String templates,
            Integer soc2Type,
            List<String> soc2Categories,
            Boolean noPremises,
            String scope,
            String owners,
            String assertion,
            String manual,
            String exceptions,
            String overrides,
            String risks,
            String cuecs,
            String preparer,
            Integer findingsPerCheck,
            String sampleSeed) {}

    /** The key and certificate a pack is signed with, and the names of the variables holding their passwords. */
    record Signing(String key, String cert, String keyPasswordEnv, String keystore, String keystorePasswordEnv) {}

    /** Where the pack and the locker go, and whether a redacted zip is written too. */
    record Output(String dir, String evidence, Boolean redact) {}

    /** The keys at the top of the file. */
    static final List<String> SECTIONS =
            List.of("scope", "period", "collection", "report", "branding", "signing", "output", "failOn");

    /** The keys of a branding file of the old form, now under {@code branding:}. */
    static final List<String> OLD_KEYS =
            List.of("organisation", "title", "preparedBy", "confidentiality", "logo", "wording");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // "yes", 1 or "16" where true or a number belongs are mistakes, not values to guess at; a number where
            // text belongs (period: 2026) stays text.
            .withCoercionConfig(
                    LogicalType.Boolean,
                    c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Integer,
                    c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .build();

    ConfigFile {
        oldForm = List.copyOf(oldForm);
    }

    /** No file: nothing set. */
    static ConfigFile none() {
        return new ConfigFile(
                null, new Content(null, null, null, null, null, null, null, null), ReportConfig.none(), List.of());
    }

    boolean present() {
        return file != null;
    }

    /**
     * Reads and checks the file, and the logo its branding names.
     *
     * @throws InputException one line naming the file, the key's path and what is wrong
     */
    static ConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "does not exist (expected a YAML configuration file, auditpack.yaml)");
        }
        JsonNode tree;
        try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> docs =
                YAML.readerFor(JsonNode.class).readValues(InputFiles.readBounded(file, InputFiles.DATA_LIMIT))) {
            tree = docs.hasNextValue() ? docs.nextValue() : null;
            if (docs.hasNextValue()) {
                throw new InputException(file, "holds more than one YAML document (---); a configuration is one");
            }
        } catch (JsonProcessingException e) {
            throw new InputException(
                    file, InputFiles.where(e) + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return new ConfigFile(file, none().content(), ReportConfig.none(), List.of());
        }
        if (!tree.isObject()) {
            throw new InputException(file, "expected keys (scope:, report:, …), not a " + kind(tree));
        }
        List<String> old = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        tree.fieldNames().forEachRemaining(k -> (OLD_KEYS.contains(k) ? old : sections).add(k));
        if (!old.isEmpty() && sections.stream().noneMatch(SECTIONS::contains)) {
            // The old branding file, read as it always was.
            return new ConfigFile(file, none().content(), ReportConfig.read(file), old);
        }
        if (!old.isEmpty()) {
            throw new InputException(
                    file, old.get(0) + ": a branding key at the top of the file; move it under 'branding:'");
        }
        Content content;
        try {
            content = YAML.treeToValue(tree, Content.class);
        } catch (JsonProcessingException e) {
            throw new InputException(file, problem(e, tree));
        }
        ConfigChecks.check(file, content);
        ReportConfig branding = ReportConfig.from(file, "branding.", content.branding());
        return new ConfigFile(file, content, branding, List.of());
    }

    /** A path in the file, relative to its folder. */
    Path resolve(String path) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? Path.of(path) : folder.resolve(path).normalize();
    }

    /** The key path and what is wrong, from Jackson's account of it. */
    private static String problem(JsonProcessingException e, JsonNode tree) {
        String at = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        String where = at.isEmpty() ? "" : at + ": ";
        if (e instanceof UnrecognizedPropertyException u) {
            if (u.getPropertyName().toLowerCase(java.util.Locale.ROOT).contains("password")) {
                return where + "a password is never read from the file; put it in an environment variable and "
                        + "name the variable with signing.keyPasswordEnv or signing.keystorePasswordEnv";
            }
            return where + "unknown key (known: " + known(u.getKnownPropertyIds()) + ")";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            JsonNode value = tree;
            for (JsonMappingException.Reference r : m.getPath()) {
                value = r.getFieldName() != null ? value.path(r.getFieldName()) : value.path(r.getIndex());
            }
            return where + "expected " + expected(m.getTargetType())
                    + (value.isValueNode() ? ", not '" + value.asText() + "'" : "");
        }
        return where + e.getOriginalMessage().replaceAll("\\s+", " ");
    }

    /** {@code report.frameworks[2]} from Jackson's path. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String known(Collection<Object> ids) {
        Set<String> names = new TreeSet<>();
        ids.forEach(i -> names.add(String.valueOf(i)));
        return String.join(", ", names);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list, e.g. [a, b]";
        }
        return "keys and values";
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "list" : "single value";
    }
}
