package dev.auditpack.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What secrets look like in text. Every rule needs a context or a shape no ordinary text has, so that hashes,
 * ARNs, certificates and the words "password" and "secret" in prose do not trip it:
 *
 * <ul>
 * <li>a secret access key is 40 base64 characters, mixing upper case, lower case and digits, right after a
 * name that starts with "secret" ({@code SecretAccessKey}, {@code aws_secret_access_key}, {@code secret});
 * <li>a session token starts as STS tokens do ({@code IQoJb3JpZ2luX2Vj}, {@code FwoGZXIvYXdzE}, …), or is a
 * long base64 value right after {@code SessionToken}, {@code aws_session_token} or {@code x-amz-security-token};
 * <li>a password is the value of a field whose name ends in password, passwd, pwd or passphrase (a JSON or
 * XML field, {@code name=value}, or {@code name: value} at the start of a line), or the password of a URL,
 * unless the value is a boolean, empty, masked or a placeholder ({@code ManageMasterUserPassword: true},
 * {@code "password": "********"}, {@code ${DB_PASSWORD}});
 * <li>a private key is a PEM {@code BEGIN … PRIVATE KEY} block with a body. Certificates are not keys.
 * </ul>
 */
final class SecretPatterns {

    /** The longest match any rule needs; scanning windows overlap by more than this. */
    static final int LONGEST = 1024;

    private static final String SEPARATORS = "[\\s\"':=>,|]{1,8}";
    private static final String PASSWORD_WORD = "(?:password|passwd|pwd|passphrase)";
    private static final String PASSWORD_NAME = "[A-Za-z0-9_.-]*" + PASSWORD_WORD;
    private static final List<String> PASSWORD_TRIGGERS = List.of("pass", "pwd");

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)secret[A-Za-z0-9_-]{0,20}" + SEPARATORS + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])");
    private static final List<String> TOKEN_PREFIXES = List.of("IQoJb3JpZ2luX2Vj", "AgoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE",
            "FQoGZXIvYXdzE", "AQoDYXdzE");
    private static final Pattern SESSION_TOKEN_PREFIX = Pattern.compile(
            "(?:" + String.join("|", TOKEN_PREFIXES) + ")[A-Za-z0-9/+=]{40}");
    private static final Pattern SESSION_TOKEN_FIELD = Pattern.compile(
            "(?i)(?:session_?token|security_?token|x-amz-security-token)" + SEPARATORS + "([A-Za-z0-9/+=%]{100})");
    /** A JSON field whose name ends in the word; the name's opening quote is somewhere before. */
    private static final Pattern JSON_PASSWORD = Pattern.compile(
            "(?i)" + PASSWORD_WORD + "\"\\s*:\\s*\"((?:[^\"\\\\\\n]|\\\\.){1,256})\"");
    private static final Pattern LINE_PASSWORD = Pattern.compile(
            "(?im)^[ \\t]*(?:export[ \\t]+)?[\"']?" + PASSWORD_NAME + "[\"']?[ \\t]*[:=][ \\t]*[\"']?([^\\s\"'#;,&]{1,256})");
    private static final Pattern ASSIGNED_PASSWORD = Pattern.compile(
            "(?i)" + PASSWORD_WORD + "=[\"']?([^\\s\"'#;,&]{1,256})");
    private static final Pattern XML_PASSWORD = Pattern.compile(
            "(?i)<(" + PASSWORD_NAME + ")>([^<]{1,256})</\\1>");
    private static final Pattern URL_PASSWORD = Pattern.compile(
            "(?i)\\b[a-z][a-z0-9+.-]{1,20}://[^\\s/:@\"']{1,64}:([^\\s/@\"']{1,128})@[A-Za-z0-9.-]");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]{0,300}?[A-Za-z0-9+/]{40}");

    private static final Set<String> NOT_A_PASSWORD = Set.of("true", "false", "null", "none", "nil", "yes", "no",
            "undefined", "n/a", "na", "not_supported", "unset", "redacted", "masked", "hidden");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)\\$\\{.*|\\{\\{.*|<.*|%\\(.*|\\$[A-Z_][A-Z0-9_]*|(.)\\1*|\\[?redacted]?|\\*+.*");

    /** How far after a trigger a rule's match may end. */
    private static final int AFTER = 400;

    /**
     * A pattern; the lower-case words one of which every match holds, so the pattern runs only around them; how
     * far before such a word a match may start; the group holding the value; and what the value must be like.
     */
    private record Rule(Pattern pattern, List<String> triggers, int before, int group, SecretKind kind,
                        Predicate<String> counts) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(SECRET_KEY, List.of("secret"), 0, 1, SecretKind.AWS_SECRET_ACCESS_KEY, SecretPatterns::mixed),
            new Rule(SESSION_TOKEN_PREFIX, TOKEN_PREFIXES.stream().map(SecretPatterns::lower).toList(), 0, 0,
                    SecretKind.AWS_SESSION_TOKEN, v -> true),
            new Rule(SESSION_TOKEN_FIELD, List.of("token"), 20, 1, SecretKind.AWS_SESSION_TOKEN, SecretPatterns::mixed),
            new Rule(JSON_PASSWORD, PASSWORD_TRIGGERS, 0, 1, SecretKind.PASSWORD, SecretPatterns::isPassword),
            new Rule(LINE_PASSWORD, PASSWORD_TRIGGERS, 120, 1, SecretKind.PASSWORD, SecretPatterns::isPassword),
            new Rule(ASSIGNED_PASSWORD, PASSWORD_TRIGGERS, 0, 1, SecretKind.PASSWORD, SecretPatterns::isPassword),
            new Rule(XML_PASSWORD, PASSWORD_TRIGGERS, 70, 2, SecretKind.PASSWORD, SecretPatterns::isPassword),
            new Rule(URL_PASSWORD, List.of("://"), 22, 1, SecretKind.PASSWORD, SecretPatterns::isPassword),
            new Rule(PRIVATE_KEY, List.of("private key"), 60, 0, SecretKind.PRIVATE_KEY, v -> true));

    private SecretPatterns() {
    }

    /**
     * Adds to {@code found} the kind of every secret in {@code text} whose match ends at or before {@code end}
     * (the rest of a scanning window is seen again by the next one).
     */
    static void find(String text, int end, Set<SecretKind> found) {
        String lower = lower(text);
        for (Rule rule : RULES) {
            if (!found.contains(rule.kind()) && matches(rule, text, lower, end)) {
                found.add(rule.kind());
            }
        }
    }

    /** Runs the rule's pattern only around its trigger words, found with a plain search: text is scanned fast. */
    private static boolean matches(Rule rule, String text, String lower, int end) {
        Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (String trigger : rule.triggers()) {
            for (int at = lower.indexOf(trigger); at >= 0 && at < end; at = lower.indexOf(trigger, at + 1)) {
                m.region(Math.max(0, at - rule.before()), Math.min(text.length(), at + trigger.length() + AFTER));
                while (m.find()) {
                    if (m.end() <= end && rule.counts().test(m.group(rule.group()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** ASCII letters in lower case, every other character as it is, so indexes stay the same. */
    private static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    /** Upper case, lower case and a digit, as random base64 has and words, hex and ids do not. */
    private static boolean mixed(String value) {
        return value.chars().anyMatch(Character::isUpperCase) && value.chars().anyMatch(Character::isLowerCase)
                && value.chars().anyMatch(Character::isDigit);
    }

    private static boolean isPassword(String text) {
        String value = text.strip();
        return !value.isEmpty() && value.chars().anyMatch(Character::isLetterOrDigit)
                && !NOT_A_PASSWORD.contains(value.toLowerCase(Locale.ROOT)) && !PLACEHOLDER.matcher(value).matches();
    }
}
