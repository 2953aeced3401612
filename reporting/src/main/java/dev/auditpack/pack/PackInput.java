package dev.auditpack.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.diff.Comparison;
import dev.auditpack.diff.Comparisons;
import dev.auditpack.diff.PackState;
import dev.auditpack.evaluation.Adjustments;
import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.evaluation.Evaluator;
import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.exemption.Exemptions;
import dev.auditpack.framework.AuditScope;
import dev.auditpack.framework.ComplementaryControls;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import dev.auditpack.framework.FrameworkOverrides;
import dev.auditpack.input.InputException;
import dev.auditpack.manual.ManualEvidence;
import dev.auditpack.report.ReportAssembly;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.ReportOptions;
import dev.auditpack.risk.RiskRegister;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens one side of a comparison: a pack (its zip, or the folder {@code report} wrote it to), verified first and read
 * from its {@code results.json}, or an evidence locker, verified and evaluated as {@code report} evaluates one with no
 * additions. Anything else, or anything that does not verify, is refused with one line naming the file.
 */
public final class PackInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackInput() {}

    /**
     * How a locker is evaluated, or null where only packs are accepted.
     *
     * @param frameworks the user's framework folder, or null for the shipped frameworks
     * @param options    the report options; an organisation named there is compared with the other side's
     */
    public record LockerRules(Path frameworks, ReportOptions options) {}

    /** {@code auditpack diff}: the comparison of the pack or locker {@code previous} with {@code current}. */
    public static Comparison compare(Path previous, Path current, LockerRules lockers) {
        PackState before = read(previous, lockers);
        PackState after = read(current, lockers);
        return Comparisons.compare(before, after);
    }

    /**
     * Refuses a {@code --previous} that is not a pack or does not verify, before anything is collected or written;
     * whether it is of the same organisation and frameworks, and older, is known only once the evidence is evaluated.
     */
    public static void check(Path previous) {
        if (previous != null) {
            read(previous, null);
        }
    }

    /**
     * {@code report --previous}: the model with its comparison with the pack {@code previous}, or as it is without one.
     *
     * @param file how the comparison names the pack being built
     */
    public static ReportModel withPrevious(ReportModel model, Path previous, String file) {
        if (previous == null) {
            return model;
        }
        PackState before = read(previous, null);
        return model.withComparison(Comparisons.compare(before, ModelState.of(model, file, true)));
    }

    /** The state of the pack or locker at {@code path}. */
    static PackState read(Path path, LockerRules lockers) {
        String file = path.toString();
        if (!Files.exists(path)) {
            throw new InputException(path, "does not exist (expected a pack: evidence-pack.zip or its folder)");
        }
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve(LockerWriter.INDEX))) {
                if (lockers == null) {
                    throw new InputException(
                            path, "is an evidence locker, not a pack; give the pack built from it (evidence-pack.zip)");
                }
                return locker(path, lockers);
            }
            Path zip = path.resolve(ReportJob.ZIP);
            if (Files.isRegularFile(zip)) {
                return pack(zip, file);
            }
            throw new InputException(
                    path,
                    "is neither a pack (it holds no " + ReportJob.ZIP + ") nor an evidence locker (it holds no "
                            + LockerWriter.INDEX + ")");
        }
        if (PdfVerifier.isPdf(path)) {
            throw new InputException(path, "is a PDF; give the pack's zip (" + ReportJob.ZIP + ") or its folder");
        }
        if (!isZip(path)) {
            throw new InputException(
                    path, "is neither a pack (a zip such as " + ReportJob.ZIP + ") nor an evidence locker (a folder)");
        }
        return pack(path, file);
    }

    private static PackState pack(Path zip, String file) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.getEntry(ReportJob.RESULTS) == null || z.getEntry(Checksums.FILE) == null) {
                throw new InputException(
                        zip,
                        "is a zip but not an evidence pack (it holds no " + ReportJob.RESULTS + " and " + Checksums.FILE
                                + ")");
            }
        } catch (IOException e) {
            throw new InputException(zip, "is not a readable zip (" + e.getMessage() + ")");
        }
        PackVerifier.Verdict verdict = PackVerifier.verify(zip);
        if (!verdict.problems().isEmpty()) {
            throw new InputException(
                    zip,
                    "does not verify: " + verdict.problems().get(0)
                            + (verdict.problems().size() > 1
                                    ? " (and " + (verdict.problems().size() - 1) + " more problem(s))"
                                    : "")
                            + "; run 'auditpack verify " + zip + "' for all");
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(ReportJob.RESULTS);
            JsonNode root;
            try (InputStream in = z.getInputStream(entry)) {
                root = JSON.readTree(in);
            }
            if (root == null || !root.isObject()) {
                throw new InputException(zip, "holds a " + ReportJob.RESULTS + " that is not a JSON object");
            }
            int version = root.path("formatVersion").asInt(-1);
            if (version != dev.auditpack.report.json.ResultsWriter.FORMAT_VERSION) {
                throw new InputException(
                        zip,
                        "holds a " + ReportJob.RESULTS + " of format version " + version
                                + ", which this auditpack does not read");
            }
            return PackState.read(root, file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(
                    zip, "holds a " + ReportJob.RESULTS + " that is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(zip, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The locker evaluated with the shipped (or given) frameworks under the default scope, nothing added. */
    private static PackState locker(Path dir, LockerRules rules) {
        Locker locker = Locker.open(dir);
        List<Discrepancy> problems = locker.verify();
        if (!problems.isEmpty()) {
            Discrepancy first = problems.get(0);
            throw new InputException(
                    dir.resolve(first.path()),
                    "fails verification (" + first.kind().name().toLowerCase(Locale.ROOT) + ")"
                            + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more file(s) do too" : "")
                            + "; run 'auditpack verify " + dir + "' for the list");
        }
        List<Check> checks = Check.all();
        Set<String> ids = checks.stream().map(Check::id).collect(Collectors.toSet());
        AuditScope scope = AuditScope.defaults();
        List<Framework> frameworks = scope.apply(FrameworkLoader.load(rules.frameworks(), ids));
        Evaluation evaluation = Evaluator.evaluate(
                EvidenceSet.of(locker),
                frameworks,
                checks,
                new Adjustments(
                        ManualEvidence.none(),
                        Exemptions.none(),
                        FrameworkOverrides.none(),
                        scope,
                        ComplementaryControls.shipped(frameworks, ids),
                        RiskRegister.none()));
        try (var findings = evaluation.findings()) {
            return ModelState.of(
                    ReportAssembly.assemble(evaluation, rules.options()),
                    dir.toString(),
                    !rules.options().organisation().isBlank());
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
