package dev.auditpack.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.signing.SigningIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a pack records about its own signing, in {@value #FILE}: whether it was built signed, and by which
 * certificate, and the SHA-256 of the files the PDF carries copies of. The file is in the zip and inside the PDF, so a
 * pack stripped of its signatures still says it had them; and a PDF whose signature covers the whole file vouches
 * for those hashes, so {@code verify} can compare the zip's files with them without inflating the PDF's copies.
 *
 * @param subject     the signer's certificate subject (RFC 2253), when signed
 * @param fingerprint the SHA-256 fingerprint of the signer's certificate, when signed
 * @param contents    SHA-256 (lower-case hex) of each file the PDF carries a copy of, by its name in the zip; empty in
 *                    seals of format 1
 */
public record PackSeal(Optional<String> subject, Optional<String> fingerprint, SortedMap<String, String> contents) {

    /** Name of the file in the zip and inside the PDF. */
    public static final String FILE = "signing.json";

    /** Version of the file's format: 2 added {@code contents}; format 1 is still read. */
    static final int FORMAT_VERSION = 2;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){31}");
    private static final ObjectMapper JSON = new ObjectMapper();

    public PackSeal {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(fingerprint);
        contents = Collections.unmodifiableSortedMap(new TreeMap<>(contents));
        for (var e : contents.entrySet()) {
            if (!SHA256.matcher(e.getValue()).matches()) {
                throw new IllegalArgumentException("the SHA-256 of " + e.getKey() + " is not 64 lower-case hex digits");
            }
        }
        if (subject.isPresent() != fingerprint.isPresent()) {
            throw new IllegalArgumentException("a signed pack names both the subject and the fingerprint");
        }
        if (fingerprint.isPresent() && !FINGERPRINT.matcher(fingerprint.get()).matches()) {
            throw new IllegalArgumentException("'" + fingerprint.get() + "' is not a SHA-256 fingerprint");
        }
    }

    /** A seal that records no contents, as format 1 did. */
    public PackSeal(Optional<String> subject, Optional<String> fingerprint) {
        this(subject, fingerprint, new TreeMap<>());
    }

    /** The seal of a pack built with {@code signing}, or of an unsigned one, recording no contents. */
    static PackSeal of(Optional<SigningIdentity> signing) {
        return of(signing, Map.of());
    }

    /** The seal of a pack built with {@code signing}, or of an unsigned one, with the SHA-256 of its copied files. */
    static PackSeal of(Optional<SigningIdentity> signing, Map<String, String> contents) {
        return new PackSeal(
                signing.map(SigningIdentity::subject),
                signing.map(SigningIdentity::fingerprint),
                new TreeMap<>(contents));
    }

    public boolean signed() {
        return fingerprint.isPresent();
    }

    /** Who signed, for people. */
    String describe() {
        return signed()
                ? subject.orElseThrow() + " (certificate SHA-256 fingerprint " + fingerprint.orElseThrow() + ")"
                : "not signed";
    }

    /** The file's bytes: a small JSON object, UTF-8, ending with a newline. */
    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("signed", signed());
        if (signed()) {
            ObjectNode signer = root.putObject("signer");
            signer.put("subject", subject.orElseThrow());
            signer.put("certificateSha256", fingerprint.orElseThrow());
        }
        ObjectNode sums = root.putObject("contents");
        contents.forEach(sums::put);
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + FILE, e);
        }
    }

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException saying what is wrong when it is not a seal this auditpack reads
     */
    static PackSeal parse(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("is not JSON", e);
        }
        int version = root == null ? -1 : root.path("formatVersion").asInt(-1);
        if (root == null
                || !root.isObject()
                || version < 1
                || version > FORMAT_VERSION
                || !root.path("signed").isBoolean()) {
            throw new IllegalArgumentException("is not format 1 to " + FORMAT_VERSION + " of " + FILE);
        }
        SortedMap<String, String> contents = new TreeMap<>();
        if (version >= 2) {
            JsonNode sums = root.path("contents");
            if (!sums.isObject()) {
                throw new IllegalArgumentException("has no contents object");
            }
            for (var e : (Iterable<Map.Entry<String, JsonNode>>) sums::fields) {
                if (!e.getValue().isTextual()) {
                    throw new IllegalArgumentException("the SHA-256 of " + e.getKey() + " is not a string");
                }
                contents.put(e.getKey(), e.getValue().asText());
            }
        }
        if (!root.path("signed").booleanValue()) {
            return new PackSeal(Optional.empty(), Optional.empty(), contents);
        }
        JsonNode signer = root.path("signer");
        if (!signer.path("subject").isTextual()
                || !signer.path("certificateSha256").isTextual()) {
            throw new IllegalArgumentException("says the pack is signed but does not name the signer");
        }
        return new PackSeal(
                Optional.of(signer.get("subject").asText()),
                Optional.of(signer.get("certificateSha256").asText()),
                contents);
    }
}
