package dev.auditpack.pack;

import dev.auditpack.evidence.Locker;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.pdf.TemplateSet;
import dev.auditpack.signing.SigningIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One file of a pack written from the report model: the PDF, the workbook, {@code results.json}. The pack job
 * writes every writer of {@link #all()} beside the others, puts each in the zip, and lists each in README.txt by
 * its description; adding an output format is one class and a line here (and in docs/pack-format.md, which a
 * test compares with this list).
 */
public interface ReportWriter {

    /** Every writer, in the order README.txt lists them. */
    static List<ReportWriter> all() {
        return List.of(new PdfReport(), new WorkbookReport(), new ResultsReport(), new OscalReport());
    }

    /** The file's name, in the output folder and in the zip. */
    String file();

    /** One line for README.txt and docs/pack-format.md: what the file is, for an auditor. */
    String description();

    /** The line for README.txt of a redacted pack, when the file differs there; the same line by default. */
    default String redactedDescription() {
        return description();
    }

    /** The files of other writers this one reads, which are written before it starts; none by default. */
    default List<String> reads() {
        return List.of();
    }

    /** Writes the file. */
    void write(Context context, OutputStream out) throws IOException;

    /**
     * Files this writer writes beside {@link #file()} whose names depend on the model (one per framework, say), each
     * with {@link #writeCompanion}; none by default. They go into the zip with the file and are described by its line.
     */
    default List<String> companions(ReportModel model) {
        return List.of();
    }

    /** Writes {@code name}, one of {@link #companions}. */
    default void writeCompanion(Context context, String name, OutputStream out) throws IOException {
        throw new IllegalArgumentException(file() + " has no companion " + name);
    }

    /** {@link #file()} and its {@link #companions}. */
    default List<String> files(ReportModel model) {
        List<String> files = new java.util.ArrayList<>();
        files.add(file());
        files.addAll(companions(model));
        return files;
    }

    /** Runs once the file is written and closed, e.g. to sign it; nothing by default. */
    default void finish(Context context, Path written) {}

    /**
     * What a writer may use.
     *
     * @param model     the model, masked when the pack is redacted
     * @param templates the templates of the pack's documents
     * @param locker    the evidence locker the model was evaluated from
     * @param signing   the key and certificate the pack is signed with, if any
     * @param staged    where an output is staged (by file name) before the pack is committed
     * @param seal      {@value PackSeal#FILE}, already written
     */
    record Context(
            ReportModel model,
            TemplateSet templates,
            Locker locker,
            Optional<SigningIdentity> signing,
            Function<String, Path> staged,
            Path seal) {
        public Context {
            Objects.requireNonNull(model);
            Objects.requireNonNull(templates);
            Objects.requireNonNull(locker);
            Objects.requireNonNull(signing);
            Objects.requireNonNull(staged);
            Objects.requireNonNull(seal);
        }
    }
}
