package dev.auditpack.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.signing.SigningIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a pack records about its own signing, in {@value #FILE}: whether it was built signed, and by which
 * certificate. The file is in the zip and inside the PDF, so a pack stripped of its signatures still says it had
 * them.
 *
 * @param subject     the signer's certificate subject (RFC 2253), when signed
 * @param fingerprint the SHA-256 fingerprint of the signer's certificate, when signed
 */
public record PackSeal(Optional<String> subject, Optional<String> fingerprint) {

    /** Name of the file in the zip and inside the PDF. */
    public static final String FILE = "signing.json";

    /** Version of the file's format. */
    static final int FORMAT_VERSION = 1;

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){31}");
    private static final ObjectMapper JSON = new ObjectMapper();

    public PackSeal {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(fingerprint);
        if (subject.isPresent() != fingerprint.isPresent()) {
            throw new IllegalArgumentException("a signed pack names both the subject and the fingerprint");
        }
        if (fingerprint.isPresent() && !FINGERPRINT.matcher(fingerprint.get()).matches()) {
            throw new IllegalArgumentException("'" + fingerprint.get() + "' is not a SHA-256 fingerprint");
        }
    }

    /** The seal of a pack built with {@code signing}, or of an unsigned one. */
    static PackSeal of(Optional<SigningIdentity> signing) {
        return new PackSeal(signing.map(SigningIdentity::subject), signing.map(SigningIdentity::fingerprint));
    }

    public boolean signed() {
        return fingerprint.isPresent();
    }

    /** Who signed, for people. */
    String describe() {
        return signed() ? subject.orElseThrow() + " (certificate SHA-256 fingerprint " + fingerprint.orElseThrow() + ")"
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
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
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
        if (root == null || !root.isObject() || root.path("formatVersion").asInt(-1) != FORMAT_VERSION
                || !root.path("signed").isBoolean()) {
            throw new IllegalArgumentException("is not format " + FORMAT_VERSION + " of " + FILE);
        }
        if (!root.path("signed").booleanValue()) {
            return new PackSeal(Optional.empty(), Optional.empty());
        }
        JsonNode signer = root.path("signer");
        if (!signer.path("subject").isTextual() || !signer.path("certificateSha256").isTextual()) {
            throw new IllegalArgumentException("says the pack is signed but does not name the signer");
        }
        return new PackSeal(Optional.of(signer.get("subject").asText()), Optional.of(signer.get("certificateSha256").asText()));
    }
}
