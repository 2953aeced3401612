package dev.auditpack.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads framework files: the ones shipped in the jar under {@code frameworks/}, and any a user keeps in a
 * directory. A user file with the same framework id replaces the shipped one.
 */
public final class FrameworkLoader {

    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FrameworkLoader() {}

    /**
     * The shipped frameworks, then the user's from {@code userDir} (if given), by id; every check a control
     * names must be one of {@code knownChecks}.
     */
    public static List<Framework> load(Path userDir, Set<String> knownChecks) {
        Map<String, Framework> byId = new LinkedHashMap<>();
        for (Framework f : builtIn(knownChecks)) {
            byId.put(f.id(), f);
        }
        if (userDir != null) {
            if (!Files.isDirectory(userDir)) {
                throw new InputException(userDir, "is not a directory of framework files");
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(userDir)) {
                files = s.filter(p ->
                                p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new InputException(userDir, "cannot be listed: " + e.getMessage(), e);
            }
            if (files.isEmpty()) {
                throw new InputException(userDir, "holds no framework files (*.yaml)");
            }
            for (Path file : files) {
                Framework f = read(file, knownChecks);
                byId.put(f.id(), f);
            }
        }
        return List.copyOf(byId.values());
    }

    /** The frameworks shipped with auditpack. */
    public static List<Framework> builtIn(Set<String> knownChecks) {
        URL url = FrameworkLoader.class.getClassLoader().getResource("frameworks/");
        if (url == null) {
            throw new IllegalStateException("the shipped frameworks are missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return readAll(fs.provider().getPath(uri), knownChecks);
            }
            return readAll(Path.of(uri), knownChecks);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the shipped frameworks", e);
        }
    }

    private static List<Framework> readAll(Path dir, Set<String> knownChecks) throws IOException {
        List<Framework> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList()) {
                out.add(read(p, knownChecks));
            }
        }
        return out;
    }

    /**
     * Reads one framework file.
     *
     * @throws InputException naming the file, and the line where the parser knows it
     */
    public static Framework read(Path file, Set<String> knownChecks) {
        byte[] bytes = InputFiles.readBounded(file, InputFiles.DATA_LIMIT);
        try {
            Framework f = YAML.readValue(bytes, Framework.class);
            if (f == null) {
                throw new InputException(file, "is empty: expected a framework");
            }
            for (Control c : f.controls()) {
                for (String check : c.checks()) {
                    if (!knownChecks.contains(check)) {
                        throw new InputException(file, "control " + c.id() + " names unknown check '" + check + "'");
                    }
                }
            }
            return f;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(file, InputFiles.where(e) + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new InputException(
                    file, InputFiles.where(e) + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
