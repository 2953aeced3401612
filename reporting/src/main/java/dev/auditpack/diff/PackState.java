package dev.auditpack.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.input.InputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a comparison needs of one pack, read from its {@code results.json} or from the report model of a locker
 * evaluated as {@code report} does: the controls' statuses and grades, the failing findings, the exceptions and
 * documents that expire, what evidence was collected and what failed, and, when the pack was itself compared with an
 * earlier one, since when its findings have been failing.
 *
 * @param ref        the pack as the comparison names it
 * @param named      true when the organisation is a name given to the pack, false when it was made up from accounts
 * @param accounts   the accounts its evidence is from
 * @param redacted   true for a redacted pack, whose account ids are pseudonyms
 * @param names      framework short names by framework id
 * @param controls   control states by framework id, then control id, in the frameworks' order
 * @param failing    failing findings (failing, or failing and accepted) by key
 * @param passing    findings judged passing or not applicable
 * @param expiries   every exception and manual document that expires
 * @param collected  when each collector, account and region was collected
 * @param errors     the first collection error of each collector, account and region
 * @param openSince  from the pack's own comparison: when each of its failing findings was first seen failing
 */
public record PackState(
        Comparison.PackRef ref,
        boolean named,
        List<String> accounts,
        boolean redacted,
        Map<String, String> names,
        Map<String, Map<String, ControlState>> controls,
        Map<FindingKey, Failing> failing,
        java.util.Set<FindingKey> passing,
        List<Comparison.Expiry> expiries,
        Map<ScopeKey, Instant> collected,
        Map<ScopeKey, String> errors,
        Map<FindingKey, Instant> openSince) {

    /** A control's title, status and grade label (empty when it has none). */
    public record ControlState(String title, String status, String grade) {}

    /** A failing finding's severity, status ({@code FAIL} or {@code ACCEPTED}) and reason. */
    public record Failing(String severity, String status, String reason) {}

    /** True for a status that counts as failing: failing, or failing and accepted under an exception. */
    public static boolean isFailing(String status) {
        return CheckStatus.FAIL.name().equals(status)
                || CheckStatus.ACCEPTED.name().equals(status);
    }

    /** True for a status that shows the resource was judged and did not fail. */
    public static boolean isPassing(String status) {
        return CheckStatus.PASS.name().equals(status)
                || CheckStatus.NOT_APPLICABLE.name().equals(status);
    }

    /** A finding's identity across packs. */
    public record FindingKey(String checkId, String account, String region, String resource)
            implements Comparable<FindingKey> {
        @Override
        public int compareTo(FindingKey o) {
            return java.util.Comparator.comparing(FindingKey::checkId)
                    .thenComparing(FindingKey::account)
                    .thenComparing(FindingKey::region)
                    .thenComparing(FindingKey::resource)
                    .compare(this, o);
        }
    }

    /** An evidence file's identity across packs. */
    public record ScopeKey(String collector, String account, String region) implements Comparable<ScopeKey> {
        @Override
        public int compareTo(ScopeKey o) {
            return java.util.Comparator.comparing(ScopeKey::collector)
                    .thenComparing(ScopeKey::account)
                    .thenComparing(ScopeKey::region)
                    .compare(this, o);
        }
    }

    /** The state of a pack from its {@code results.json}. */
    public static PackState read(JsonNode root, String file) {
        JsonNode run = root.path("run");
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, ControlState>> controls = new LinkedHashMap<>();
        for (JsonNode fw : root.path("frameworks")) {
            names.put(fw.path("id").asText(), fw.path("shortName").asText());
            Map<String, ControlState> states = new LinkedHashMap<>();
            for (JsonNode c : fw.path("controls")) {
                JsonNode grade = c.path("grade");
                states.put(
                        c.path("id").asText(),
                        new ControlState(
                                c.path("title").asText(),
                                c.path("status").asText(),
                                grade.isObject() ? grade.path("label").asText() : ""));
            }
            controls.put(fw.path("id").asText(), states);
        }
        Map<FindingKey, Failing> failing = new TreeMap<>();
        java.util.Set<FindingKey> passing = new java.util.HashSet<>();
        for (JsonNode check : root.path("checks")) {
            String id = check.path("id").asText();
            for (JsonNode f : check.path("findings")) {
                String status = f.path("status").asText();
                FindingKey key = new FindingKey(
                        id,
                        f.path("account").asText(),
                        f.path("region").asText(),
                        f.path("resource").asText());
                if (isFailing(status)) {
                    failing.put(
                            key,
                            new Failing(
                                    check.path("severity").asText(),
                                    status,
                                    f.path("reason").asText()));
                } else if (isPassing(status)) {
                    passing.add(key);
                }
            }
        }
        List<Comparison.Expiry> expiries = new ArrayList<>();
        for (JsonNode e : root.path("exceptions")) {
            expiry(
                    expiries,
                    "exception",
                    e.path("id").asText(),
                    e.path("target").asText(),
                    e.path("expires").asText(),
                    file);
        }
        for (JsonNode m : root.path("manualEvidence")) {
            expiry(
                    expiries,
                    "manual document",
                    m.path("id").asText(),
                    m.path("title").asText(),
                    m.path("expires").asText(),
                    file);
        }
        Map<ScopeKey, Instant> collected = new TreeMap<>();
        for (JsonNode e : root.path("evidence")) {
            collected.put(scope(e), instant(e.path("collectedAt"), file));
        }
        Map<ScopeKey, String> errors = new TreeMap<>();
        for (JsonNode e : root.path("errors")) {
            errors.putIfAbsent(
                    scope(e),
                    error(e.path("operation").asText(), e.path("errorCode").asText()));
        }
        Map<FindingKey, Instant> since = new TreeMap<>();
        JsonNode earlier = root.path("comparison");
        if (earlier.isObject()) {
            for (String part : List.of("new", "recurring")) {
                for (JsonNode f : earlier.path("findings").path(part)) {
                    since.put(
                            new FindingKey(
                                    f.path("checkId").asText(),
                                    f.path("account").asText(),
                                    f.path("region").asText(),
                                    f.path("resource").asText()),
                            instant(f.path("openSince"), file));
                }
            }
        }
        List<String> accounts = new ArrayList<>();
        run.path("accounts").forEach(a -> accounts.add(a.asText()));
        return new PackState(
                ref(
                        file,
                        run.path("organisation").asText(),
                        run.path("periodLabel").asText(),
                        date(run.path("periodStart"), file),
                        date(run.path("periodEnd"), file),
                        instant(run.path("collectedTo"), file),
                        instant(run.path("generatedAt"), file),
                        names.keySet()),
                true,
                accounts,
                run.path("redacted").asBoolean(false),
                names,
                controls,
                failing,
                passing,
                expiries,
                collected,
                errors,
                since);
    }

    /** Since when each finding the comparison {@code c} holds open has been failing, into {@code since}. */
    public static void openSince(Comparison c, Map<FindingKey, Instant> since) {
        List<Comparison.FindingChange> open = new ArrayList<>(c.findings().added());
        open.addAll(c.findings().recurring());
        for (Comparison.FindingChange f : open) {
            since.put(new FindingKey(f.checkId(), f.account(), f.region(), f.resource()), f.openSince());
        }
    }

    public static Comparison.PackRef ref(
            String file,
            String organisation,
            String label,
            LocalDate start,
            LocalDate end,
            Instant observed,
            Instant generated,
            java.util.Collection<String> frameworks) {
        return new Comparison.PackRef(
                file,
                organisation,
                label,
                start,
                end,
                observed,
                generated,
                frameworks.stream().sorted().toList());
    }

    public static void expiry(
            List<Comparison.Expiry> out, String kind, String id, String subject, String expires, String file) {
        if (expires == null || expires.isBlank()) {
            return;
        }
        try {
            out.add(new Comparison.Expiry(kind, id, subject, LocalDate.parse(expires), 0));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(
                    file, "holds " + kind + " '" + id + "' with an expiry that is not a date: " + expires);
        }
    }

    private static ScopeKey scope(JsonNode e) {
        return new ScopeKey(
                e.path("collector").asText(),
                e.path("account").asText(),
                e.path("region").asText());
    }

    public static String error(String operation, String code) {
        return "collection error: " + operation + " " + code;
    }

    private static Instant instant(JsonNode node, String file) {
        try {
            return Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(
                    file, "holds results.json with a time that is not ISO-8601: '" + node.asText() + "'");
        }
    }

    private static LocalDate date(JsonNode node, String file) {
        try {
            return LocalDate.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(
                    file, "holds results.json with a date that is not ISO-8601: '" + node.asText() + "'");
        }
    }

    /** The pack's organisation name when it was given one. */
    Optional<String> organisation() {
        return named ? Optional.of(ref.organisation()) : Optional.empty();
    }
}
