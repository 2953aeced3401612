package dev.auditpack.system;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.ControlIndex;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.Framework;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code --owners} file: who owns which controls, by control or by theme.
 *
 * <pre>
 * controls:
 *   iso27001-2022:A.5.15: {name: Sam Okafor, role: Head of Platform, email: sam@example.com}
 *   CC6.1: {name: Sam Okafor, role: Head of Platform}
 * themes:
 *   People: {name: Priya Raman, role: HR Director}
 * </pre>
 *
 * A control takes the owner named for it, else the owner of its theme. Controls are written as in the
 * exceptions file ({@code framework:id}, or a bare id that only one framework has).
 */
public final class Owners {

    /** An owner as the file gives it. */
    record Person(String name, String role, String email) {}

    record File(Map<String, Person> controls, Map<String, Person> themes) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<ControlRef, Owner> byControl;
    private final Map<String, Owner> byTheme;

    private Owners(Map<ControlRef, Owner> byControl, Map<String, Owner> byTheme) {
        this.byControl = Map.copyOf(byControl);
        this.byTheme = Map.copyOf(byTheme);
    }

    /** Every owner the file names, each once. */
    public java.util.Set<Owner> all() {
        java.util.Set<Owner> all = new java.util.LinkedHashSet<>(byControl.values());
        all.addAll(byTheme.values());
        return all;
    }

    /** No owners file. */
    public static Owners none() {
        return new Owners(Map.of(), Map.of());
    }

    /**
     * Reads and checks the file against the loaded frameworks.
     *
     * @throws InputException naming the file and the first unknown control or theme, duplicate or bad owner
     */
    public static Owners read(Path file, List<Framework> frameworks) {
        File f = InputFiles.read(file, YAML, File.class);
        if (f == null || (empty(f.controls()) && empty(f.themes()))) {
            throw new InputException(
                    file, "names no owners; give 'controls:' or 'themes:' (see docs/scope-and-owners.md)");
        }
        ControlIndex index = new ControlIndex(frameworks);
        Map<ControlRef, Owner> controls = new LinkedHashMap<>();
        Map<ControlRef, String> written = new LinkedHashMap<>();
        if (f.controls() != null) {
            for (var e : f.controls().entrySet()) {
                ControlRef ref;
                try {
                    ref = index.resolve(e.getKey());
                } catch (IllegalArgumentException ex) {
                    throw new InputException(file, "controls: " + ex.getMessage());
                }
                String before = written.putIfAbsent(ref, e.getKey());
                if (before != null) {
                    throw new InputException(
                            file,
                            "controls: '" + e.getKey() + "' and '" + before + "' are the same control, " + ref
                                    + "; give it one owner");
                }
                controls.put(ref, owner(file, "control " + e.getKey(), e.getValue(), "control " + ref));
            }
        }
        Set<String> themes = new TreeSet<>();
        frameworks.forEach(fw -> fw.controls().stream()
                .map(Control::theme)
                .filter(t -> t != null)
                .forEach(themes::add));
        Map<String, Owner> byTheme = new LinkedHashMap<>();
        if (f.themes() != null) {
            for (var e : f.themes().entrySet()) {
                if (!themes.contains(e.getKey())) {
                    throw new InputException(
                            file,
                            "themes: unknown theme '" + e.getKey() + "' (known: " + String.join(", ", themes) + ")");
                }
                byTheme.put(e.getKey(), owner(file, "theme " + e.getKey(), e.getValue(), "theme " + e.getKey()));
            }
        }
        return new Owners(controls, byTheme);
    }

    /** The owner of a control: the one named for it, else its theme's. */
    public Optional<Owner> of(String framework, Control control) {
        Owner own = byControl.get(new ControlRef(framework, control.id()));
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.ofNullable(control.theme() == null ? null : byTheme.get(control.theme()));
    }

    private static Owner owner(Path file, String where, Person p, String basis) {
        if (p == null || p.name() == null || p.name().isBlank()) {
            throw new InputException(file, where + ": the owner's name is missing");
        }
        String email = p.email() == null ? "" : p.email().strip();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new InputException(file, where + ": '" + email + "' is not an e-mail address");
        }
        return new Owner(p.name().strip(), p.role() == null ? "" : p.role().strip(), email, basis);
    }

    private static boolean empty(Map<?, ?> m) {
        return m == null || m.isEmpty();
    }
}
