package dev.auditpack.exemption;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Glob;
import dev.auditpack.framework.ControlIndex;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.Framework;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exceptions file:
 *
 * <pre>
 * exceptions:
 *   - id: EX-1
 *     check: s3_bucket_versioning_enabled
 *     resource: arn:aws:s3:::northwind-web-assets      # exact, or with * wildcards
 *     account: "123456789012"                          # optional
 *     reason: Static assets are rebuilt from git on every deploy.
 *     approver: Jane Doe (CISO)
 *     approved: 2026-10-01
 *     expires: 2027-03-31
 *   - id: EX-2
 *     control: iso27001-2022:A.7.9
 *     reason: No company equipment leaves the premises.
 *     approver: Jane Doe (CISO)
 *     approved: 2026-10-01
 *     expires: 2027-09-30
 * </pre>
 *
 * An exception applies while it has not expired on the pack's reference day (the end of the audit period);
 * expired ones are listed as expired and change nothing.
 */
public final class Exemptions {

    record Entry(
            String id,
            String check,
            String resource,
            String account,
            String control,
            String reason,
            String approver,
            LocalDate approved,
            LocalDate expires) {}

    record File(List<Entry> exceptions) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<Exemption> all;
    private final LocalDate day;

    /** The active acceptances by check, each with its resource pattern compiled: looked up for every failing finding. */
    private final Map<String, List<Map.Entry<Exemption, Glob>>> acceptances = new HashMap<>();

    private Exemptions(List<Exemption> all, LocalDate day) {
        this.all = List.copyOf(all);
        this.day = day;
        for (Exemption e : this.all) {
            if (e.acceptsFindings() && active(e)) {
                acceptances
                        .computeIfAbsent(e.check().get(), k -> new ArrayList<>())
                        .add(Map.entry(e, Glob.of(e.resource())));
            }
        }
    }

    public static Exemptions none() {
        return new Exemptions(List.of(), LocalDate.MIN);
    }

    /** Every exception in the file, active or not. */
    public List<Exemption> all() {
        return all;
    }

    public boolean active(Exemption e) {
        return e.activeOn(day);
    }

    /**
     * Reads the file, checking each entry against the checks and frameworks.
     *
     * @param day the day exceptions must still be valid on (the end of the audit period)
     * @throws InputException naming the file and the entry that is wrong
     */
    public static Exemptions read(Path file, List<Framework> frameworks, Set<String> checks, LocalDate day) {
        File parsed = InputFiles.read(file, YAML, File.class);
        if (parsed == null || parsed.exceptions() == null) {
            throw new InputException(file, "has no 'exceptions:' list");
        }
        ControlIndex index = new ControlIndex(frameworks);
        Set<String> ids = new HashSet<>();
        List<Exemption> out = new ArrayList<>();
        for (Entry e : parsed.exceptions()) {
            String where = e.id() == null ? "an exception without id" : "exception " + e.id();
            if (e.id() == null || e.id().isBlank() || !ids.add(e.id())) {
                throw new InputException(file, where + ": every exception needs a unique id");
            }
            if ((e.check() == null) == (e.control() == null)) {
                throw new InputException(
                        file,
                        where + ": name either a check (to accept its findings) or a control "
                                + "(to declare it not applicable)");
            }
            if (e.check() != null && !checks.contains(e.check())) {
                throw new InputException(file, where + ": unknown check '" + e.check() + "'");
            }
            for (String[] f : new String[][] {{e.reason(), "reason"}, {e.approver(), "approver"}}) {
                if (f[0] == null || f[0].isBlank()) {
                    throw new InputException(file, where + ": " + f[1] + " is missing");
                }
            }
            if (e.approved() == null || e.expires() == null) {
                throw new InputException(file, where + ": approved and expires dates are required (YYYY-MM-DD)");
            }
            if (e.expires().isBefore(e.approved())) {
                throw new InputException(file, where + ": expires before it was approved");
            }
            Optional<ControlRef> control = Optional.empty();
            if (e.control() != null) {
                try {
                    control = Optional.of(index.resolve(e.control()));
                } catch (IllegalArgumentException ex) {
                    throw new InputException(file, where + ": " + ex.getMessage());
                }
            }
            out.add(new Exemption(
                    e.id(),
                    Optional.ofNullable(e.check()),
                    e.resource(),
                    Optional.ofNullable(e.account()),
                    control,
                    e.reason(),
                    e.approver(),
                    e.approved(),
                    e.expires()));
        }
        return new Exemptions(out, day);
    }

    /** The active acceptance covering a failing finding, if any. */
    public Optional<Exemption> acceptance(Finding f) {
        if (f.status() != CheckStatus.FAIL) {
            return Optional.empty();
        }
        return acceptances.getOrDefault(f.checkId(), List.of()).stream()
                .filter(a -> a.getKey().covers(f, a.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The active not-applicable declaration of a control, if any. */
    public Optional<Exemption> notApplicable(ControlRef control) {
        return all.stream()
                .filter(this::active)
                .filter(e -> e.control().map(control::equals).orElse(false))
                .findFirst();
    }
}
