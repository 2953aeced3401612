package dev.auditpack.manual;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.auditpack.evidence.Digests;
import dev.auditpack.framework.ControlIndex;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.Framework;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The manual evidence folder: every {@code *.evidence.yaml} in it describes one document beside it.
 *
 * <pre>
 * title: Security awareness training completions, 2026
 * file: training-2026.xlsx
 * controls: [A.6.3, soc2-2017:CC1.4]
 * owner: people-team@example.com
 * date: 2026-10-15
 * expires: 2027-10-14
 * outcome: satisfied          # optional: satisfied | not_satisfied | not_applicable
 * reason: ...                 # needed for not_satisfied and not_applicable
 * bridges: {framework: soc2-2017, from: 2026-10-01, to: 2026-12-31}   # only for AWS's bridge letter
 * </pre>
 */
public final class ManualEvidence {

    /** Suffix of metadata files. */
    public static final String SUFFIX = ".evidence.yaml";
    /** Largest document read; documents are hashed and copied as streams. */
    public static final long DOCUMENT_LIMIT = 1L << 30;

    record Metadata(
            String title,
            String file,
            List<String> controls,
            String owner,
            LocalDate date,
            LocalDate expires,
            ManualOutcome outcome,
            String reason,
            BridgeClaim bridges) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path dir;
    private final List<ManualItem> items;

    private ManualEvidence(Path dir, List<ManualItem> items) {
        this.dir = dir;
        this.items = List.copyOf(items);
    }

    public static ManualEvidence none() {
        return new ManualEvidence(null, List.of());
    }

    public List<ManualItem> items() {
        return items;
    }

    /** The folder the items came from, if any. */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /**
     * Reads and checks every metadata file in {@code dir}.
     *
     * @throws InputException naming the metadata file and the problem: unknown control, missing document, bad date
     */
    public static ManualEvidence read(Path dir, List<Framework> frameworks) {
        return read(dir, frameworks, null);
    }

    /**
     * Reads and checks every metadata file in {@code dir} and its folders, leaving out hidden folders (such as
     * {@code .git}) and {@code skip}, the folder the pack is written to when it lies inside {@code dir}, so
     * {@code --manual .} reads the documents of the folder it is run in and not the copies in an earlier pack.
     *
     * @param skip a folder to leave out, or null
     * @throws InputException naming the metadata file and the problem: unknown control, missing document, bad date,
     *                        a document that is not a plain file inside {@code dir}
     */
    public static ManualEvidence read(Path dir, List<Framework> frameworks, Path skip) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "is not a directory of manual evidence");
        }
        Path root = dir.toAbsolutePath().normalize();
        Path skipped = skip == null ? null : skip.toAbsolutePath().normalize();
        ControlIndex index = new ControlIndex(frameworks);
        List<ManualItem> items = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden =
                            !d.equals(root) && d.getFileName().toString().startsWith(".");
                    return hidden || d.equals(skipped) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (f.getFileName().toString().endsWith(SUFFIX)) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(dir, "cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InputException(dir, "holds no *" + SUFFIX + " metadata files");
        }
        files.sort(null);
        for (Path meta : files) {
            items.add(item(root, meta, index, frameworks));
        }
        return new ManualEvidence(root, items);
    }

    private static ManualItem item(Path dir, Path meta, ControlIndex index, List<Framework> frameworks) {
        try {
            InputFiles.checkInside(dir, meta);
        } catch (NoSuchFileException e) {
            throw new InputException(meta, "does not exist (a link to nothing?)");
        }
        Metadata m = InputFiles.read(meta, YAML, Metadata.class);
        if (m == null) {
            throw new InputException(meta, "is empty");
        }
        require(meta, m.title(), "title");
        require(meta, m.file(), "file");
        require(meta, m.owner(), "owner");
        if (m.date() == null) {
            throw new InputException(meta, "date is missing (YYYY-MM-DD)");
        }
        if (m.expires() != null && m.expires().isBefore(m.date())) {
            throw new InputException(meta, "expires (" + m.expires() + ") is before date (" + m.date() + ")");
        }
        if (m.bridges() != null) {
            Framework bridged = frameworks.stream()
                    .filter(f -> f.id().equals(m.bridges().framework()))
                    .findFirst()
                    .orElseThrow(() -> new InputException(
                            meta,
                            "bridges names unknown framework '" + m.bridges().framework() + "'"));
            if (bridged.attestationRule().map(r -> r.bridgeLetters().isEmpty()).orElse(true)) {
                throw new InputException(
                        meta,
                        "bridges names " + bridged.id()
                                + ", whose AWS attestations have no bridge letters (only reports with a period do)");
            }
        }
        if ((m.controls() == null || m.controls().isEmpty()) && m.bridges() == null) {
            throw new InputException(meta, "controls is missing: name the controls this document supports");
        }
        if (m.outcome() != null
                && m.outcome() != ManualOutcome.SATISFIED
                && (m.reason() == null || m.reason().isBlank())) {
            throw new InputException(meta, "outcome " + m.outcome().key() + " needs a reason");
        }
        Path doc = meta.getParent().resolve(m.file()).normalize();
        if (!doc.startsWith(dir)) {
            throw new InputException(meta, "file '" + m.file() + "' does not exist in " + dir);
        }
        long size;
        try {
            // The real path, not the written one: a link to /etc/passwd must not travel into the pack.
            InputFiles.checkInside(dir, doc);
            size = InputFiles.checkRegular(doc, DOCUMENT_LIMIT);
        } catch (NoSuchFileException e) {
            throw new InputException(meta, "file '" + m.file() + "' does not exist in " + dir);
        } catch (InputException e) {
            throw new InputException(meta, "file '" + m.file() + "' " + e.problem());
        }
        List<ControlRef> controls = new ArrayList<>();
        for (String c : m.controls() == null ? List.<String>of() : m.controls()) {
            try {
                controls.add(index.resolve(c));
            } catch (IllegalArgumentException e) {
                throw new InputException(meta, e.getMessage());
            }
        }
        String id = meta.getFileName().toString();
        id = id.substring(0, id.length() - SUFFIX.length());
        try {
            return new ManualItem(
                    id,
                    m.title(),
                    dir.relativize(meta).toString().replace('\\', '/'),
                    dir.relativize(doc).toString().replace('\\', '/'),
                    Digests.sha256(doc),
                    size,
                    controls,
                    m.owner(),
                    m.date(),
                    Optional.ofNullable(m.expires()),
                    Optional.ofNullable(m.outcome()),
                    m.reason(),
                    Optional.ofNullable(m.bridges()));
        } catch (IOException e) {
            throw new InputException(doc, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void require(Path meta, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InputException(meta, field + " is missing");
        }
    }
}
