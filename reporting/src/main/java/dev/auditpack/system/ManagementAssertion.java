package dev.auditpack.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Scope;
import dev.auditpack.framework.ControlIndex;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.Framework;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The management assertion of a SOC 2 report, from the {@code --assertion} file: management's statement about the
 * system over the audit period, which the pack prints on a page of its own after the cover and management signs with
 * {@code auditpack review --as management}.
 *
 * <pre>
 * organisation: Northwind Traders Ltd
 * system: Northwind order platform
 * period: {start: 2026-01-01, end: 2026-03-31}
 * statement:
 *   - We have prepared the description of the Northwind order platform …
 *   - The controls stated in the description were suitably designed …
 * signatory: {name: Jane Doe, title: Chief Executive Officer}
 * date: 2026-04-15
 * accounts: ["111122223333"]     # optional: accounts it covers, each in the pack's scope
 * regions: [eu-west-1]           # optional: regions it covers, each in the pack's scope
 * controls: [CC6.1, CC7.2]       # optional: controls it names, each in the pack's frameworks
 * </pre>
 *
 * @param source        the file's name, for the page
 * @param organisation  the organisation making the assertion
 * @param system        the system it is about
 * @param periodStart   first day of the period it covers, the audit period's
 * @param periodEnd     last day, the audit period's
 * @param statement     its paragraphs
 * @param signatoryName who signs it for management
 * @param signatoryTitle their title
 * @param date          the date of the assertion, on or after the period's last day
 * @param accounts      the accounts it names, if any
 * @param regions       the regions it names, if any
 * @param controls      the controls it names ({@code framework:id}), if any
 */
public record ManagementAssertion(
        String source,
        String organisation,
        String system,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> statement,
        String signatoryName,
        String signatoryTitle,
        LocalDate date,
        List<String> accounts,
        List<String> regions,
        List<String> controls) {

    /** Keys of the file, in the order the documentation gives them. */
    static final List<String> KEYS = List.of(
            "organisation", "system", "period", "statement", "signatory", "date", "accounts", "regions", "controls");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    record Period(String start, String end) {}

    record Signatory(String name, String title) {}

    record File(
            String organisation,
            String system,
            Period period,
            List<String> statement,
            Signatory signatory,
            String date,
            List<String> accounts,
            List<String> regions,
            List<String> controls) {}

    public ManagementAssertion {
        Objects.requireNonNull(source);
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(system);
        Objects.requireNonNull(periodStart);
        Objects.requireNonNull(periodEnd);
        statement = List.copyOf(statement);
        Objects.requireNonNull(signatoryName);
        Objects.requireNonNull(signatoryTitle);
        Objects.requireNonNull(date);
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        controls = List.copyOf(controls);
    }

    /**
     * Reads the file and checks it against the pack: its period must be the audit period, and every account, region
     * and control it names must be in the pack.
     *
     * @throws InputException naming the file and the first thing wrong with it
     */
    public static ManagementAssertion read(Path file, AuditPeriod period, Scope scope, List<Framework> frameworks) {
        File f = parse(file);
        String organisation = required(file, "organisation", f.organisation());
        String system = required(file, "system", f.system());
        if (f.period() == null) {
            throw new InputException(file, "period is missing (give period: {start: YYYY-MM-DD, end: YYYY-MM-DD})");
        }
        LocalDate start = date(file, "period.start", f.period().start());
        LocalDate end = date(file, "period.end", f.period().end());
        if (!start.equals(period.start()) || !end.equals(period.end())) {
            throw new InputException(
                    file,
                    "period " + start + " to " + end + " is not the audit period, " + period.label() + ": "
                            + period.start() + " to " + period.end());
        }
        if (f.statement() == null || f.statement().isEmpty()) {
            throw new InputException(file, "statement is missing (give its paragraphs as a list)");
        }
        List<String> statement = new ArrayList<>();
        for (int i = 0; i < f.statement().size(); i++) {
            statement.add(
                    required(file, "statement[" + (i + 1) + "]", f.statement().get(i)));
        }
        if (f.signatory() == null) {
            throw new InputException(file, "signatory is missing (give signatory: {name: …, title: …})");
        }
        String name = required(file, "signatory.name", f.signatory().name());
        String title = required(file, "signatory.title", f.signatory().title());
        LocalDate date = date(file, "date", f.date());
        if (date.isBefore(end)) {
            throw new InputException(file, "date " + date + " is before the end of the period it covers, " + end);
        }
        List<String> accounts = known(file, "accounts", f.accounts(), Set.copyOf(scope.accounts()));
        List<String> regions = known(file, "regions", f.regions(), Set.copyOf(scope.regions()));
        List<String> controls = new ArrayList<>();
        if (f.controls() != null) {
            ControlIndex index = new ControlIndex(frameworks);
            Set<ControlRef> seen = new HashSet<>();
            for (String written : f.controls()) {
                ControlRef ref;
                try {
                    ref = index.resolve(required(file, "controls", written));
                } catch (IllegalArgumentException e) {
                    throw new InputException(file, "controls: " + e.getMessage());
                }
                if (!seen.add(ref)) {
                    throw new InputException(file, "controls: " + ref + " is named twice");
                }
                controls.add(ref.toString());
            }
        }
        return new ManagementAssertion(
                String.valueOf(file.getFileName()),
                organisation,
                system,
                start,
                end,
                statement,
                name,
                title,
                date,
                accounts,
                regions,
                controls);
    }

    private static File parse(Path file) {
        byte[] bytes = InputFiles.readBounded(file, InputFiles.DATA_LIMIT);
        File f = null;
        try {
            if (!new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                f = YAML.readValue(bytes, File.class);
            }
        } catch (UnrecognizedPropertyException e) {
            throw new InputException(
                    file, "unknown key '" + e.getPropertyName() + "' (known here: " + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            throw new InputException(
                    file, InputFiles.where(e) + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (f == null) {
            throw new InputException(file, "is empty (expected " + String.join(", ", KEYS) + ")");
        }
        return f;
    }

    private static String required(Path file, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InputException(file, key + " is missing or empty");
        }
        return value.strip();
    }

    private static LocalDate date(Path file, String key, String value) {
        String text = required(file, key, value);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(file, key + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** The values, each checked to be one the pack covers and named once. */
    private static List<String> known(Path file, String key, List<String> values, Set<String> covered) {
        if (values == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            String value = required(file, key, v);
            if (!covered.contains(value)) {
                List<String> known = covered.stream().sorted().toList();
                throw new InputException(
                        file,
                        key + ": '" + value + "' is not in the pack's scope ("
                                + String.join(", ", known.subList(0, Math.min(12, known.size())))
                                + (known.size() > 12 ? " and " + (known.size() - 12) + " more" : "") + ")");
            }
            if (!seen.add(value)) {
                throw new InputException(file, key + ": '" + value + "' is named twice");
            }
        }
        return List.copyOf(values.stream().map(String::strip).toList());
    }
}
