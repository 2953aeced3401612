package dev.auditpack.imports;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.evidence.Digests;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a scanner's output file, telling its format from its content, never from its name: a JSON array of OCSF
 * Detection Findings as Prowler writes them ({@code *.ocsf.json}), Security Hub findings in ASFF as
 * {@code aws securityhub get-findings} writes them ({@code {"Findings": [...]}}), or a JSON array of ASFF findings
 * as Prowler's {@code json-asff} output writes them. A file that is none of these, or that starts as one and then
 * breaks its shape, is refused with one line naming the file, the finding and what is wrong.
 *
 * <p>The file is read as a stream, one finding at a time, so a scan of a large organisation (Prowler writes some
 * hundred megabytes) does not need its whole tree in memory.
 */
public final class ScannerFile {

    /** Largest scanner file read. */
    public static final long LIMIT = 1L << 30;

    /** Format names, as the pack shows them. */
    public static final String PROWLER_OCSF = "Prowler JSON-OCSF";

    public static final String ASFF = "ASFF";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PROWLER_STATUSES = Set.of("PASS", "FAIL", "MANUAL");
    private static final Set<String> ASFF_STATUSES = Set.of("PASSED", "FAILED", "WARNING", "NOT_AVAILABLE");

    /**
     * A file read.
     *
     * @param name     the file's name, as it is kept in the pack under {@code imports/}
     * @param file     where it was read from
     * @param sha256   the SHA-256 of its bytes
     * @param size     its size in bytes
     * @param format   {@link #PROWLER_OCSF} or {@link #ASFF}
     * @param findings its findings, in the file's order
     */
    public record Read(String name, Path file, String sha256, long size, String format, List<ScannerFinding> findings) {
        public Read {
            findings = List.copyOf(findings);
        }
    }

    /** A finding that breaks the shape of its format: what is wrong with it. */
    static final class ShapeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShapeException(String problem) {
            super(problem);
        }
    }

    private ScannerFile() {}

    /**
     * Reads {@code file}.
     *
     * @throws InputException naming the file when it is missing, not a plain file, too large, not JSON, neither
     *                        format, or a finding of it breaks its format's shape
     */
    public static Read read(Path file) {
        long size;
        try {
            size = InputFiles.checkRegular(file, LIMIT);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "does not exist (--import)");
        }
        String name = file.getFileName().toString();
        List<ScannerFinding> findings = new ArrayList<>();
        String format;
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                format = array(p, name, findings);
            } else if (first == JsonToken.START_OBJECT) {
                format = ASFF;
                object(p, name, findings);
            } else {
                throw new InputException(file, neither("it is not a JSON array or object"));
            }
            if (p.nextToken() != null) {
                throw new InputException(
                        file,
                        "has more after its JSON value ends (line "
                                + p.currentLocation().getLineNr() + ")");
            }
        } catch (ShapeException e) {
            throw new InputException(file, e.getMessage());
        } catch (JsonParseException e) {
            throw new InputException(
                    file,
                    "is not valid JSON: " + InputFiles.where(e)
                            + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
        String sha256;
        try {
            sha256 = Digests.sha256(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
        return new Read(name, file, sha256, size, format, findings);
    }

    private static String neither(String why) {
        return "is neither Prowler JSON-OCSF (an array of findings with metadata.event_code) nor Security Hub ASFF "
                + "({\"Findings\": [...]}): " + why;
    }

    /** An array: Prowler OCSF findings, or ASFF findings (Prowler's json-asff); the first finding decides. */
    private static String array(JsonParser p, String source, List<ScannerFinding> out) throws IOException {
        String format = null;
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new ShapeException(
                        format == null
                                ? neither("its first element is not an object")
                                : "element " + (index + 1) + " is not an object");
            }
            JsonNode node = JSON.readTree(p);
            if (format == null) {
                if (node.path("metadata").has("event_code") || node.has("class_uid")) {
                    format = PROWLER_OCSF;
                } else if (node.has("SchemaVersion")) {
                    format = ASFF;
                } else {
                    throw new ShapeException(
                            neither("its first element has neither metadata.event_code nor " + "SchemaVersion"));
                }
            }
            out.add(format.equals(PROWLER_OCSF) ? ocsf(node, index, source) : asff(node, index, source));
            index++;
        }
        if (format == null) {
            throw new ShapeException(neither("it is an empty array, which names no scanner"));
        }
        return format;
    }

    /** An object: ASFF as GetFindings returns it, with its findings under {@code Findings}. */
    private static void object(JsonParser p, String source, List<ScannerFinding> out) throws IOException {
        boolean seen = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (!field.equals("Findings")) {
                p.skipChildren();
                continue;
            }
            if (value != JsonToken.START_ARRAY) {
                throw new ShapeException(neither("its Findings is not an array"));
            }
            seen = true;
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw new ShapeException("ASFF finding " + (index + 1) + " is not an object");
                }
                out.add(asff(JSON.readTree(p), index++, source));
            }
        }
        if (!seen) {
            throw new ShapeException(neither("it is an object without a Findings array"));
        }
    }

    /** One Prowler OCSF Detection Finding. */
    static ScannerFinding ocsf(JsonNode f, int index, String source) {
        String where = "Prowler OCSF finding " + (index + 1);
        String check = text(f.path("metadata"), "event_code", where, "metadata.event_code");
        String status = text(f, "status_code", where, "status_code");
        if (!PROWLER_STATUSES.contains(status)) {
            throw new ShapeException(where + ": status_code is '" + status + "', not PASS, FAIL or MANUAL");
        }
        String time = f.hasNonNull("time_dt")
                ? time(f.path("time_dt").asText(), where + ": time_dt")
                : f.path("time").canConvertToLong()
                        ? Instant.ofEpochSecond(f.path("time").asLong()).toString()
                        : null;
        if (time == null) {
            throw new ShapeException(where + ": has neither time_dt nor a numeric time");
        }
        JsonNode product = f.path("metadata").path("product");
        JsonNode resources = f.path("resources");
        String resource = resources.isArray() && !resources.isEmpty()
                ? resources.get(0).path("uid").asText("")
                : "";
        String region = f.path("cloud").path("region").asText("");
        if (region.isEmpty() && resources.isArray() && !resources.isEmpty()) {
            region = resources.get(0).path("region").asText("");
        }
        return new ScannerFinding(
                source,
                product.path("name").asText("Prowler"),
                product.path("version").asText(""),
                "prowler",
                check,
                f.path("finding_info").path("title").asText(""),
                status,
                f.path("cloud").path("account").path("uid").asText(""),
                region,
                resource,
                time);
    }

    /** One ASFF finding: a Security Hub control's, Prowler's (its GeneratorId {@code prowler-<check>}), or another product's. */
    static ScannerFinding asff(JsonNode f, int index, String source) {
        String where = "ASFF finding " + (index + 1);
        String schema = text(f, "SchemaVersion", where, "SchemaVersion");
        text(f, "Id", where, "Id");
        String productArn = text(f, "ProductArn", where, "ProductArn");
        String generator = text(f, "GeneratorId", where, "GeneratorId");
        String account = text(f, "AwsAccountId", where, "AwsAccountId");
        String updated = time(text(f, "UpdatedAt", where, "UpdatedAt"), where + ": UpdatedAt");
        JsonNode resources = f.path("Resources");
        if (!resources.isArray() || resources.isEmpty() || !resources.get(0).hasNonNull("Id")) {
            throw new ShapeException(where + ": has no Resources[].Id");
        }
        JsonNode compliance = f.path("Compliance");
        String status = compliance.path("Status").asText("");
        if (!status.isEmpty() && !ASFF_STATUSES.contains(status)) {
            throw new ShapeException(
                    where + ": Compliance.Status is '" + status + "', not PASSED, FAILED, WARNING or NOT_AVAILABLE");
        }
        JsonNode fields = f.path("ProductFields");
        String namespace;
        String id;
        String tool;
        String version;
        if (generator.startsWith("prowler-")
                || "Prowler".equals(fields.path("ProviderName").asText())) {
            namespace = "prowler";
            id = generator.startsWith("prowler-") ? generator.substring("prowler-".length()) : generator;
            tool = "Prowler";
            version = fields.path("ProviderVersion").asText("");
        } else {
            String control = compliance
                    .path("SecurityControlId")
                    .asText(fields.path("ControlId")
                            .asText(
                                    generator.startsWith("security-control/")
                                            ? generator.substring("security-control/".length())
                                            : ""));
            namespace = control.isEmpty() ? "other" : "securityhub";
            id = control.isEmpty() ? generator : control;
            tool = f.path("ProductName")
                    .asText(fields.path("aws/securityhub/ProductName").asText("Security Hub"));
            version = "ASFF " + schema;
        }
        String region = f.path("Region").asText(resources.get(0).path("Region").asText(regionOf(productArn)));
        return new ScannerFinding(
                source,
                tool,
                version,
                namespace,
                id,
                f.path("Title").asText(""),
                status,
                account,
                region,
                resources.get(0).path("Id").asText(),
                updated);
    }

    /** The region of a product ARN ({@code arn:aws:securityhub:eu-west-1::product/...}), or empty. */
    private static String regionOf(String arn) {
        String[] parts = arn.split(":", -1);
        return parts.length > 3 ? parts[3] : "";
    }

    private static String text(JsonNode node, String field, String where, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ShapeException(where + ": has no " + path);
        }
        return value.asText();
    }

    /** An ISO-8601 time, as an instant; a time without a zone is taken as UTC. */
    static String time(String value, String where) {
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T'))
                        .toInstant(ZoneOffset.UTC)
                        .toString();
            } catch (DateTimeParseException again) {
                throw new ShapeException(where + " '" + value + "' is not an ISO-8601 time");
            }
        }
    }
}
