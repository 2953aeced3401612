package dev.auditpack.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The complementary user entity controls: what AWS's SOC 2 report assumes its customers do, each mapped to the
 * checks and controls that evidence it. auditpack ships a list in its own words, from AWS's public
 * shared-responsibility material; a user can replace it with the list from their copy of AWS's report.
 *
 * @param source  where the list comes from
 * @param asOf    when it was written
 * @param entries the responsibilities
 */
public record ComplementaryControls(String source, String asOf, List<Entry> entries) {

    /** Class-path location of the shipped list. */
    public static final String RESOURCE = "frameworks/responsibility/complementary-controls.yaml";

    /**
     * One responsibility AWS expects of its customers.
     *
     * @param id       short reference, e.g. {@code CUEC-03}
     * @param text     what the customer must do, in our own words
     * @param checks   checks that evidence it
     * @param controls controls it supports, as {@code framework:control} or a bare id
     */
    public record Entry(String id, String text, List<String> checks, List<String> controls) {
        public Entry {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("an entry has no id");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("entry " + id + " has no text");
            }
            checks = checks == null ? List.of() : List.copyOf(checks);
            controls = controls == null ? List.of() : List.copyOf(controls);
            if (controls.isEmpty()) {
                throw new IllegalArgumentException("entry " + id + " names no control");
            }
        }
    }

    public ComplementaryControls {
        source = source == null ? "" : source;
        asOf = asOf == null ? "" : asOf;
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** No list. */
    public static ComplementaryControls none() {
        return new ComplementaryControls("", "", List.of());
    }

    /** The shipped list, checked against the frameworks and checks in use. */
    public static ComplementaryControls shipped(List<Framework> frameworks, Set<String> knownChecks) {
        try (InputStream in = ComplementaryControls.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return resolve(
                    YAML.readValue(in, ComplementaryControls.class), Path.of(RESOURCE), frameworks, knownChecks, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a user's list.
     *
     * @throws InputException naming the file, the entry and the problem (unknown control or check, no text)
     */
    public static ComplementaryControls read(Path file, List<Framework> frameworks, Set<String> knownChecks) {
        return resolve(InputFiles.read(file, YAML, ComplementaryControls.class), file, frameworks, knownChecks, false);
    }

    private static ComplementaryControls resolve(
            ComplementaryControls parsed,
            Path named,
            List<Framework> frameworks,
            Set<String> knownChecks,
            boolean shipped) {
        if (parsed == null || parsed.entries().isEmpty()) {
            throw new InputException(named, "has no entries");
        }
        ControlIndex index = new ControlIndex(frameworks);
        Set<String> ids = new HashSet<>();
        List<Entry> resolved = new ArrayList<>();
        for (Entry e : parsed.entries()) {
            if (!ids.add(e.id())) {
                throw new InputException(named, "entry " + e.id() + " is listed twice");
            }
            List<String> refs = new ArrayList<>();
            for (String c : e.controls()) {
                try {
                    refs.add(index.resolve(c).toString());
                } catch (IllegalArgumentException x) {
                    if (shipped) {
                        // The shipped list is written for the shipped frameworks; a user's own framework files may
                        // hold other controls, so a control they lack is left out rather than refused.
                        continue;
                    }
                    throw new InputException(named, "entry " + e.id() + ": " + x.getMessage());
                }
            }
            for (String check : e.checks()) {
                if (!knownChecks.contains(check)) {
                    throw new InputException(named, "entry " + e.id() + " names unknown check '" + check + "'");
                }
            }
            if (refs.isEmpty() && shipped) {
                continue;
            }
            resolved.add(new Entry(e.id(), e.text().strip(), e.checks(), refs));
        }
        return new ComplementaryControls(parsed.source().strip(), parsed.asOf(), resolved);
    }
}
