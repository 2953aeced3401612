package dev.auditpack.report;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The personal data a redacted pack pseudonymises beyond account ids and addresses, as found in the locker and the
 * user's metadata: IAM user names, role session names, e-mail addresses and people's names. Each set is numbered in
 * sorted order ({@code user-1}, {@code session-1}, {@code email-1@redacted.invalid}, {@code person-1}), so the same
 * locker gives the same pseudonyms whatever order the writers read the model in. E-mail addresses and session names
 * not listed here are still found by their pattern and numbered after the listed ones.
 *
 * @param users    IAM user names
 * @param sessions session names of assumed roles and federated users
 * @param emails   e-mail addresses
 * @param people   people's names, e.g. the owner of a manual evidence document
 */
public record Identities(Set<String> users, Set<String> sessions, Set<String> emails, Set<String> people) {

    /** Nothing beyond what the patterns find. */
    public static final Identities NONE = new Identities(Set.of(), Set.of(), Set.of(), Set.of());

    public Identities {
        users = sorted(users);
        sessions = sorted(sessions);
        emails = sorted(emails);
        people = sorted(people);
    }

    private static Set<String> sorted(Collection<String> values) {
        Set<String> out = new TreeSet<>();
        if (values != null) {
            values.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .forEach(out::add);
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
