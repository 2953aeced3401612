package dev.auditpack.report.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.report.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the OSCAL documents of a pack share: the OSCAL version, name-based UUIDs (so the same pack gives the same
 * bytes), identifiers made into OSCAL tokens, properties in auditpack's namespace, and the metadata block.
 */
public final class Oscal {

    /** The OSCAL version the documents follow. */
    public static final String VERSION = "1.1.2";

    /** Namespace of the properties auditpack adds; a URN, so it claims no web address. */
    public static final String NS = "urn:auditpack:oscal";

    /** File names inside the pack. */
    public static final String RESULTS_FILE = "assessment-results.oscal.json";

    public static final String PLAN_FILE = "assessment-plan.oscal.json";

    /** Media type of OSCAL JSON, for links between the documents. */
    static final String MEDIA_TYPE = "application/oscal+json";

    /** Namespace of auditpack's name-based UUIDs (RFC 4122 version 5). */
    private static final UUID NAMESPACE = UUID.fromString("8a0e5f3c-2b7d-4c61-9e3a-5d1f0b6c7a24");

    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

    static final ObjectMapper JSON = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private Oscal() {}

    /** The catalog's file name for a framework id: {@code catalog-iso27001-2022.oscal.json}. */
    public static String catalogFile(String frameworkId) {
        return "catalog-" + frameworkId.replaceAll("[^A-Za-z0-9._-]", "_") + ".oscal.json";
    }

    /**
     * A version 5 UUID from the pack's run and the given names, so every document of one pack names the same thing
     * with the same UUID and a pack built again from the same locker at the same time gives the same bytes.
     */
    static String uuid(ReportModel.Run run, String... names) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16);
            ns.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(ns.array());
            sha1.update((run.runId() + "\u0000" + run.generatedAt()).getBytes(StandardCharsets.UTF_8));
            for (String name : names) {
                sha1.update((byte) 0);
                sha1.update(String.valueOf(name).getBytes(StandardCharsets.UTF_8));
            }
            byte[] h = sha1.digest();
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }

    /**
     * A control id as an OSCAL token: itself when it is one ({@code A.5.15}, {@code CC6.1}); otherwise every character
     * a token may not hold becomes {@code _}, and one that starts with a digit gets a leading {@code _}. The id as
     * the framework writes it stays in the catalog as the control's {@code label}.
     */
    public static String token(String id) {
        if (TOKEN.matcher(id).matches()) {
            return id;
        }
        String t = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return t.isEmpty() || !(Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') ? "_" + t : t;
    }

    /** The id of the control's one statement part, which findings target. */
    public static String statement(String controlId) {
        return token(controlId) + "_smt";
    }

    /** A date-time as OSCAL writes it, to the second, in UTC. */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A property in auditpack's namespace. */
    static ObjectNode prop(String name, Object value) {
        ObjectNode p = JSON.createObjectNode();
        p.put("name", name);
        p.put("ns", NS);
        p.put("value", String.valueOf(value));
        return p;
    }

    /** A link. */
    static ObjectNode link(String href, String rel, String mediaType) {
        ObjectNode l = JSON.createObjectNode();
        l.put("href", href);
        if (rel != null) {
            l.put("rel", rel);
        }
        if (mediaType != null) {
            l.put("media-type", mediaType);
        }
        return l;
    }

    /**
     * The metadata block: title, last-modified (the pack's generation time), version (the run id and generation time,
     * which together name the pack), the OSCAL version, and the organisation as the party the document is prepared
     * for and by (it runs auditpack over its own accounts).
     */
    static ObjectNode metadata(ReportModel.Run run, String title) {
        ObjectNode m = JSON.createObjectNode();
        m.put("title", title);
        m.put("last-modified", time(run.generatedAt()));
        m.put("version", run.runId() + " " + time(run.generatedAt()));
        m.put("oscal-version", VERSION);
        m.putArray("props").add(prop("tool-version", run.toolVersion()));
        if (run.organisation() == null || run.organisation().isBlank()) {
            return m;
        }
        ArrayNode roles = m.putArray("roles");
        roles.addObject().put("id", "prepared-for").put("title", "Prepared for");
        roles.addObject().put("id", "prepared-by").put("title", "Prepared by");
        String party = organisation(run);
        m.putArray("parties")
                .addObject()
                .put("uuid", party)
                .put("type", "organization")
                .put("name", run.organisation());
        ArrayNode responsible = m.putArray("responsible-parties");
        for (String role : new String[] {"prepared-for", "prepared-by"}) {
            ObjectNode r = responsible.addObject().put("role-id", role);
            r.putArray("party-uuids").add(party);
        }
        return m;
    }

    /** The organisation's party UUID. */
    static String organisation(ReportModel.Run run) {
        return uuid(run, "party", "organisation");
    }

    /** Writes {@code {"<root>": body}}, indented, to {@code out}. */
    static void write(String root, ObjectNode body, OutputStream out) throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.set(root, body);
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, doc);
    }
}
