package dev.auditpack.report.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.auditpack.check.Finding;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Grade;
import dev.auditpack.evaluation.period.Timeline;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.report.ReportModel;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code results.json} (format documented in {@code docs/results-format.md}) from the report model.
 * The document is streamed: findings are written one by one as the model yields them.
 */
public final class ResultsWriter {

    /** Version of the results format; raised when a field changes meaning or disappears. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private ResultsWriter() {}

    public static void write(ReportModel model, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeFieldName("run");
            JSON.writeValue(g, model.run());
            g.writeArrayFieldStart("frameworks");
            for (ReportModel.FrameworkSection fw : model.frameworks()) {
                writeFramework(g, fw);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("checks");
            for (ReportModel.CheckRow check : model.checks()) {
                writeCheck(g, model, check);
            }
            g.writeEndArray();
            g.writeFieldName("attestations");
            JSON.writeValue(g, model.attestations());
            g.writeFieldName("evidence");
            JSON.writeValue(g, model.evidence());
            g.writeFieldName("attachments");
            JSON.writeValue(g, model.attachments());
            g.writeArrayFieldStart("errors");
            for (CollectionError e : model.errors()) {
                JSON.writeValue(g, e);
            }
            g.writeEndArray();
            g.writeFieldName("manualEvidence");
            JSON.writeValue(g, model.manual());
            g.writeFieldName("exceptions");
            JSON.writeValue(g, model.exceptions());
            g.writeFieldName("responsibilityProfile");
            JSON.writeValue(g, model.profile());
            // The audit's scope, with the scope statement and system description beside it under "system".
            com.fasterxml.jackson.databind.node.ObjectNode scope = JSON.valueToTree(model.scope());
            scope.set("system", JSON.valueToTree(model.system()));
            g.writeFieldName("scope");
            JSON.writeTree(g, scope);
            if (!model.populations().isEmpty()) {
                g.writeFieldName("populations");
                JSON.writeValue(g, model.populations());
            }
            if (!model.operations().isEmpty()) {
                g.writeFieldName("operations");
                JSON.writeValue(g, model.operations());
            }
            if (model.comparison().isPresent()) {
                g.writeFieldName("comparison");
                JSON.writeValue(g, model.comparison().get());
            }
            if (!model.imports().isEmpty()) {
                g.writeFieldName("imports");
                JSON.writeTree(g, dev.auditpack.report.json.ImportsJson.of(JSON, model.imports()));
            }
            writeTimeline(g, model.timeline());
            g.writeEndObject();
        }
    }

    /** The timeline over a series' snapshots, or null for a pack of one locker; rows are written one by one. */
    private static void writeTimeline(JsonGenerator g, java.util.Optional<Timeline> timeline) throws IOException {
        g.writeFieldName("timeline");
        if (timeline.isEmpty()) {
            g.writeNull();
            return;
        }
        Timeline t = timeline.get();
        g.writeStartObject();
        g.writeStringField("cadence", t.cadence());
        g.writeStringField("allowedGap", t.allowedGap());
        g.writeStringField("periodLabel", t.periodLabel());
        g.writeFieldName("periodStart");
        JSON.writeValue(g, t.periodStart());
        g.writeFieldName("periodEnd");
        JSON.writeValue(g, t.periodEnd());
        g.writeFieldName("snapshots");
        JSON.writeValue(g, t.snapshots());
        g.writeFieldName("coverage");
        JSON.writeValue(g, t.coverage());
        g.writeArrayFieldStart("controls");
        for (var c : t.controls()) {
            JSON.writeValue(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (var r : t.rows()) {
            JSON.writeValue(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFramework(JsonGenerator g, ReportModel.FrameworkSection fw) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", fw.id());
        g.writeStringField("title", fw.title());
        g.writeStringField("shortName", fw.shortName());
        g.writeStringField("version", fw.version());
        g.writeStringField("itemName", fw.itemName());
        g.writeNumberField("outOfScope", fw.outOfScope());
        g.writeStringField("attestationNote", fw.attestationNote());
        g.writeObjectFieldStart("counts");
        for (ControlStatus s : ControlStatus.values()) {
            g.writeNumberField(s.name(), fw.counts().getOrDefault(s, 0));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("grades");
        for (Grade grade : Grade.values()) {
            g.writeNumberField(grade.name(), fw.gradeCount(grade.name()));
        }
        g.writeEndObject();
        g.writeFieldName("controls");
        JSON.writeValue(g, fw.controls());
        if (!fw.soa().isEmpty()) {
            g.writeFieldName("soaApproval");
            JSON.writeValue(g, fw.soaHeader().approval());
            g.writeObjectFieldStart("riskRegister");
            g.writeFieldName("risks");
            JSON.writeValue(g, fw.soaHeader().risks());
            g.writeFieldName("requirements");
            JSON.writeValue(g, fw.soaHeader().requirements());
            g.writeEndObject();
            g.writeFieldName("statementOfApplicability");
            JSON.writeValue(g, fw.soa());
        }
        g.writeEndObject();
    }

    private static void writeCheck(JsonGenerator g, ReportModel model, ReportModel.CheckRow check) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", check.id());
        g.writeStringField("title", check.title());
        g.writeStringField("severity", check.severity());
        g.writeStringField("rationale", check.rationale());
        g.writeStringField("remediation", check.remediation());
        g.writeStringField("status", check.status());
        g.writeObjectFieldStart("counts");
        g.writeNumberField("PASS", check.pass());
        g.writeNumberField("FAIL", check.fail());
        g.writeNumberField("GAP", check.gap());
        g.writeNumberField("NOT_APPLICABLE", check.notApplicable());
        g.writeNumberField("ACCEPTED", check.accepted());
        g.writeEndObject();
        g.writeFieldName("controls");
        JSON.writeValue(g, check.controls());
        g.writeFieldName("procedure");
        JSON.writeValue(g, check.procedure().orElse(null));
        g.writeArrayFieldStart("findings");
        try {
            model.findings().forEach(check.id(), f -> {
                try {
                    writeFinding(g, f, check.severity());
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
            });
        } catch (WriteFailure e) {
            // Only this writer's own failures; the store's read errors pass on as they are, naming their file.
            throw e.io;
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f, String severity) throws IOException {
        g.writeStartObject();
        g.writeStringField("status", f.status().name());
        g.writeStringField("severity", severity);
        g.writeStringField("account", f.account());
        g.writeStringField("region", f.region());
        g.writeStringField("resource", f.resource());
        g.writeStringField("reason", f.reason());
        g.writeArrayFieldStart("evidence");
        for (String p : f.evidence()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Carries this writer's IOException out of a finding callback. */
    private static final class WriteFailure extends RuntimeException {
        private final IOException io;

        WriteFailure(IOException io) {
            super(io);
            this.io = io;
        }
    }
}
