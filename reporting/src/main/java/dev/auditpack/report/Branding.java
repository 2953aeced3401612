package dev.auditpack.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the PDF presents the organisation: cover title and logo, who prepared the pack, the confidentiality
 * marking in every footer, and a few fixed sentences in the organisation's own words. The cover subtitle names the
 * pack's frameworks unless the organisation words it.
 *
 * @param title           cover title
 * @param preparedBy      who prepared the pack, shown on the cover; empty to leave it out
 * @param confidentiality marking in the footer of every page and on the cover; empty for none
 * @param logo            the logo as a {@code data:} URI, embedded in the PDF; empty for none
 * @param wording         every key of {@link #WORDING}, with the organisation's text where it gave one
 */
public record Branding(
        String title, String preparedBy, String confidentiality, String logo, Map<String, String> wording) {

    /**
     * auditpack's own cover subtitle, which a configuration file cannot give (wording is never empty): the titles of
     * the frameworks the pack reports on, filled in by {@link #forFrameworks}.
     */
    public static final String FRAMEWORK_TITLES = "";

    /** Separates the framework titles of the default cover subtitle. */
    static final String TITLE_SEPARATOR = " · ";

    /** The sentences a configuration file may reword, with auditpack's own text. */
    public static final Map<String, String> WORDING = wording(
            "coverCaption", "auditpack evidence pack",
            "coverSubtitle", FRAMEWORK_TITLES,
            "summaryIntro",
                    "How the controls of each framework stand, answered from evidence collected read-only "
                            + "from AWS.",
            "readingIntro",
                    "Each control is answered from evidence collected read-only from AWS. The raw evidence "
                            + "files are listed at the end with their SHA-256; auditpack verify re-hashes them.",
            "evidenceIntro",
                    "The raw evidence files, as AWS returned them: counted by collector, then listed with their "
                            + "SHA-256. The files are in the evidence locker beside this PDF.");

    /** auditpack's cover title. */
    public static final String TITLE = "AWS evidence pack";

    /** The footer marking when none is configured. */
    public static final String CONFIDENTIALITY = "Confidential";

    public Branding {
        Objects.requireNonNull(title);
        Objects.requireNonNull(preparedBy);
        Objects.requireNonNull(confidentiality);
        Objects.requireNonNull(logo);
        Map<String, String> all = new LinkedHashMap<>(WORDING);
        for (var e : wording.entrySet()) {
            if (!WORDING.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown wording key '" + e.getKey() + "'");
            }
            all.put(e.getKey(), Objects.requireNonNull(e.getValue()));
        }
        wording = java.util.Collections.unmodifiableMap(all);
    }

    /** auditpack's own title, marking and wording, without a logo. */
    public static Branding defaults() {
        return new Branding(TITLE, "", CONFIDENTIALITY, "", Map.of());
    }

    /**
     * This branding for a pack of these frameworks: without a subtitle of the organisation's own, the cover names
     * the frameworks by their titles, so a pack of a user's own framework is described as what it is.
     */
    public Branding forFrameworks(List<String> titles) {
        if (!FRAMEWORK_TITLES.equals(wording.get("coverSubtitle")) || titles.isEmpty()) {
            return this;
        }
        Map<String, String> own = new LinkedHashMap<>(wording);
        own.put("coverSubtitle", String.join(TITLE_SEPARATOR, titles));
        return new Branding(title, preparedBy, confidentiality, logo, own);
    }

    /** This branding with another "Prepared by" line. */
    public Branding withPreparer(String who) {
        return new Branding(title, who, confidentiality, logo, wording);
    }

    private static Map<String, String> wording(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
