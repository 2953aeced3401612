package dev.auditpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.auditpack.diff.Comparison;
import dev.auditpack.diff.ComparisonMarkdown;
import dev.auditpack.evidence.AtomicFiles;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.PackInput;
import dev.auditpack.report.Branding;
import dev.auditpack.report.ReportOptions;
import dev.auditpack.report.excel.ComparisonSheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack diff}: what changed from one pack (or locker) to the next, for the audit ticket. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compare two packs of one organisation and framework set, the earlier first: controls whose status or "
                    + "grade changed, findings new, resolved and recurring (with the days each recurring one has been "
                    + "open), exceptions and manual documents expiring before the end of the next quarter, and "
                    + "evidence newly missing. See docs/quarter-over-quarter.md.",
            "Each side is a pack (evidence-pack.zip or the folder report wrote), verified and read from its "
                    + "results.json, or an evidence locker, evaluated as report does with no additions. Markdown goes to "
                    + "standard output unless --markdown names a file."
        })
final class DiffCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PREVIOUS", description = "The earlier pack or locker.")
    Path previous;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "The later pack or locker.")
    Path current;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the Markdown here, not to standard output.")
    Path markdown;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison as JSON.")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write a workbook with one sheet per part.")
    Path xlsx;

    @Option(names = "--force", description = "Replace output files that already exist.")
    boolean force;

    @Option(
            names = "--frameworks",
            paramLabel = "DIR",
            description = "For a locker: your framework files, as report --frameworks takes them.")
    Path frameworks;

    @Option(
            names = "--organisation",
            paramLabel = "NAME",
            description = "For a locker: its organisation's name, compared with the other side's.")
    String organisation;

    @Override
    public Integer call() {
        Map<Path, String> outputs = new LinkedHashMap<>();
        for (var o : new Object[][] {{markdown, "--markdown"}, {json, "--json"}, {xlsx, "--xlsx"}}) {
            if (o[0] != null) {
                Path file = (Path) o[0];
                if (outputs.containsKey(file.toAbsolutePath().normalize())) {
                    throw new InputException((String) o[1], "names " + file + ", which another output also names");
                }
                checkWritable(file);
                outputs.put(file.toAbsolutePath().normalize(), (String) o[1]);
            }
        }
        if (frameworks != null && !Files.isDirectory(frameworks)) {
            throw new InputException(frameworks, "is not a directory of framework files");
        }
        ReportOptions options = new ReportOptions(
                organisation == null ? "" : organisation.strip(),
                Clock.systemUTC().instant(),
                Version.current(),
                0,
                Branding.defaults(),
                false);
        Comparison c = PackInput.compare(previous, current, new PackInput.LockerRules(frameworks, options));
        String md = ComparisonMarkdown.render(c);
        try {
            // Rendered in full before anything is written, so a failure leaves no file half-written.
            byte[] jsonBytes =
                    json == null ? null : JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(c);
            byte[] xlsxBytes = null;
            if (xlsx != null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                ComparisonSheets.write(c, buffer);
                xlsxBytes = buffer.toByteArray();
            }
            if (jsonBytes != null) {
                AtomicFiles.write(json, jsonBytes);
            }
            if (xlsxBytes != null) {
                AtomicFiles.write(xlsx, xlsxBytes);
            }
            if (markdown != null) {
                AtomicFiles.write(markdown, md.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison", e);
        }
        if (markdown == null) {
            spec.commandLine().getOut().print(md);
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine()
                    .getOut()
                    .println("Compared " + c.previous().periodLabel() + " with "
                            + c.current().periodLabel() + ": "
                            + c.controls().size() + " control(s) changed; findings "
                            + c.findings().added().size()
                            + " new, " + c.findings().resolved().size() + " resolved, "
                            + c.findings().recurring().size() + " recurring; written to " + markdown);
        }
        return ExitCodes.OK;
    }

    private void checkWritable(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a directory; name a file to write");
        }
        if (Files.exists(file) && !force) {
            throw new InputException(file, "already exists; use --force to replace it");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(file, "cannot be written: its folder does not exist");
        }
    }
}
