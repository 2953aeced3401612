package dev.auditpack.secrets;

import java.nio.charset.StandardCharsets;
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
 * <li>a private key is a PEM {@code BEGIN … PRIVATE KEY} block with a body. Certificates are not keys;
 * <li>a {@code .netrc} password is the word after {@code password} in a {@code machine} or {@code default} entry
 * that names a login;
 * <li>GitHub ({@code ghp_…}, {@code github_pat_…}), Slack ({@code xoxb-…}, incoming webhooks) and Stripe
 * ({@code sk_live_…}, {@code rk_test_…}) tokens by their prefix and a random-looking body; a JSON Web Token by
 * its three base64url parts, header and payload starting {@code eyJ}, with a signature.
 * </ul>
 */
final class SecretPatterns {

    /** The longest match any rule needs; scanning windows overlap by more than this. */
    static final int LONGEST = 1024;

    private static final String SEPARATORS = "[\\s\"':=>,|]{1,8}";
    private static final String PASSWORD_WORD = "(?:password|passwd|pwd|passphrase)";
    private static final String PASSWORD_NAME = "[A-Za-z0-9_.-]*" + PASSWORD_WORD;
    private static final List<String> PASSWORD_TRIGGERS = List.of("pass", "pwd");

    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i)secret[A-Za-z0-9_-]{0,20}" + SEPARATORS + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])");
    private static final List<String> TOKEN_PREFIXES =
            List.of("IQoJb3JpZ2luX2Vj", "AgoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE", "FQoGZXIvYXdzE", "AQoDYXdzE");
    private static final Pattern SESSION_TOKEN_PREFIX =
            Pattern.compile("(?:" + String.join("|", TOKEN_PREFIXES) + ")[A-Za-z0-9/+=]{40}");
    private static final Pattern SESSION_TOKEN_FIELD = Pattern.compile(
            "(?i)(?:session_?token|security_?token|x-amz-security-token)" + SEPARATORS + "([A-Za-z0-9/+=%]{100})");
    /** A JSON field whose name ends in the word; the name's opening quote is somewhere before. */
    private static final Pattern JSON_PASSWORD =
            Pattern.compile("(?i)" + PASSWORD_WORD + "\"\\s*:\\s*\"((?:[^\"\\\\\\n]|\\\\.){1,256})\"");

    private static final Pattern LINE_PASSWORD = Pattern.compile("(?im)^[ \\t]*(?:export[ \\t]+)?[\"']?" + PASSWORD_NAME
            + "[\"']?[ \\t]*[:=][ \\t]*[\"']?([^\\s\"'#;,&]{1,256})");
    private static final Pattern ASSIGNED_PASSWORD =
            Pattern.compile("(?i)" + PASSWORD_WORD + "=[\"']?([^\\s\"'#;,&]{1,256})");
    private static final Pattern XML_PASSWORD = Pattern.compile("(?i)<(" + PASSWORD_NAME + ")>([^<]{1,256})</\\1>");
    private static final Pattern URL_PASSWORD =
            Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]{1,20}://[^\\s/:@\"']{1,64}:([^\\s/@\"']{1,128})@[A-Za-z0-9.-]");
    private static final Pattern NETRC_PASSWORD = Pattern.compile(
            "(?i)(?:machine[ \\t]+\\S+|default)\\s+(?:(?:login|account|port|protocol)[ \\t]+\\S+\\s+){1,4}password[ \\t]+(\\S{1,256})");
    private static final List<String> GITHUB_PREFIXES = List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_");
    private static final Pattern GITHUB_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:gh[pousr]_([A-Za-z0-9]{36,251})|github_pat_([A-Za-z0-9_]{60,251}))(?![A-Za-z0-9_])");
    private static final Pattern SLACK_TOKEN =
            Pattern.compile("(?<![A-Za-z0-9_])xox[abposre]-([0-9]{6,15}-[0-9A-Za-z-]{10,250})");
    private static final Pattern SLACK_WEBHOOK =
            Pattern.compile("hooks\\.slack\\.com/services/(T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,40})");
    private static final List<String> STRIPE_PREFIXES = List.of("sk_live_", "sk_test_", "rk_live_", "rk_test_");
    private static final Pattern STRIPE_KEY =
            Pattern.compile("(?<![A-Za-z0-9_])[sr]k_(?:live|test)_([0-9A-Za-z]{20,247})(?![A-Za-z0-9_])");
    private static final Pattern JWT =
            Pattern.compile("(?<![A-Za-z0-9_.-])(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,})");
    private static final Pattern PRIVATE_KEY =
            Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]{0,300}?[A-Za-z0-9+/]{40}");

    private static final Set<String> NOT_A_PASSWORD = Set.of(
            "true",
            "false",
            "null",
            "none",
            "nil",
            "yes",
            "no",
            "undefined",
            "n/a",
            "na",
            "not_supported",
            "unset",
            "redacted",
            "masked",
            "hidden");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?i)\\$\\{.*|\\{\\{.*|<.*|%\\(.*|\\$[A-Z_][A-Z0-9_]*|(.)\\1*|\\[?redacted]?|\\*+.*");

    /** How far after a trigger a rule's match may end. */
    private static final int AFTER = 400;

    /** Where a match of a rule may start, given the text and a position at most {@code before} ahead of a trigger. */
    private interface Start {
        boolean at(byte[] text, int position, int trigger);
    }

    /** The match starts with the trigger word itself. */
    private static final Start AT_TRIGGER = (text, p, trigger) -> p == trigger;
    /** The match starts a line (or the text). */
    private static final Start LINE = (text, p, trigger) -> p == 0 || text[p - 1] == '\n';

    private static Start startsWith(char c) {
        return (text, p, trigger) -> text[p] == c;
    }

    /** The match starts with a letter; at a word boundary, when {@code boundary}. */
    private static Start startsWithLetter(boolean boundary) {
        return (text, p, trigger) -> isLetter(text[p]) && (!boundary || p == 0 || !isWordByte(text[p - 1]));
    }

    /**
     * A pattern; the lower-case words one of which every match holds, so the pattern runs only around them; how
     * far before such a word a match may start, and what the text is like where it does; the group holding the
     * value; and what the value must be like.
     */
    private record Rule(
            Pattern pattern,
            List<String> triggers,
            int before,
            Start start,
            int group,
            SecretKind kind,
            Predicate<String> counts) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    SECRET_KEY,
                    List.of("secret"),
                    0,
                    AT_TRIGGER,
                    1,
                    SecretKind.AWS_SECRET_ACCESS_KEY,
                    SecretPatterns::mixed),
            new Rule(
                    SESSION_TOKEN_PREFIX,
                    TOKEN_PREFIXES.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(),
                    0,
                    AT_TRIGGER,
                    0,
                    SecretKind.AWS_SESSION_TOKEN,
                    v -> true),
            new Rule(
                    SESSION_TOKEN_FIELD,
                    List.of("token"),
                    20,
                    startsWithLetter(false),
                    1,
                    SecretKind.AWS_SESSION_TOKEN,
                    SecretPatterns::mixed),
            new Rule(
                    JSON_PASSWORD,
                    PASSWORD_TRIGGERS,
                    0,
                    AT_TRIGGER,
                    1,
                    SecretKind.PASSWORD,
                    SecretPatterns::isPassword),
            new Rule(LINE_PASSWORD, PASSWORD_TRIGGERS, 120, LINE, 1, SecretKind.PASSWORD, SecretPatterns::isPassword),
            new Rule(
                    ASSIGNED_PASSWORD,
                    PASSWORD_TRIGGERS,
                    0,
                    AT_TRIGGER,
                    1,
                    SecretKind.PASSWORD,
                    SecretPatterns::isPassword),
            new Rule(
                    XML_PASSWORD,
                    PASSWORD_TRIGGERS,
                    70,
                    startsWith('<'),
                    2,
                    SecretKind.PASSWORD,
                    SecretPatterns::isPassword),
            new Rule(
                    URL_PASSWORD,
                    List.of("://"),
                    22,
                    startsWithLetter(true),
                    1,
                    SecretKind.PASSWORD,
                    SecretPatterns::isPassword),
            new Rule(PRIVATE_KEY, List.of("private key"), 60, startsWith('-'), 0, SecretKind.PRIVATE_KEY, v -> true),
            new Rule(
                    NETRC_PASSWORD,
                    List.of("machine", "default"),
                    0,
                    AT_TRIGGER,
                    1,
                    SecretKind.PASSWORD,
                    SecretPatterns::isPassword),
            new Rule(
                    GITHUB_TOKEN,
                    concat(GITHUB_PREFIXES, "github_pat_"),
                    0,
                    AT_TRIGGER,
                    0,
                    SecretKind.GITHUB_TOKEN,
                    SecretPatterns::mixed),
            new Rule(SLACK_TOKEN, List.of("xox"), 0, AT_TRIGGER, 1, SecretKind.SLACK_TOKEN, SecretPatterns::random),
            new Rule(
                    SLACK_WEBHOOK,
                    List.of("hooks.slack.com"),
                    0,
                    AT_TRIGGER,
                    1,
                    SecretKind.SLACK_TOKEN,
                    SecretPatterns::random),
            new Rule(STRIPE_KEY, STRIPE_PREFIXES, 0, AT_TRIGGER, 1, SecretKind.STRIPE_KEY, SecretPatterns::mixed),
            new Rule(JWT, List.of("eyj"), 0, AT_TRIGGER, 1, SecretKind.JSON_WEB_TOKEN, v -> true));

    private static List<String> concat(List<String> words, String more) {
        List<String> all = new java.util.ArrayList<>(words);
        all.add(more);
        return List.copyOf(all);
    }

    /** A trigger word and the rules it wakes. */
    private record Trigger(byte[] word, List<Rule> rules) {}

    /** The triggers by the lower-case ASCII byte they start with. */
    private static final Trigger[][] TRIGGERS = triggers();
    /** Whether some trigger starts with two bytes, in any case: (first << 8) | second. */
    private static final boolean[] PAIRS = pairs();

    private SecretPatterns() {}

    private static Trigger[][] triggers() {
        java.util.Map<String, List<Rule>> byWord = new java.util.LinkedHashMap<>();
        for (Rule rule : RULES) {
            for (String word : rule.triggers()) {
                byWord.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(rule);
            }
        }
        java.util.List<List<Trigger>> table = new java.util.ArrayList<>();
        for (int i = 0; i < 128; i++) {
            table.add(new java.util.ArrayList<>());
        }
        byWord.forEach((word, rules) -> table.get(word.charAt(0))
                .add(new Trigger(word.getBytes(StandardCharsets.US_ASCII), List.copyOf(rules))));
        Trigger[][] result = new Trigger[128][];
        for (int i = 0; i < 128; i++) {
            result[i] = table.get(i).toArray(Trigger[]::new);
        }
        return result;
    }

    private static boolean[] pairs() {
        boolean[] pairs = new boolean[1 << 16];
        for (int first = 0; first < 256; first++) {
            for (int second = 0; second < 256; second++) {
                if (first < 128 && lower((byte) second) < 128) {
                    for (Trigger trigger : TRIGGERS[lower((byte) first)]) {
                        pairs[first << 8 | second] |= trigger.word()[1] == lower((byte) second);
                    }
                }
            }
        }
        return pairs;
    }

    /** Finds the kinds of secret in the whole of {@code text}. */
    static void find(String text, Set<SecretKind> found) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        find(bytes, bytes.length, bytes.length, found);
    }

    /**
     * Adds to {@code found} the kind of every secret in the first {@code length} bytes of {@code text} (UTF-8 or
     * any ASCII-compatible encoding) whose match ends at or before {@code end} (the rest of a scanning window is
     * seen again by the next one). One pass looks for trigger words; the patterns run only where one is.
     */
    static void find(byte[] text, int length, int end, Set<SecretKind> found) {
        Ascii view = new Ascii(text, length);
        java.util.Map<Rule, Matcher> matchers = new java.util.IdentityHashMap<>();
        for (int at = 0; at < end && at + 1 < length; at++) {
            if (!PAIRS[(text[at] & 0xFF) << 8 | (text[at + 1] & 0xFF)]) {
                continue;
            }
            for (Trigger trigger : TRIGGERS[lower(text[at])]) {
                if (!startsWord(text, length, at, trigger.word())) {
                    continue;
                }
                for (Rule rule : trigger.rules()) {
                    if (!found.contains(rule.kind()) && matches(rule, view, matchers, at, trigger.word().length, end)) {
                        found.add(rule.kind());
                    }
                }
            }
        }
    }

    /** Tries the rule at every place ahead of the trigger where one of its matches may start. */
    private static boolean matches(
            Rule rule, Ascii text, java.util.Map<Rule, Matcher> matchers, int at, int word, int end) {
        Matcher m = matchers.computeIfAbsent(
                rule, r -> r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
        int limit = Math.min(text.length(), at + word + AFTER);
        for (int p = Math.max(0, at - rule.before()); p <= at; p++) {
            if (rule.start().at(text.bytes, p, at)) {
                m.region(p, limit);
                if (m.lookingAt() && m.end() <= end && rule.counts().test(m.group(rule.group()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWord(byte[] text, int length, int at, byte[] word) {
        if (at + word.length > length) {
            return false;
        }
        for (int i = 1; i < word.length; i++) {
            if (lower(text[at + i]) != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII letter in lower case; any other byte as it is, from 0 to 255. */
    private static int lower(byte b) {
        int c = b & 0xFF;
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static boolean isLetter(byte b) {
        int c = lower(b);
        return c >= 'a' && c <= 'z';
    }

    private static boolean isWordByte(byte b) {
        int c = b & 0xFF;
        return isLetter(b) || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * Bytes seen as characters, one each: what the patterns look for is ASCII, and a byte of a multi-byte UTF-8
     * character is a character none of them names.
     */
    private static final class Ascii implements CharSequence {
        private final byte[] bytes;
        private final int length;

        Ascii(byte[] bytes, int length) {
            this.bytes = bytes;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** Upper case, lower case and a digit, as random base64 has and words, hex and ids do not. */
    private static boolean mixed(String value) {
        return value.chars().anyMatch(Character::isUpperCase)
                && value.chars().anyMatch(Character::isLowerCase)
                && value.chars().anyMatch(Character::isDigit);
    }

    /** Letters and digits, not one character repeated or a placeholder such as {@code xxxx-xxxx}. */
    private static boolean random(String value) {
        return value.chars().anyMatch(Character::isDigit)
                && value.chars().anyMatch(Character::isLetter)
                && value.chars().distinct().count() > 6;
    }

    private static boolean isPassword(String text) {
        String value = text.strip();
        return !value.isEmpty()
                && value.chars().anyMatch(Character::isLetterOrDigit)
                && !NOT_A_PASSWORD.contains(value.toLowerCase(Locale.ROOT))
                && !PLACEHOLDER.matcher(value).matches();
    }
}
