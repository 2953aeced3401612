package dev.auditpack.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One review of a pack, as {@code reviews/NNN.json} in its zip: who reviewed which pack (named by the SHA-256 of its
 * {@code SHA256SUMS}, its PDF and the zip they were given), when, what they decided, and who signed the record.
 *
 * @param sequence   1 for the first review of the pack, then 2, 3, …
 * @param role       a reviewer's review, or management's sign-off of the pack and its assertion
 * @param reviewer   who reviewed, "Name" or "Name &lt;e-mail&gt;"
 * @param decision   approved or changes requested
 * @param comment    the reviewer's words; may be empty
 * @param reviewedAt when, to the second, UTC
 * @param pack       the SHA-256 of what was reviewed
 * @param previous   the reviews the pack already held, each with the SHA-256 of its record
 * @param signer     the subject and SHA-256 fingerprint of the certificate that signs the record; empty when unsigned
 */
public record ReviewRecord(
        int sequence,
        Role role,
        String reviewer,
        Decision decision,
        String comment,
        Instant reviewedAt,
        Reviewed pack,
        List<Earlier> previous,
        Optional<Signer> signer) {

    /** Folder of the records in the zip. */
    public static final String FOLDER = "reviews";

    /** Version of the record's format. */
    static final int FORMAT_VERSION = 1;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){31}");
    private static final Pattern NAME = Pattern.compile(FOLDER + "/([0-9]{3})\\.json");
    private static final Set<String> KEYS = Set.of(
            "formatVersion",
            "sequence",
            "role",
            "reviewer",
            "decision",
            "comment",
            "reviewedAt",
            "pack",
            "previousReviews",
            "signer");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whose review it is. */
    public enum Role {
        /** A reviewer's review of the pack. */
        REVIEWER,
        /** Management's sign-off of the pack and the management assertion in it. */
        MANAGEMENT;

        /** As the record and the command line write it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** As people read it in verify's lines. */
        String describe() {
            return this == REVIEWER ? "review" : "management sign-off";
        }
    }

    /** What the reviewer decided. */
    public enum Decision {
        APPROVED,
        CHANGES_REQUESTED;

        /** As the record and the command line write it: {@code approved}, {@code changes-requested}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** As the sign-off sheet says it: {@code Approved}, {@code Changes requested}. */
        public String words() {
            return this == APPROVED ? "Approved" : "Changes requested";
        }

        /** The decision a word names, or empty. */
        public static Optional<Decision> of(String word) {
            for (Decision d : values()) {
                if (d.word().equals(word)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The SHA-256 of what was reviewed.
     *
     * @param zip        the zip file as it was given to {@code review}, before this record was added
     * @param checksums  its {@code SHA256SUMS}, which lists every file of the pack
     * @param pdf        its PDF
     */
    public record Reviewed(String zip, String checksums, String pdf) {
        public Reviewed {
            for (String h : List.of(zip, checksums, pdf)) {
                if (!SHA256.matcher(h).matches()) {
                    throw new IllegalArgumentException("'" + h + "' is not a SHA-256 of 64 lower-case hex digits");
                }
            }
        }
    }

    /** An earlier review's record, by its name in the zip and its SHA-256. */
    public record Earlier(String file, String sha256) {
        public Earlier {
            if (!NAME.matcher(file).matches() || !SHA256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("'" + file + "' with '" + sha256 + "' is not an earlier review");
            }
        }
    }

    /** The certificate that signs the record. */
    public record Signer(String subject, String fingerprint) {
        public Signer {
            Objects.requireNonNull(subject);
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw new IllegalArgumentException("'" + fingerprint + "' is not a SHA-256 fingerprint");
            }
        }
    }

    public ReviewRecord {
        if (sequence < 1 || sequence > 999) {
            throw new IllegalArgumentException("sequence " + sequence + " is not between 1 and 999");
        }
        Objects.requireNonNull(role);
        Objects.requireNonNull(reviewer);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(comment);
        reviewedAt = reviewedAt.truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(pack);
        previous = List.copyOf(previous);
        Objects.requireNonNull(signer);
        if (reviewer.isBlank()) {
            throw new IllegalArgumentException("names no reviewer");
        }
    }

    /** Name of the record of review {@code sequence} in the zip. */
    static String file(int sequence) {
        return String.format(Locale.ROOT, "%s/%03d.json", FOLDER, sequence);
    }

    /** Name of the detached CMS signature of a record. */
    static String signature(String record) {
        return record + ".p7s";
    }

    /** Name of the sign-off sheet of a record: {@code reviews/NNN.pdf} beside {@code reviews/NNN.json}. */
    static String sheet(String record) {
        return record.substring(0, record.length() - ".json".length()) + ".pdf";
    }

    /** The sequence number a record's name gives, or empty when the name is not a record's. */
    static Optional<Integer> sequenceOf(String name) {
        var m = NAME.matcher(name);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The file's bytes, UTF-8 JSON ending with a newline. */
    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("sequence", sequence);
        root.put("role", role.word());
        root.put("reviewer", reviewer);
        root.put("decision", decision.word());
        root.put("comment", comment);
        root.put("reviewedAt", reviewedAt.toString());
        ObjectNode reviewed = root.putObject("pack");
        reviewed.put("zipSha256", pack.zip());
        reviewed.put("sha256sumsSha256", pack.checksums());
        reviewed.put("pdfSha256", pack.pdf());
        ArrayNode earlier = root.putArray("previousReviews");
        previous.forEach(e -> earlier.addObject().put("file", e.file()).put("sha256", e.sha256()));
        if (signer.isPresent()) {
            root.putObject("signer")
                    .put("subject", signer.get().subject())
                    .put("certificateSha256", signer.get().fingerprint());
        } else {
            root.put("signer", "unsigned");
        }
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a review record", e);
        }
    }

    /**
     * Reads a record strictly.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static ReviewRecord parse(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("is not JSON");
        }
        if (root == null || !root.isObject() || root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new IllegalArgumentException("is not format " + FORMAT_VERSION + " of a review record");
        }
        Set<String> unknown = new TreeSet<>();
        root.fieldNames().forEachRemaining(unknown::add);
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("has unknown keys " + unknown);
        }
        String role = text(root, "role");
        Role r = role.equals("reviewer") ? Role.REVIEWER : role.equals("management") ? Role.MANAGEMENT : null;
        if (r == null) {
            throw new IllegalArgumentException("role '" + role + "' is neither reviewer nor management");
        }
        String decision = text(root, "decision");
        Decision d = Decision.of(decision)
                .orElseThrow(() -> new IllegalArgumentException(
                        "decision '" + decision + "' is neither approved nor changes-requested"));
        Instant at;
        try {
            at = Instant.parse(text(root, "reviewedAt"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("reviewedAt is not a UTC time");
        }
        JsonNode pack = root.path("pack");
        Reviewed reviewed =
                new Reviewed(text(pack, "zipSha256"), text(pack, "sha256sumsSha256"), text(pack, "pdfSha256"));
        List<Earlier> previous = new ArrayList<>();
        JsonNode list = root.path("previousReviews");
        if (!list.isArray()) {
            throw new IllegalArgumentException("previousReviews is not a list");
        }
        list.forEach(e -> previous.add(new Earlier(text(e, "file"), text(e, "sha256"))));
        JsonNode signer = root.path("signer");
        Optional<Signer> by;
        if (signer.isTextual() && signer.asText().equals("unsigned")) {
            by = Optional.empty();
        } else if (signer.isObject()) {
            by = Optional.of(new Signer(text(signer, "subject"), text(signer, "certificateSha256")));
        } else {
            throw new IllegalArgumentException("signer is neither \"unsigned\" nor a certificate");
        }
        if (!root.path("sequence").isInt()) {
            throw new IllegalArgumentException("sequence is not a number");
        }
        return new ReviewRecord(
                root.get("sequence").asInt(),
                r,
                text(root, "reviewer"),
                d,
                text(root, "comment"),
                at,
                reviewed,
                previous,
                by);
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(key + " is missing or not a string");
        }
        return value.asText();
    }

    /** One line for verify: which review, by whom, when, with what decision. */
    String describe() {
        return role.describe() + " " + sequence + ": " + decision.word() + " by " + reviewer + " at " + reviewedAt;
    }
}
