package dev.auditpack.pack;

import dev.auditpack.evidence.Digests;
import dev.auditpack.imports.ImportsReader;
import dev.auditpack.imports.ScannerFile;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Other scanners' files given with {@code --import}: read and checked before anything is written, then copied into
 * the pack's {@code imports/} folder byte for byte, so the zip (and {@code SHA256SUMS}) carries what the report
 * cites.
 */
final class PackImports {

    private PackImports() {}

    /**
     * Reads every file, refusing the first that is not Prowler JSON-OCSF or ASFF, and two files of the same name
     * (they would be one file in the pack).
     */
    static List<ScannerFile.Read> read(List<Path> files) {
        List<ScannerFile.Read> out = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            Path before = names.putIfAbsent(name, file);
            if (before != null) {
                throw new InputException(
                        file,
                        "has the same name as " + before + ", given with --import before it; the pack keeps imported "
                                + "files under imports/ by name, so rename one");
            }
            out.add(ScannerFile.read(file));
        }
        return out;
    }

    /** Copies the files into {@code target}, checking each copy against the hash taken when it was read. */
    static void copy(List<ScannerFile.Read> files, Path target) {
        try {
            Files.createDirectories(target);
            for (ScannerFile.Read f : files) {
                Path to = target.resolve(f.name());
                Files.copy(f.file(), to);
                if (!Digests.sha256(to).equals(f.sha256())) {
                    throw new InputException(f.file(), "changed while the pack was being written");
                }
            }
        } catch (IOException e) {
            throw new InputException(
                    target, "cannot take a copy of the imported files: " + OutputDirectory.describe(e), e);
        }
    }

    /** The files' paths in the zip, with where their staged copies are. */
    static Map<String, Path> entries(List<ScannerFile.Read> files, Path staged) {
        Map<String, Path> out = new java.util.TreeMap<>();
        files.forEach(f -> out.put(ImportsReader.FOLDER + "/" + f.name(), staged.resolve(f.name())));
        return out;
    }
}
