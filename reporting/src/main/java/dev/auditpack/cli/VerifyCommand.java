package dev.auditpack.cli;

import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.Series;
import dev.auditpack.evidence.SeriesChain;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.PackVerifier;
import dev.auditpack.pack.PdfVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack verify}: re-hashes a locker, a whole pack zip or a pack's PDF and names each file that differs. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check a locker, a pack zip or a pack's PDF and name each changed, missing or unexpected file. "
                    + "Exit 3 when any differs.",
            "A locker directory: every evidence file is re-hashed against index.json.",
            "A period store (a directory with series.json): every snapshot as a locker, and the chain: each "
                    + "snapshot's index must record the SHA-256 of the index before it, and series.json the last; a "
                    + "snapshot removed, reordered, altered or inserted is named, one line each.",
            "A pack zip: every file against SHA256SUMS, the signature over SHA256SUMS, the PDF's signature, one "
                    + "signer for both (the one signing.json records), results.json, evidence/index.json and "
                    + "signing.json against their copies inside the PDF, and evidence/ against evidence/index.json.",
            "s3://bucket/prefix (what publish stored): every object is read and checked against "
                    + "auditpack-manifest.json and the SHA-256 S3 stored; each object's retention mode and date are "
                    + "listed (--expect-retention fails any not retained); then what was read is verified as above.",
            "A pack's PDF on its own: its signature must cover the whole file, and the evidence inside it must "
                    + "match the index inside it.",
            "Signers are named with their certificate's SHA-256 fingerprint; their certificates are not checked "
                    + "against a trust store. Compare the fingerprint with one received by another channel, or "
                    + "give it with --expect-fingerprint."
        })
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "LOCKER|SERIES|PACK.zip|PACK.pdf|s3://BUCKET/PREFIX",
            description = "An evidence locker directory, a period store, a pack zip, a pack's PDF, or what publish "
                    + "stored in S3.")
    String where;

    private Path target;

    @Option(
            names = "--expect-retention",
            description = "With s3://…: fail unless every object is under Object Lock retention that has not expired.")
    boolean expectRetention;

    @CommandLine.Mixin
    S3Settings s3;

    @Option(
            names = "--expect-fingerprint",
            paramLabel = "SHA256",
            converter = FingerprintConverter.class,
            description = "The SHA-256 fingerprint of the certificate that must have signed the pack, as received "
                    + "by another channel (colons optional; openssl x509 -noout -fingerprint -sha256 prints it). "
                    + "A pack that is unsigned or signed by another certificate fails.")
    String expectedFingerprint;

    @Option(
            names = "--expect-reviewer",
            paramLabel = "SHA256",
            converter = FingerprintConverter.class,
            description = "The SHA-256 fingerprint of a reviewer's certificate, as received from the reviewer; may be "
                    + "given more than once. Every review in the pack zip must be signed by one of them, and there must "
                    + "be at least one review.")
    java.util.Set<String> expectedReviewers = new java.util.TreeSet<>();

    @Override
    public Integer call() {
        if (dev.auditpack.collector.locker.S3Uri.looksLikeS3(where)) {
            return S3Verification.run(
                    dev.auditpack.collector.locker.S3Uri.parse(where, "verify"),
                    s3,
                    expectRetention,
                    Optional.ofNullable(expectedFingerprint),
                    expectedReviewers,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (expectRetention || s3.given()) {
            throw new dev.auditpack.input.InputException(
                    expectRetention ? "--expect-retention" : "--profile, --region and --endpoint-url",
                    "apply only to an S3 location (s3://bucket/prefix), not to " + where);
        }
        try {
            target = Path.of(where);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(where, "is not a path: " + e.getReason());
        }
        if (!Files.exists(target)) {
            throw new InputException(
                    target, "does not exist (expected an evidence locker directory, a pack zip or " + "a pack's PDF)");
        }
        if (Files.isDirectory(target)) {
            if (expectedFingerprint != null || !expectedReviewers.isEmpty()) {
                throw new InputException(
                        target,
                        "is an evidence locker, which is not signed; --expect-fingerprint "
                                + "needs a pack zip or PDF");
            }
            return Series.isSeries(target) ? verifySeries() : verifyLocker();
        }
        if (!Files.isRegularFile(target)) {
            // Opening a FIFO would wait for a writer for ever.
            throw new InputException(
                    target,
                    "is not a plain file or a directory (expected an evidence locker "
                            + "directory, a pack zip or a pack's PDF)");
        }
        Optional<String> expected = Optional.ofNullable(expectedFingerprint);
        if (PdfVerifier.isPdf(target) && !expectedReviewers.isEmpty()) {
            throw new InputException(
                    target, "is a PDF, which carries no reviews; --expect-reviewer needs the pack zip");
        }
        if (PdfVerifier.isPdf(target)) {
            return report(PdfVerifier.verify(target, expected), " files inside it checked in ");
        }
        return report(PackVerifier.verify(target, expected, expectedReviewers), " files match SHA256SUMS in ");
    }

    /** Reads a fingerprint as verify compares it, so a typing mistake is a usage error, not a failed check. */
    static final class FingerprintConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return PackVerifier.fingerprint(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private int verifySeries() {
        Series series = Series.open(target);
        SeriesChain.Walk walk = SeriesChain.walk(series);
        if (walk.sound()) {
            List<SeriesChain.Snapshot> all = walk.snapshots();
            spec.commandLine()
                    .getOut()
                    .println("OK: " + all.size() + " snapshot(s) of the "
                            + series.cadence().word() + " series for "
                            + series.period().label() + " in " + target + " are chained and match their indexes"
                            + (all.isEmpty()
                                    ? ""
                                    : "; the last is " + all.get(all.size() - 1).name() + ", index sha256 "
                                            + all.get(all.size() - 1).indexSha256()));
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        walk.problems().forEach(err::println);
        err.println("FAILED: the snapshot series in " + target + " is broken ("
                + walk.problems().size() + " problem(s))");
        return ExitCodes.VERIFY_FAILED;
    }

    private int verifyLocker() {
        Locker opened = Locker.open(target);
        List<Discrepancy> problems = opened.verify();
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println("OK: " + opened.index().evidence().size() + " evidence files match index.json in " + target);
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Discrepancy d : problems) {
            err.println(d.describe());
        }
        err.println("FAILED: " + problems.size() + " file(s) in " + target + " do not match index.json");
        return ExitCodes.VERIFY_FAILED;
    }

    private int report(PackVerifier.Verdict verdict, String checked) {
        PrintWriter out = spec.commandLine().getOut();
        if (verdict.problems().isEmpty()) {
            out.println("OK: " + verdict.files() + checked + target);
            verdict.notes().forEach(n -> out.println("  " + n));
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        verdict.problems().forEach(err::println);
        err.println("FAILED: " + verdict.problems().size() + " problem(s) in " + target);
        verdict.notes().forEach(n -> out.println("  " + n));
        return ExitCodes.VERIFY_FAILED;
    }
}
