package dev.auditpack.cli;

import dev.auditpack.input.InputException;
import dev.auditpack.pack.PackReview;
import dev.auditpack.pack.ReviewRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack review}: records a review or management's sign-off of a pack in its zip. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Record who reviewed a pack, when, and what they decided, in the pack's zip (reviews/NNN.json), signed "
                    + "with the reviewer's key when one is given; verify then checks and lists it.",
            "The pack is verified first; a file that is not a pack, or a pack that does not verify, is refused "
                    + "with nothing written. The zip is replaced by one holding every file of the old one and the "
                    + "review (written beside it, verified, then renamed); the record keeps the old zip's SHA-256."
        })
final class ReviewCommand implements Callable<Integer> {

    /** Longest comment accepted. */
    static final int COMMENT_LIMIT = 4000;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PACK.zip", description = "The pack's zip (evidence-pack.zip).")
    Path zip;

    @Option(
            names = "--reviewer",
            required = true,
            paramLabel = "\"NAME <E-MAIL>\"",
            description = "Who reviews, e.g. \"Sam Lee <sam@example.com>\".")
    String reviewer;

    @Option(
            names = "--decision",
            required = true,
            paramLabel = "approved|changes-requested",
            description = "The decision.")
    String decision;

    @Option(
            names = "--comment",
            paramLabel = "TEXT",
            description = "What the reviewer says; required with changes-requested.")
    String comment = "";

    @Option(
            names = "--as",
            paramLabel = "reviewer|management",
            defaultValue = "reviewer",
            description = "reviewer (default): a review of the pack; management: management's sign-off of the pack "
                    + "and the management assertion inside its PDF.")
    String role;

    @Mixin
    SigningSettings signing;

    @Override
    public Integer call() {
        String who = Person.check("--reviewer", reviewer);
        ReviewRecord.Decision decided = ReviewRecord.Decision.of(decision)
                .orElseThrow(() -> new InputException(
                        "--decision", "must be approved or changes-requested, not '" + decision + "'"));
        ReviewRecord.Role as = switch (role) {
            case "reviewer" -> ReviewRecord.Role.REVIEWER;
            case "management" -> ReviewRecord.Role.MANAGEMENT;
            default -> throw new InputException("--as", "must be reviewer or management, not '" + role + "'");
        };
        String said = comment.strip();
        if (said.length() > COMMENT_LIMIT) {
            throw new InputException("--comment", "is longer than " + COMMENT_LIMIT + " characters");
        }
        if (said.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InputException("--comment", "holds control characters other than line breaks");
        }
        if (decided == ReviewRecord.Decision.CHANGES_REQUESTED && said.isEmpty()) {
            throw new InputException("--comment", "is required with --decision changes-requested: say what to change");
        }
        var identity = signing.identity();
        PackReview.Result result = PackReview.review(new PackReview.Request(
                zip, as, who, decided, said, identity, Clock.systemUTC().instant()));
        PrintWriter out = spec.commandLine().getOut();
        ReviewRecord r = result.record();
        out.println("Recorded " + result.file() + " (sign-off sheet " + result.sheet() + ") in " + zip + ": "
                + r.decision().word() + " by " + r.reviewer()
                + " at " + r.reviewedAt() + ", "
                + r.signer()
                        .map(s -> "signed by " + s.subject() + " (certificate SHA-256 fingerprint " + s.fingerprint()
                                + ")")
                        .orElse("unsigned"));
        out.println("  the zip's SHA-256 was " + r.pack().zip() + " (kept in the record) and is now " + result.after());
        out.println("Check it with: auditpack verify " + zip);
        return ExitCodes.OK;
    }
}
