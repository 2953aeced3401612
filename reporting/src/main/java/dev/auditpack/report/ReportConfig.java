package dev.auditpack.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The {@code --config} file: the organisation's name and the branding of the PDF.
 *
 * <pre>
 * organisation: Northwind Traders Ltd
 * title: Information security evidence pack
 * preparedBy: Jane Doe, Head of Information Security
 * confidentiality: Confidential: for the auditors of Northwind Traders only
 * logo: northwind.png            # PNG or JPEG, relative to this file
 * wording:
 *   coverSubtitle: ISO/IEC 27001:2022 surveillance audit 2026
 * </pre>
 *
 * @param organisation the organisation's name, when the file gives one
 * @param branding     the branding, auditpack's own for whatever the file leaves out
 */
public record ReportConfig(Optional<String> organisation, Branding branding) {

    /** Keys of the file, in the order the documentation gives them. */
    static final List<String> KEYS =
            List.of("organisation", "title", "preparedBy", "confidentiality", "logo", "wording");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Largest logo read; it is embedded in the PDF whole. */
    public static final long LOGO_LIMIT = 8L << 20;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** The file as written; also the {@code branding:} section of {@code auditpack.yaml}. */
    public record File(
            String organisation,
            String title,
            String preparedBy,
            String confidentiality,
            String logo,
            Map<String, String> wording) {}

    /** No file: auditpack's own branding. */
    public static ReportConfig none() {
        return new ReportConfig(Optional.empty(), Branding.defaults());
    }

    /**
     * Reads and checks the file, and the logo it names.
     *
     * @throws InputException naming the file and the first thing wrong with it
     */
    public static ReportConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "does not exist (expected a YAML configuration file)");
        }
        File parsed;
        try {
            byte[] bytes = InputFiles.readBounded(file, InputFiles.DATA_LIMIT);
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                return none();
            }
            parsed = YAML.readValue(bytes, File.class);
        } catch (UnrecognizedPropertyException e) {
            // No line number: for an unknown key Jackson points after its value, which reads as the wrong line.
            throw new InputException(
                    file, "unknown key '" + e.getPropertyName() + "' (known: " + String.join(", ", KEYS) + ")");
        } catch (JsonProcessingException e) {
            throw new InputException(
                    file, InputFiles.where(e) + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
        return from(file, "", parsed);
    }

    /**
     * Checks what was read from {@code file} and reads the logo it names, relative to the file.
     *
     * @param prefix where the keys sit in the file, e.g. {@code "branding."}; empty at the top
     * @throws InputException naming the file, the key and the first thing wrong
     */
    public static ReportConfig from(Path file, String prefix, File parsed) {
        if (parsed == null) {
            return none();
        }
        Map<String, String> wording = parsed.wording() == null ? Map.of() : parsed.wording();
        for (var e : wording.entrySet()) {
            if (!Branding.WORDING.containsKey(e.getKey())) {
                throw new InputException(
                        file,
                        (prefix.isEmpty()
                                        ? "unknown wording key '" + e.getKey() + "'"
                                        : prefix + "wording." + e.getKey() + ": unknown key")
                                + " (known: "
                                + String.join(", ", Branding.WORDING.keySet()) + ")");
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new InputException(file, at(prefix, "wording." + e.getKey()) + "is empty");
            }
        }
        Optional<String> organisation =
                Optional.ofNullable(parsed.organisation()).map(String::strip);
        if (organisation.filter(String::isEmpty).isPresent()) {
            throw new InputException(file, at(prefix, "organisation") + "is empty");
        }
        if (parsed.title() != null && parsed.title().isBlank()) {
            throw new InputException(file, at(prefix, "title") + "is empty");
        }
        String logo = parsed.logo() == null ? "" : logo(file, prefix, parsed.logo());
        Branding branding = new Branding(
                parsed.title() == null ? Branding.TITLE : parsed.title().strip(),
                parsed.preparedBy() == null ? "" : parsed.preparedBy().strip(),
                parsed.confidentiality() == null
                        ? Branding.CONFIDENTIALITY
                        : parsed.confidentiality().strip(),
                logo,
                wording);
        return new ReportConfig(organisation, branding);
    }

    /**
     * The logo as a data URI, after checking it is a PNG or JPEG image that decodes, a plain file no larger than
     * {@link #LOGO_LIMIT}, and inside the configuration file's folder.
     */
    private static String logo(Path config, String prefix, String name) {
        Path folder = config.toAbsolutePath().getParent();
        Path logo = (folder == null ? Path.of(name) : folder.resolve(name)).normalize();
        if (!Files.exists(logo)) {
            throw new InputException(config, at(prefix, "logo") + logo + " does not exist");
        }
        byte[] bytes;
        try {
            if (folder != null) {
                InputFiles.checkInside(folder, logo);
            }
            bytes = InputFiles.readBounded(logo, LOGO_LIMIT);
        } catch (NoSuchFileException e) {
            throw new InputException(config, at(prefix, "logo") + logo + " does not exist");
        } catch (InputException e) {
            throw new InputException(config, at(prefix, "logo") + e.getMessage(), e);
        }
        String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        boolean decodes;
        try {
            decodes = type != null && ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            decodes = false;
        }
        if (!decodes) {
            throw new InputException(config, at(prefix, "logo") + logo + " is not a PNG or JPEG image");
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** {@code key } at the top of the file, {@code prefix.key: } in a section of it. */
    private static String at(String prefix, String key) {
        return prefix.isEmpty() ? key + " " : prefix + key + ": ";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
