package dev.auditpack.framework;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's changes to shipped controls without copying whole framework files, e.g. offices in the ISMS
 * scope making A.7.1 partly theirs:
 *
 * <pre>
 * controls:
 *   iso27001-2022:A.7.1:
 *     responsibility: shared
 *     customer: We control entry to our own offices with badges and a visitor log.
 *     justification: Offices in Lisbon are in scope.
 * </pre>
 */
public final class FrameworkOverrides {

    /** One control's changes; absent fields keep the framework's value. */
    public record Change(
            Responsibility responsibility, String customer, String aws, String manual, String justification) {}

    /** The file's shape. */
    record File(Map<String, Change> controls) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<ControlRef, Change> changes;

    private FrameworkOverrides(Map<ControlRef, Change> changes) {
        this.changes = changes;
    }

    public static FrameworkOverrides none() {
        return new FrameworkOverrides(Map.of());
    }

    /**
     * Reads an overrides file against the loaded frameworks.
     *
     * @throws InputException naming the file and the problem (unknown control, bad responsibility, line)
     */
    public static FrameworkOverrides read(Path file, List<Framework> frameworks) {
        File parsed = InputFiles.read(file, YAML, File.class);
        if (parsed == null || parsed.controls() == null || parsed.controls().isEmpty()) {
            throw new InputException(file, "has no 'controls:' to change");
        }
        ControlIndex index = new ControlIndex(frameworks);
        Map<ControlRef, Change> changes = new LinkedHashMap<>();
        parsed.controls().forEach((name, change) -> {
            try {
                changes.put(index.resolve(name), change);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, e.getMessage());
            }
        });
        FrameworkOverrides overrides = new FrameworkOverrides(changes);
        try {
            overrides.apply(frameworks);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, e.getMessage());
        }
        return overrides;
    }

    /** The frameworks with the changes applied. */
    public List<Framework> apply(List<Framework> frameworks) {
        List<Framework> out = new ArrayList<>();
        for (Framework f : frameworks) {
            List<Control> controls = new ArrayList<>();
            for (Control c : f.controls()) {
                Change ch = changes.get(new ControlRef(f.id(), c.id()));
                controls.add(ch == null ? c : c.changed(ch.responsibility(), ch.aws(), ch.customer(), ch.manual()));
            }
            out.add(f.withControls(controls));
        }
        return out;
    }

    /** The user's justification for a control's applicability, if they gave one. */
    public java.util.Optional<String> justification(ControlRef ref) {
        Change ch = changes.get(ref);
        return ch == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(ch.justification());
    }
}
