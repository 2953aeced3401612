package dev.auditpack.pack;

import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.input.InputException;
import dev.auditpack.manual.ManualEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The copies a pack takes of what it was made from: the evidence locker and the manual evidence. */
final class PackInputs {

    private PackInputs() {}

    static void copyLocker(Locker locker, Path target) {
        try {
            Files.createDirectories(target);
            Files.copy(locker.root().resolve(LockerWriter.INDEX), target.resolve(LockerWriter.INDEX));
            for (String path : lockerFiles(locker)) {
                Path to = target.resolve(path);
                Files.createDirectories(to.getParent());
                Files.copy(locker.root().resolve(path), to);
            }
        } catch (IOException e) {
            throw new InputException(
                    target, "cannot take a copy of the evidence locker: " + OutputDirectory.describe(e), e);
        }
    }

    /** Every file the locker's index lists: the evidence files, then the attachments (report PDFs). */
    static List<String> lockerFiles(Locker locker) {
        List<String> paths = new java.util.ArrayList<>();
        locker.index().evidence().forEach(e -> paths.add(e.path()));
        locker.index().attachments().forEach(a -> paths.add(a.path()));
        return paths;
    }

    static void copyManual(ManualEvidence manual, Path target) {
        Path from = manual.dir().orElseThrow();
        try {
            for (var item : manual.items()) {
                Path to = target.resolve(item.file());
                Files.createDirectories(to.getParent());
                if (!Files.exists(to)) {
                    Files.copy(from.resolve(item.file()), to);
                }
                Path meta = target.resolve(item.metadata());
                Files.createDirectories(meta.getParent());
                Files.copy(from.resolve(item.metadata()), meta);
                String actual = dev.auditpack.evidence.Digests.sha256(to);
                if (!actual.equals(item.sha256())) {
                    throw new InputException(from.resolve(item.file()), "changed while the pack was being written");
                }
            }
        } catch (IOException e) {
            throw new InputException(
                    target, "cannot take a copy of the manual evidence: " + OutputDirectory.describe(e), e);
        }
    }
}
