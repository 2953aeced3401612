package dev.auditpack.cli;

import dev.auditpack.check.Check;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import dev.auditpack.input.InputException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code auditpack explain CHECK_ID}: what a check tests and how an auditor re-performs it from the locker. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Print a check's test procedure (what is inspected, the population, the criterion and how to "
                + "re-perform it from the evidence locker), its severity, rationale and remediation, and the "
                + "controls it supports.")
final class ExplainCommand implements Callable<Integer> {

    /** At most this many close matches are suggested for an unknown id. */
    private static final int SUGGESTIONS = 5;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CHECK_ID", arity = "0..1", description = "A check id, e.g. s3_bucket_default_encryption.")
    String id;

    @CommandLine.Option(names = "--list", description = "List every check id with its severity and title.")
    boolean list;

    @Override
    public Integer call() {
        List<Check> checks = Check.all();
        if (list) {
            checks.forEach(c -> spec.commandLine().getOut().println(c.id() + "  " + c.severity() + "  " + c.title()));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        if (id == null) {
            throw new InputException("explain", "name a check id, or give --list");
        }
        Check check = checks.stream()
                .filter(c -> c.id().equals(id.strip()))
                .findFirst()
                .orElseThrow(() -> unknown(checks));
        Set<String> ids = checks.stream().map(Check::id).collect(Collectors.toSet());
        List<String> supports = new ArrayList<>();
        for (Framework f : FrameworkLoader.builtIn(ids)) {
            f.controls().stream()
                    .filter(c -> c.checks().contains(check.id()))
                    .forEach(c -> supports.add(f.shortName() + " " + c.id()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(check.id() + ": " + check.title());
        out.println("Severity:   " + check.severity());
        out.println("Why:        " + check.rationale());
        out.println("Fix:        " + check.remediation());
        out.println("Evidence:   " + String.join(", ", check.evidence()));
        out.println("Supports:   " + (supports.isEmpty() ? "no shipped control" : String.join(", ", supports)));
        out.println();
        out.println("Test procedure");
        check.procedure().ifPresentOrElse(p -> print(out, p), () -> out.println("  None is recorded for this check."));
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, TestProcedure p) {
        out.println("  Inspected:  " + p.inspected());
        out.println("  Population: " + p.population());
        out.println("  Criterion:  " + p.criterion());
        out.println("  Re-perform: " + p.reperform());
    }

    private InputException unknown(List<Check> checks) {
        List<String> close = closeMatches(
                id.strip().toLowerCase(Locale.ROOT),
                checks.stream().map(Check::id).toList());
        return new InputException(
                "explain",
                "unknown check '" + id + "'"
                        + (close.isEmpty()
                                ? "; 'auditpack explain --list' lists every check"
                                : "; close matches: " + String.join(", ", close)));
    }

    /**
     * Ids that contain the query, share a word with it, or are a few edits away, nearest first.
     */
    static List<String> closeMatches(String query, List<String> ids) {
        Set<String> words = Set.of(query.split("[_\\s-]+"));
        return ids.stream()
                .filter(i -> i.contains(query)
                        || distance(query, i) <= Math.max(3, query.length() / 3)
                        || Set.of(i.split("_")).stream().anyMatch(w -> w.length() > 2 && words.contains(w)))
                .sorted(Comparator.comparingInt((String i) -> distance(query, i))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(SUGGESTIONS)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
