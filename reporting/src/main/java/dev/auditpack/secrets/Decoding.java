package dev.auditpack.secrets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The other ways a window of text may say the same thing, so that an escape cannot hide a secret from the
 * patterns: the text with its escapes decoded (HTML and XML entities, named, decimal and hex; JSON escapes;
 * CSS escapes), as ASCII when it is UTF-16 (its NUL bytes dropped), and, as extra lines, each name and value
 * pair of structured data ({@code {"Key": "db_password", "Value": "…"}}, {@code Name}/{@code Value}, XML and
 * YAML forms) whose name speaks of a secret, written {@code name=value}, and each whole value in base64 (16 to
 * {@value SecretPatterns#LONGEST} characters) decoded, and inflated when it is gzip. A window with none of
 * these has no other view, so plain text costs one pass over its bytes.
 */
final class Decoding {

    /** Receives a view: its first {@code length} bytes, and where the matches it counts must end. */
    interface View {
        void scan(byte[] text, int length, int end);
    }

    private static final int PAIR_REACH = 2048;
    private static final int MIN_BASE64 = 16;
    private static final int GUNZIP_LIMIT = 1 << 20;

    private static final Pattern KEY_JSON = Pattern.compile(
            "(?i)\"(?:key|name|parameterkey|parametername|optionname)\"\\s*:\\s*\"((?:[^\"\\\\\\r\\n]|\\\\.){1,256})\"");
    private static final Pattern VALUE_JSON =
            Pattern.compile("(?i)\"(?:value|parametervalue)\"\\s*:\\s*\"((?:[^\"\\\\\\r\\n]|\\\\.){0,1024})\"");
    private static final Pattern KEY_XML = Pattern.compile("(?i)<(key|name)>([^<]{1,256})</\\1>");
    private static final Pattern VALUE_XML = Pattern.compile("(?i)<value>([^<]{0,1024})</value>");
    private static final Pattern KEY_ATTRIBUTE =
            Pattern.compile("(?i)(?:key|name)\\s*=\\s*[\"']([^\"'<>]{1,256})[\"']");
    private static final Pattern VALUE_ATTRIBUTE = Pattern.compile("(?i)value\\s*=\\s*[\"']([^\"'<>]{0,1024})[\"']");
    private static final Pattern KEY_YAML =
            Pattern.compile("(?i)(?:key|name)[ \\t]*:[ \\t]*[\"']?([^\\s\"'#,}]{1,256})");
    private static final Pattern VALUE_YAML = Pattern.compile("(?i)value[ \\t]*:[ \\t]*[\"']?([^\\r\\n\"']{1,1024})");
    /** A pair's name must say it is a secret for the pair to be written out. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(?:pass|pwd|secret|token).*");

    private Decoding() {}

    /** Hands each other view of {@code text} (first {@code length} bytes, matches ending by {@code end}) to {@code view}. */
    static void views(byte[] text, int length, int end, View view) {
        int nuls = 0;
        boolean escapes = false;
        boolean pairs = false;
        for (int i = 0; i < length; i++) {
            byte b = text[i];
            if (b == 0) {
                nuls++;
            } else if (b == '&' || b == '\\') {
                escapes = true;
            } else if (!pairs && keyword(text, length, i)) {
                pairs = true;
            }
        }
        byte[] source = text;
        int sourceLength = length;
        int sourceEnd = end;
        if (nuls > length / 8) {
            // UTF-16 (either byte order, with or without a byte order mark): the patterns need only ASCII.
            source = new byte[length];
            sourceLength = 0;
            for (int i = 0; i < length; i++) {
                if (i == end) {
                    sourceEnd = sourceLength;
                }
                if (text[i] != 0) {
                    source[sourceLength++] = text[i];
                }
            }
            if (end >= length) {
                sourceEnd = sourceLength;
            }
        }
        byte[] plain = source;
        int plainLength = sourceLength;
        int plainEnd = sourceEnd;
        if (escapes) {
            plain = new byte[sourceLength];
            int[] decodedEnd = new int[1];
            plainLength = unescape(source, sourceLength, sourceEnd, plain, decodedEnd);
            plainEnd = decodedEnd[0];
        }
        if (plain != text) {
            view.scan(plain, plainLength, plainEnd);
        }
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        base64(plain, plainLength, plainEnd, extra);
        if (extra.size() > 0) {
            byte[] decoded = extra.toByteArray();
            pairs(decoded, decoded.length, decoded.length, extra);
        }
        if (pairs || plain != text) {
            pairs(plain, plainLength, plainEnd, extra);
        }
        if (extra.size() > 0) {
            byte[] lines = extra.toByteArray();
            view.scan(lines, lines.length, lines.length);
        }
    }

    /**
     * Decodes HTML/XML character references, JSON escapes and CSS escapes from {@code src} into {@code dst}
     * (never longer); returns the decoded length and puts where {@code end} falls in {@code decodedEnd[0]}.
     */
    static int unescape(byte[] src, int length, int end, byte[] dst, int[] decodedEnd) {
        int o = 0;
        int i = 0;
        decodedEnd[0] = -1;
        while (i < length) {
            if (i >= end && decodedEnd[0] < 0) {
                decodedEnd[0] = o;
            }
            byte b = src[i];
            if (b == '&') {
                int semi = -1;
                for (int j = i + 1; j < Math.min(length, i + 12); j++) {
                    if (src[j] == ';') {
                        semi = j;
                        break;
                    }
                }
                int cp = semi < 0 ? -1 : entity(new String(src, i + 1, semi - i - 1, StandardCharsets.ISO_8859_1));
                if (cp >= 0) {
                    o = put(dst, o, cp, semi + 1 - i);
                    i = semi + 1;
                    continue;
                }
            } else if (b == '\\' && i + 1 < length) {
                byte c = src[i + 1];
                if (c == 'u' && i + 6 <= length && hex(src, i + 2, 4)) {
                    o = put(dst, o, Integer.parseInt(new String(src, i + 2, 4, StandardCharsets.ISO_8859_1), 16), 6);
                    i += 6;
                    continue;
                }
                int simple = switch (c) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case '"', '\\', '/', '\'' -> c;
                    default -> -1;
                };
                boolean jsonControl = (c == 'b' || c == 'f') && (i + 2 >= length || !isHex(src[i + 2]));
                if (simple >= 0) {
                    dst[o++] = (byte) simple;
                    i += 2;
                    continue;
                }
                if (jsonControl) {
                    dst[o++] = ' ';
                    i += 2;
                    continue;
                }
                if (isHex(c)) {
                    int j = i + 1;
                    while (j < length && j < i + 7 && isHex(src[j])) {
                        j++;
                    }
                    int cp = Integer.parseInt(new String(src, i + 1, j - i - 1, StandardCharsets.ISO_8859_1), 16);
                    if (j < length && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n')) {
                        j++;
                    }
                    o = put(dst, o, cp, j - i);
                    i = j;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    dst[o++] = c;
                    i += 2;
                    continue;
                }
            }
            dst[o++] = b;
            i++;
        }
        if (decodedEnd[0] < 0) {
            decodedEnd[0] = o;
        }
        return o;
    }

    /** The code point of an entity's body ({@code quot}, {@code #115}, {@code #x73}), or -1. */
    private static int entity(String body) {
        if (body.startsWith("#x") || body.startsWith("#X")) {
            return number(body.substring(2), 16);
        }
        if (body.startsWith("#")) {
            return number(body.substring(1), 10);
        }
        return switch (body.toLowerCase(Locale.ROOT)) {
            case "quot" -> '"';
            case "amp" -> '&';
            case "apos" -> '\'';
            case "lt" -> '<';
            case "gt" -> '>';
            case "nbsp", "tab", "newline" -> ' ';
            case "colon" -> ':';
            case "equals" -> '=';
            case "sol" -> '/';
            case "commat" -> '@';
            default -> -1;
        };
    }

    private static int number(String digits, int radix) {
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        try {
            int cp = Integer.parseInt(digits, radix);
            return cp <= 0x10FFFF ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Writes a code point as UTF-8, or as a space when it would take more bytes than the escape it replaces (the
     * patterns look for ASCII only, and the decoded text must never outgrow the text).
     */
    private static int put(byte[] dst, int o, int cp, int room) {
        byte[] bytes = new String(Character.toChars(cp == 0 ? ' ' : cp)).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > room) {
            dst[o++] = ' ';
            return o;
        }
        System.arraycopy(bytes, 0, dst, o, bytes.length);
        return o + bytes.length;
    }

    private static boolean hex(byte[] b, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (!isHex(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    private static final byte[][] KEYWORDS = {
        "key".getBytes(StandardCharsets.US_ASCII),
        "name".getBytes(StandardCharsets.US_ASCII),
        "parameterkey".getBytes(StandardCharsets.US_ASCII),
        "parametername".getBytes(StandardCharsets.US_ASCII),
        "optionname".getBytes(StandardCharsets.US_ASCII)
    };

    /** Whether a word that names the name of a pair ({@code Key}, {@code Name}, …) starts at {@code i}. */
    private static boolean keyword(byte[] text, int length, int i) {
        int first = text[i] | 0x20;
        if (first != 'k' && first != 'n' && first != 'p' && first != 'o' || i > 0 && word(text[i - 1])) {
            return false;
        }
        outer:
        for (byte[] k : KEYWORDS) {
            if (k[0] != first || i + k.length >= length || word(text[i + k.length])) {
                continue;
            }
            for (int j = 1; j < k.length; j++) {
                if ((text[i + j] | 0x20) != k[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean word(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_';
    }

    /** Writes {@code name=value} for each pair whose name speaks of a secret and that ends by {@code end}. */
    private static void pairs(byte[] text, int length, int end, ByteArrayOutputStream out) {
        CharSequence chars = new Latin1(text, length);
        Matcher[] keys = {
            KEY_JSON.matcher(chars), KEY_XML.matcher(chars), KEY_ATTRIBUTE.matcher(chars), KEY_YAML.matcher(chars)
        };
        Matcher[] values = {
            VALUE_JSON.matcher(chars),
            VALUE_XML.matcher(chars),
            VALUE_ATTRIBUTE.matcher(chars),
            VALUE_YAML.matcher(chars)
        };
        int[] groups = {1, 2, 1, 1};
        for (int i = 0; i < length && i < end; i++) {
            if (!keyword(text, length, i)) {
                continue;
            }
            int start = i > 0 && (text[i - 1] == '"' || text[i - 1] == '<') ? i - 1 : i;
            for (int form = 0; form < keys.length; form++) {
                Matcher key = keys[form].region(start, length);
                if (!key.lookingAt()) {
                    continue;
                }
                String name = key.group(groups[form]);
                if (SECRET_NAME.matcher(name).matches()) {
                    String value = value(text, length, key.start(), key.end(), values[form], form);
                    if (value != null) {
                        out.writeBytes(("\n" + name + "=" + value + "\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                break;
            }
        }
    }

    /** The value of the same object, element or list item as the name: after it, or (JSON, XML) before it. */
    private static String value(byte[] text, int length, int keyStart, int keyEnd, Matcher value, int form) {
        int after = keyEnd;
        int reach = Math.min(length, keyEnd + (form == 3 ? 256 : PAIR_REACH));
        for (int i = keyEnd; i < reach; i++) {
            byte b = text[i];
            if (form == 0 && (b == '{' || b == '}') || form == 2 && b == '>') {
                reach = i;
                break;
            }
        }
        value.region(after, reach);
        if (value.find()) {
            return value.group(1);
        }
        int before = Math.max(0, keyStart - PAIR_REACH);
        for (int i = keyStart - 1; i >= before; i--) {
            byte b = text[i];
            if (form == 0 && (b == '{' || b == '}') || form == 2 && b == '<') {
                before = i;
                break;
            }
        }
        if (form == 0 || form == 2) {
            value.region(before, keyStart);
            if (value.find()) {
                return value.group(1);
            }
        }
        return null;
    }

    /** Decodes each whole base64 value (delimited, a multiple of 4 long, mixing cases) that ends by {@code end}. */
    private static void base64(byte[] text, int length, int end, ByteArrayOutputStream out) {
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean inRun = i < length && base64Char(text[i]);
            if (inRun) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start < 0) {
                continue;
            }
            int runEnd = i;
            while (runEnd < length && runEnd - i < 2 && text[runEnd] == '=') {
                runEnd++;
            }
            int n = runEnd - start;
            if (n >= MIN_BASE64
                    && n <= SecretPatterns.LONGEST
                    && n % 4 == 0
                    && runEnd <= end
                    && start > 0
                    && runEnd < length
                    && delimiter(text[start - 1])
                    && delimiter(text[runEnd])
                    && mixed(text, start, i)) {
                decode(new String(text, start, n, StandardCharsets.ISO_8859_1), out);
            }
            start = -1;
            i = runEnd - 1 < i ? i : runEnd - 1;
        }
    }

    private static void decode(String value, ByteArrayOutputStream out) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (bytes.length > 2 && bytes[0] == 0x1f && (bytes[1] & 0xFF) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes(GUNZIP_LIMIT);
            } catch (IOException e) {
                return;
            }
        }
        int nuls = 0;
        int printable = 0;
        for (byte b : bytes) {
            nuls += b == 0 ? 1 : 0;
            printable += b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t' ? 1 : 0;
        }
        if (nuls > bytes.length / 4) {
            ByteArrayOutputStream ascii = new ByteArrayOutputStream();
            for (byte b : bytes) {
                if (b != 0) {
                    ascii.write(b);
                }
            }
            bytes = ascii.toByteArray();
            printable = bytes.length;
        }
        if (printable * 10 < bytes.length * 9) {
            return;
        }
        byte[] decoded = new byte[bytes.length];
        int n = unescape(bytes, bytes.length, bytes.length, decoded, new int[1]);
        out.write('\n');
        out.write(decoded, 0, n);
        out.write('\n');
    }

    private static boolean base64Char(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/';
    }

    private static boolean delimiter(byte b) {
        return b == '"' || b == '\'' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ':' || b == '='
                || b == '>' || b == '<' || b == ',' || b == ';' || b == '(' || b == ')' || b == '[' || b == ']'
                || b == '{' || b == '}';
    }

    private static boolean mixed(byte[] text, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        for (int i = from; i < to && !(upper && lower); i++) {
            upper |= text[i] >= 'A' && text[i] <= 'Z';
            lower |= text[i] >= 'a' && text[i] <= 'z';
        }
        return upper && lower;
    }

    /** Bytes seen as ISO-8859-1 characters, for the pair patterns. */
    private record Latin1(byte[] bytes, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
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
}
