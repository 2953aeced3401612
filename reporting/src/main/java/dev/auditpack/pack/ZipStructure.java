package dev.auditpack.pack;

import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.zip.StrictZip;
import dev.auditpack.zip.ZipProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pack zip's structure, read strictly before anything in it is trusted: unsafe or repeated names, bytes
 * between entries, encrypted entries, and the small files read whole ({@code SHA256SUMS}, the locker's index)
 * inflating past {@link #SMALL_FILE_LIMIT}, each one problem line.
 */
final class ZipStructure {

    /** The most bytes {@code SHA256SUMS} or {@code evidence/index.json} may inflate to; both are read whole. */
    static final long SMALL_FILE_LIMIT = 256L << 20;

    private ZipStructure() {}

    /**
     * The problems of {@code zip}'s structure, each {@code UNSAFE <entry>: <problem>}; empty when it reads
     * cleanly, or when it is no complete zip at all (which the caller reports as bad input).
     */
    static List<String> problems(Path zip) throws IOException {
        List<String> problems = new ArrayList<>();
        try (StrictZip strict = StrictZip.open(zip)) {
            strict.problems().forEach(p -> problems.add("UNSAFE " + p.getMessage()));
            for (String small : List.of(Checksums.FILE, ReportJob.EVIDENCE + "/" + LockerWriter.INDEX)) {
                Optional<StrictZip.Entry> entry = strict.entries().stream()
                        .filter(e -> e.name().equals(small))
                        .findFirst();
                if (entry.isPresent() && strict.problem(entry.get()).isEmpty()) {
                    try (InputStream in = strict.read(entry.get(), SMALL_FILE_LIMIT)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (ZipProblem e) {
                        problems.add("UNSAFE " + e.getMessage());
                    }
                }
            }
        } catch (ZipProblem e) {
            if (e.entry().isPresent()
                    || !e.problem().contains("end of central directory")
                            && !e.problem().startsWith("is not a zip")) {
                problems.add("UNSAFE " + (e.entry().isPresent() ? e.getMessage() : "zip: " + e.getMessage()));
            }
        }
        return problems;
    }
}
