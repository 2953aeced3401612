package dev.auditpack.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of {@link Masking} that replaces personal data: session names in STS ARNs ({@code session-N}), e-mail
 * addresses anywhere ({@code email-N@redacted.invalid}), people's names ({@code person-N}) and IAM user names
 * ({@code user-N}). User names are replaced where they stand as a whole name (between characters an IAM name cannot
 * hold, such as a slash, a space or a colon, or a comma), ignoring case, as IAM does; people's names likewise as whole
 * words.
 * Not thread-safe on its own: {@link Masking} calls it under its lock.
 */
final class NameMasking {

    /** Domain of the e-mail pseudonyms: {@code .invalid} is reserved (RFC 2606), so none can reach anyone. */
    static final String EMAIL_DOMAIN = "redacted.invalid";

    /**
     * An assumed role's or federated user's session name, which is often the person's e-mail address (IAM
     * Identity Center), wherever an STS ARN appears: the caller, and AWS's access-denied messages.
     */
    private static final Pattern SESSION =
            Pattern.compile("(arn:[a-z-]+:sts::[^:\\s]*:(?:assumed-role/[\\w+=,.@-]+|federated-user)/)([\\w+=,.@-]+)");

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?![\\w-])");
    /**
     * A run of the characters an IAM user name may hold, but the comma, which lists names far more often than it is
     * part of one ({@code j.smith,dev.kumar}); names with a comma are matched as they are, by {@link #withComma}.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\w+=.@-]+");

    private static final String NAME_CHAR = "[\\w+=,.@-]";

    private final Map<String, String> sessions = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final Pattern person;
    private final Pattern withComma;

    NameMasking(Identities identities) {
        identities.sessions().forEach(this::session);
        identities.emails().forEach(this::email);
        identities.users().forEach(u -> users.putIfAbsent(u.toLowerCase(Locale.ROOT), "user-" + (users.size() + 1)));
        identities
                .people()
                .forEach(p -> people.putIfAbsent(p.toLowerCase(Locale.ROOT), "person-" + (people.size() + 1)));
        List<String> names = identities.people().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .toList();
        person = names.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<![\\p{L}\\p{N}_])(?:" + String.join("|", names) + ")(?![\\p{L}\\p{N}_])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> commas = identities.users().stream()
                .filter(u -> u.indexOf(',') >= 0)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .toList();
        withComma = commas.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<!" + NAME_CHAR + ")(?:" + String.join("|", commas) + ")(?!" + NAME_CHAR + ")",
                        Pattern.CASE_INSENSITIVE);
    }

    /** Whether any text at all may hold a name this masking replaces, without a digit, a colon or an @. */
    boolean knowsNames() {
        return !users.isEmpty() || person != null;
    }

    /** The text with its session names, e-mail addresses, people's names and user names replaced. */
    String mask(String text) {
        String out = text;
        if (out.contains(":sts::")) {
            out = replace(out, SESSION, m -> m.group(1) + session(m.group(2)));
        }
        if (out.indexOf('@') >= 0) {
            out = replace(
                    out,
                    EMAIL,
                    m -> m.group().toLowerCase(Locale.ROOT).endsWith("@" + EMAIL_DOMAIN)
                            ? m.group()
                            : email(m.group()));
        }
        if (person != null) {
            out = replace(out, person, m -> people.get(m.group().toLowerCase(Locale.ROOT)));
        }
        if (withComma != null) {
            out = replace(out, withComma, m -> users.get(m.group().toLowerCase(Locale.ROOT)));
        }
        if (!users.isEmpty()) {
            out = replace(out, TOKEN, m -> user(m.group()));
        }
        return out;
    }

    /** The token's pseudonym, when it is a user name, perhaps followed by the full stop of a sentence. */
    private String user(String token) {
        String known = users.get(token.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        int end = token.length();
        while (end > 0 && token.charAt(end - 1) == '.') {
            end--;
        }
        known = end == token.length() || end == 0
                ? null
                : users.get(token.substring(0, end).toLowerCase(Locale.ROOT));
        return known == null ? token : known + token.substring(end);
    }

    private String session(String name) {
        return sessions.computeIfAbsent(name, k -> "session-" + (sessions.size() + 1));
    }

    private String email(String address) {
        return emails.computeIfAbsent(
                address.toLowerCase(Locale.ROOT), k -> "email-" + (emails.size() + 1) + "@" + EMAIL_DOMAIN);
    }

    private static String replace(String text, Pattern pattern, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
