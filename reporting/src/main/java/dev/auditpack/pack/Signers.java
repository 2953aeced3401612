package dev.auditpack.pack;

import dev.auditpack.signing.SignatureVerdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Binds a pack's signatures together: one certificate signs all of them, the one {@value PackSeal#FILE} records,
 * and the one the auditor expects when they give its fingerprint.
 */
final class Signers {

    static final String UNTRUSTED = "; certificate not checked against a trust store";

    private static final Pattern HEX = Pattern.compile("[0-9A-F]{64}");

    /** The signed files and their one valid signature (empty when a file is unsigned), in the order they are named. */
    private final Map<String, Optional<SignatureVerdict>> signed = new LinkedHashMap<>();

    private Signers() {}

    static Signers of() {
        return new Signers();
    }

    /** Records how {@code file} is signed: by {@code verdict}, or not at all. */
    Signers add(String file, Optional<SignatureVerdict> verdict) {
        signed.put(file, verdict);
        return this;
    }

    /**
     * Records how a PDF is signed. Only a valid signature (at most one can cover the whole file) or none at all
     * takes part; a PDF whose signatures are all invalid is already a problem of its own.
     */
    Signers addPdf(String file, List<SignatureVerdict> verdicts) {
        Optional<SignatureVerdict> valid =
                verdicts.stream().filter(SignatureVerdict::valid).findFirst();
        if (valid.isPresent() || verdicts.isEmpty()) {
            add(file, valid);
        }
        return this;
    }

    /**
     * Checks the signatures against each other, against the seal and against the fingerprint the auditor expects.
     *
     * @param seal       what the pack records about its signing
     * @param sealSource where that record was read, to name it in problems
     * @param expected   the fingerprint the auditor was given by another channel, normalised
     * @param unsigned   the name of the whole (pack or PDF) for a problem about it
     */
    void check(
            Optional<PackSeal> seal,
            String sealSource,
            Optional<String> expected,
            String unsigned,
            List<String> problems,
            List<String> notes) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        signed.forEach((file, verdict) ->
                verdict.flatMap(SignatureVerdict::fingerprint).ifPresent(f -> fingerprints.put(file, f)));
        boolean agree = fingerprints.values().stream().distinct().count() <= 1;
        if (!agree) {
            var first = fingerprints.entrySet().iterator().next();
            fingerprints.forEach((file, f) -> {
                if (!f.equals(first.getValue())) {
                    problems.add("MISMATCH " + file + " (signed by certificate " + f + ", but " + first.getKey()
                            + " by certificate " + first.getValue() + "; a pack has one signer)");
                }
            });
        }
        if (!fingerprints.isEmpty()) {
            String signer = fingerprints.entrySet().iterator().next().getKey();
            signed.forEach((file, verdict) -> {
                if (verdict.isEmpty()) {
                    problems.add("UNSIGNED " + file + " (" + signer
                            + " is signed, so the pack was; this signature is missing)");
                }
            });
        }
        seal.ifPresent(s -> {
            if (s.signed()) {
                signed.forEach((file, verdict) -> {
                    Optional<String> f = verdict.flatMap(SignatureVerdict::fingerprint);
                    if (verdict.isEmpty() && fingerprints.isEmpty()) {
                        problems.add("UNSIGNED " + file + " (" + sealSource + " records that the pack was signed by "
                                + s.describe() + "; the signature was removed)");
                    } else if (f.isPresent() && !f.equals(s.fingerprint())) {
                        problems.add("MISMATCH " + file + " (signed by certificate " + f.get() + ", but " + sealSource
                                + " records that the pack was signed by certificate "
                                + s.fingerprint().orElseThrow() + ")");
                    }
                });
            } else if (!fingerprints.isEmpty()) {
                fingerprints.forEach((file, f) -> problems.add("MISMATCH " + file + " (signed by certificate " + f
                        + ", but " + sealSource + " records that the pack was built unsigned)"));
            }
        });
        expected.ifPresent(e -> {
            if (fingerprints.isEmpty()) {
                problems.add("UNSIGNED " + unsigned + " (not signed, but certificate " + e + " was expected)");
            }
            fingerprints.forEach((file, f) -> {
                if (!f.equals(e)) {
                    problems.add("MISMATCH " + file + " (signed by certificate " + f + ", not by " + e
                            + ", the certificate expected)");
                }
            });
        });
        if (agree && !fingerprints.isEmpty() && fingerprints.size() == signed.size()) {
            String f = fingerprints.values().iterator().next();
            String by = fingerprints.size() == 1
                    ? fingerprints.keySet().iterator().next() + " is signed"
                    : String.join(" and ", fingerprints.keySet()) + " are signed";
            notes.add(by + " by one certificate, SHA-256 fingerprint " + f
                    + (seal.map(PackSeal::signed).orElse(false)
                                    && seal.get().fingerprint().orElseThrow().equals(f)
                            ? ", as " + sealSource + " records"
                            : "")
                    + (expected.map(f::equals).orElse(false) ? ", the one expected" : ""));
        }
    }

    /**
     * The fingerprint a user typed, as {@link dev.auditpack.signing.SigningIdentity#fingerprint()} gives it: colons,
     * spaces and case do not matter, and openssl's {@code sha256 Fingerprint=} prefix may be kept.
     *
     * @throws IllegalArgumentException when it is not 32 bytes of hex
     */
    static String normalise(String text) {
        String hex =
                text.substring(text.indexOf('=') + 1).replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a SHA-256 fingerprint (64 hex digits, colons allowed)");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return out.toString();
    }

    /** One line for a valid signature: who signed, with the certificate's fingerprint. */
    static String note(String file, String what, SignatureVerdict verdict) {
        return file + ": " + what + " valid, signed by " + verdict.describe() + UNTRUSTED;
    }

    static String bySigner(SignatureVerdict verdict) {
        return verdict.signer().isEmpty() ? "" : "by " + verdict.signer() + ": ";
    }
}
