package dev.auditpack.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces AWS account ids and IP addresses in text with pseudonyms that are stable for one pack: an account
 * is {@code acct-N}, an address {@code private-ip-N} or {@code public-ip-N} with its prefix length kept; session
 * names in STS ARNs, e-mail addresses, people's names and IAM user names are replaced first ({@link NameMasking}). The
 * unspecified addresses ({@code 0.0.0.0/0}, {@code ::/0}) identify nothing and are kept, and so are UUIDs,
 * hexadecimal strings of 17 or more digits (SHA-256 hashes, EC2 resource ids), whatever digits they hold, and
 * base64 {@code data:} URIs.
 */
final class Masking {

    private static final String HEX = "[0-9A-Fa-f]";
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    /** UUIDs, hexadecimal runs of 17 or more digits, and base64 {@code data:} URIs (a logo) are content, not text. */
    private static final String KEEP = "(?<keep>" + HEX + "{8}-" + HEX + "{4}-" + HEX + "{4}-" + HEX + "{4}-" + HEX
            + "{12}(?![0-9A-Za-z])|" + HEX + "{17,}|data:[\\w.+/-]*;base64,[A-Za-z0-9+/=]+)";

    private static final String IPV6 = "(?<ipv6>(?<![0-9A-Za-z:.])(?=[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:)"
            + "[0-9A-Fa-f:.]*[0-9A-Fa-f:](?:/[0-9]{1,3})?(?![0-9A-Za-z:/]|\\.[0-9A-Za-z]))";
    private static final String IPV4 =
            "(?<ipv4>(?<![0-9.])(?:" + OCTET + "\\.){3}" + OCTET + "(?:/(?:3[0-2]|[12]?[0-9]))?(?![0-9]|\\.[0-9]))";
    /** EC2 host names spell the address with dashes: ip-10-0-1-23, ec2-54-12-34-56. */
    private static final String HOST =
            "(?<host>(?<![0-9A-Za-z])(?:ip|ec2)-" + OCTET + "-" + OCTET + "-" + OCTET + "-" + OCTET + "(?![0-9]))";

    private static final String ACCOUNT = "(?<account>(?<![0-9])[0-9]{12}(?![0-9]))";

    /**
     * What a match of any rule starts with: a hex digit, a colon or dot (IPv6), {@code d} (a data: URI) or
     * {@code i} (a host name). Tried first, it spares the alternatives at every other character.
     */
    private static final String START = "(?=[0-9A-Fa-f:.di])";

    private static final Pattern ALL =
            Pattern.compile(START + "(?:" + String.join("|", KEEP, IPV6, IPV4, HOST, ACCOUNT) + ")");
    /** For text that looked like an IPv6 address but is not one (a time, a MAC address): the other rules. */
    private static final Pattern WITHOUT_IPV6 =
            Pattern.compile(START + "(?:" + String.join("|", KEEP, IPV4, HOST, ACCOUNT) + ")");

    private static final Pattern DOTTED = Pattern.compile("(?:" + OCTET + "\\.){3}" + OCTET);

    /** Texts masked so far, up to {@link #REMEMBERED}: accounts, regions and evidence paths recur in every finding. */
    static final int REMEMBERED = 50_000;

    private final Map<String, String> accounts = new HashMap<>();
    private final Map<String, String> addresses = new HashMap<>();
    private final Map<String, String> masked = new HashMap<>();
    private final NameMasking names;

    /** @param accounts accounts numbered first, in this order, so the pack's own scope is acct-1, acct-2, … */
    Masking(List<String> accounts) {
        this(accounts, Identities.NONE);
    }

    /**
     * @param accounts   accounts numbered first, in this order, so the pack's own scope is acct-1, acct-2, …
     * @param identities user names, session names, e-mail addresses and people's names numbered first
     */
    Masking(List<String> accounts, Identities identities) {
        accounts.forEach(this::account);
        this.names = new NameMasking(identities);
    }

    /** The text with every account id and IP address replaced by its pseudonym. */
    synchronized String mask(String text) {
        if (text == null || text.isEmpty() || !names.knowsNames() && text.indexOf('@') < 0 && !mayHold(text)) {
            return text;
        }
        String known = masked.get(text);
        if (known != null) {
            return known;
        }
        String named = names.mask(text);
        String result = mayHold(named) ? mask(named, ALL) : named;
        if (masked.size() < REMEMBERED) {
            masked.put(text, result);
        }
        return result;
    }

    /**
     * Whether any rule can match: every account id, IPv4 address and host name has a digit, and every IPv6
     * address two colons.
     */
    private static boolean mayHold(String text) {
        int colons = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == ':' && ++colons >= 2) {
                return true;
            }
        }
        return false;
    }

    private String mask(String text, Pattern rules) {
        Matcher m = rules.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(Matcher m) {
        if (m.group("keep") != null) {
            return m.group();
        }
        if (m.group("account") != null) {
            return account(m.group());
        }
        if (m.group("host") != null) {
            String host = m.group();
            return address(host.substring(host.indexOf('-') + 1).replace('-', '.'), "");
        }
        String text = m.group();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        String prefix = slash < 0 ? "" : text.substring(slash);
        if (m.group("ipv4") != null) {
            return address(address, prefix);
        }
        if (Ipv6.parse(address) != null) {
            return address(address, prefix);
        }
        // "fe80::1:" at the end of a clause: the address without its trailing colon.
        if (prefix.isEmpty()
                && address.endsWith(":")
                && !address.endsWith("::")
                && Ipv6.parse(address.substring(0, address.length() - 1)) != null) {
            return address(address.substring(0, address.length() - 1), "") + ":";
        }
        return mask(text, WITHOUT_IPV6);
    }

    private String account(String id) {
        return accounts.computeIfAbsent(id, k -> "acct-" + (accounts.size() + 1));
    }

    /** The pseudonym of an IPv4 (dotted) or IPv6 address, or the address itself when it is unspecified. */
    private String address(String address, String prefix) {
        boolean internal;
        String key;
        if (DOTTED.matcher(address).matches()) {
            int[] octets = octets(address);
            key = octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
            internal = isPrivate(octets);
        } else {
            int[] groups = Ipv6.parse(address);
            key = Ipv6.canonical(groups);
            internal = Ipv6.isPrivate(groups);
        }
        if (key.equals("0.0.0.0") || key.equals("0:0:0:0:0:0:0:0")) {
            return address + prefix;
        }
        return addresses.computeIfAbsent(key, k -> (internal ? "private" : "public") + "-ip-" + (addresses.size() + 1))
                + prefix;
    }

    static int[] octets(String dotted) {
        String[] parts = dotted.split("\\.");
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = Integer.parseInt(parts[i]);
        }
        return octets;
    }

    /** RFC 1918, shared (100.64/10), loopback and link-local addresses. */
    static boolean isPrivate(int[] o) {
        return o[0] == 10
                || (o[0] == 172 && o[1] >= 16 && o[1] <= 31)
                || (o[0] == 192 && o[1] == 168)
                || (o[0] == 100 && o[1] >= 64 && o[1] <= 127)
                || o[0] == 127
                || (o[0] == 169 && o[1] == 254);
    }

    /** IPv6 text, parsed strictly, so that times and MAC addresses are not taken for addresses. */
    static final class Ipv6 {

        private static final Pattern GROUP = Pattern.compile(HEX + "{1,4}");

        private Ipv6() {}

        /** The eight 16-bit groups, or null when the text is not an IPv6 address. */
        static int[] parse(String text) {
            int gap = text.indexOf("::");
            if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
                return null;
            }
            List<Integer> head = gap < 0 ? groups(text) : groups(text.substring(0, gap));
            List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2));
            if (head == null || tail == null) {
                return null;
            }
            int given = head.size() + tail.size();
            if (gap < 0 ? given != 8 : given > 7) {
                return null;
            }
            int[] all = new int[8];
            for (int i = 0; i < head.size(); i++) {
                all[i] = head.get(i);
            }
            for (int i = 0; i < tail.size(); i++) {
                all[8 - tail.size() + i] = tail.get(i);
            }
            return all;
        }

        /** Groups separated by single colons; a dotted IPv4 address may end them and counts as two. */
        private static List<Integer> groups(String text) {
            if (text.isEmpty()) {
                return List.of();
            }
            String[] parts = text.split(":", -1);
            List<Integer> out = new java.util.ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                if (i == parts.length - 1 && DOTTED.matcher(p).matches()) {
                    int[] o = octets(p);
                    out.add(o[0] << 8 | o[1]);
                    out.add(o[2] << 8 | o[3]);
                } else if (GROUP.matcher(p).matches()) {
                    out.add(Integer.parseInt(p, 16));
                } else {
                    return null;
                }
            }
            return out;
        }

        static String canonical(int[] groups) {
            StringBuilder s = new StringBuilder();
            for (int g : groups) {
                s.append(s.length() == 0 ? "" : ":")
                        .append(Integer.toHexString(g).toLowerCase(Locale.ROOT));
            }
            return s.toString();
        }

        /** Unique local (fc00::/7), link-local (fe80::/10), loopback, and IPv4-mapped private addresses. */
        static boolean isPrivate(int[] g) {
            boolean zeros = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0;
            if (zeros && g[5] == 0 && g[6] == 0 && g[7] == 1) {
                return true;
            }
            if (zeros && g[5] == 0xffff) {
                return Masking.isPrivate(new int[] {g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff});
            }
            return (g[0] & 0xfe00) == 0xfc00 || (g[0] & 0xffc0) == 0xfe80;
        }
    }
}
