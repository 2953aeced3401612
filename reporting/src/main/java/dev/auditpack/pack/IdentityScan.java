package dev.auditpack.pack;

import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.exemption.Exemption;
import dev.auditpack.exemption.Exemptions;
import dev.auditpack.input.InputException;
import dev.auditpack.manual.ManualEvidence;
import dev.auditpack.manual.ManualItem;
import dev.auditpack.report.Identities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal data a redacted pack must pseudonymise, before any output is written: IAM user names (the
 * {@code UserName} fields and the user ARNs of the evidence, which also cover the credential report's rows), the
 * session names of assumed roles and federated users, every e-mail address in the locker and in the user's metadata
 * (manual evidence, exceptions), and people's names from the owners of manual evidence and the approvers of
 * exceptions. The locker's own files are read as text, so nothing in them escapes for being in an unexpected field.
 */
final class IdentityScan {

    private static final String NAME = "[\\w+=,.@-]+";
    private static final Pattern USER_NAME = Pattern.compile("\"UserName\"\\s*:\\s*\"(" + NAME + ")\"");
    /** The name ends at a comma: in the credential report (CSV) a comma ends the ARN; the UserName fields give the rest. */
    private static final Pattern USER_ARN =
            Pattern.compile("arn:aws[\\w-]*:iam::[0-9]{12}:user/(?:" + NAME + "/)*(" + "[\\w+=.@-]+)");

    private static final Pattern SESSION_ARN = Pattern.compile(
            "arn:aws[\\w-]*:sts::[0-9]{12}:(?:assumed-role/" + NAME + "|federated-user)/(" + NAME + ")");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?![\\w-])");
    /** What is not part of a person's name in an owner or approver field: an e-mail address, {@code <…>}, {@code (…)}. */
    private static final Pattern NOT_NAME = Pattern.compile("<[^>]*>|\\([^)]*\\)|" + EMAIL.pattern());

    private final Set<String> users = new TreeSet<>();
    private final Set<String> sessions = new TreeSet<>();
    private final Set<String> emails = new TreeSet<>();
    private final Set<String> people = new TreeSet<>();

    private IdentityScan() {}

    /**
     * The identities of a pack.
     *
     * @param exceptions the exceptions file, read for e-mail addresses; null when none was given
     * @param declared   the scope statement and owners files, whose owners and approver are people
     * @throws InputException naming a file that cannot be read
     */
    static Identities of(
            Locker locker,
            ManualEvidence manual,
            Exemptions exemptions,
            Path exceptions,
            dev.auditpack.system.Declarations declared) {
        return of(java.util.List.of(locker), manual, exemptions, exceptions, declared);
    }

    /** The identities of a pack made from several lockers: every snapshot of a series, which its timeline names. */
    static Identities of(
            Iterable<Locker> lockers,
            ManualEvidence manual,
            Exemptions exemptions,
            Path exceptions,
            dev.auditpack.system.Declarations declared) {
        IdentityScan scan = new IdentityScan();
        for (Locker locker : lockers) {
            scan.evidence(locker.root().resolve(LockerWriter.INDEX));
            for (EvidenceEntry e : locker.index().evidence()) {
                scan.evidence(locker.root().resolve(e.path()));
            }
        }
        for (ManualItem item : manual.items()) {
            scan.person(item.owner());
            manual.dir().ifPresent(dir -> scan.emails(dir.resolve(item.metadata())));
        }
        for (Exemption e : exemptions.all()) {
            scan.person(e.approver());
        }
        if (exceptions != null) {
            scan.emails(exceptions);
        }
        // Control owners and whoever approved the scope statement are people too.
        for (dev.auditpack.system.Owner owner : declared.owners().all()) {
            scan.person(owner.name());
            scan.person(owner.email());
        }
        declared.scope().ifPresent(scope -> scan.person(scope.approvedBy()));
        return new Identities(scan.users, scan.sessions, scan.emails, scan.people);
    }

    /** Line by line, so a large evidence file is never held whole: none of the patterns spans a line. */
    private void evidence(Path file) {
        lines(file, text -> {
            collect(USER_NAME, text, users);
            collect(USER_ARN, text, users);
            collect(SESSION_ARN, text, sessions);
            collectAll(EMAIL, text, emails);
        });
    }

    private void emails(Path file) {
        lines(file, text -> collectAll(EMAIL, text, emails));
    }

    /** The name in an owner or approver field, without its e-mail address or role; a bare address names no one. */
    private void person(String field) {
        if (field == null) {
            return;
        }
        collectAll(EMAIL, field, emails);
        String name =
                NOT_NAME.matcher(field).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (name.codePoints().anyMatch(Character::isLetter)) {
            people.add(name);
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static void collectAll(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        into.addAll(found);
    }

    private static void lines(Path file, java.util.function.Consumer<String> each) {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                each.accept(line);
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot be read for redaction: " + e.getMessage(), e);
        }
    }
}
