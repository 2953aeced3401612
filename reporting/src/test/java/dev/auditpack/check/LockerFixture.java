package dev.auditpack.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceJson;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.Scope;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a small locker, shaped exactly as the collectors write it, for check and evaluation tests:
 * documents are given as the JSON of their {@code data} object.
 */
public final class LockerFixture {

    public static final String ACCOUNT = "111122223333";
    public static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private final Path dir;
    private final LockerWriter writer;
    private final List<String> regions = new ArrayList<>(List.of("eu-west-1"));
    private String period = "2026-Q4";

    public LockerFixture(Path dir) {
        this.dir = dir;
        this.writer = LockerWriter.create(dir, false);
    }

    public LockerFixture regions(String... names) {
        regions.clear();
        regions.addAll(List.of(names));
        return this;
    }

    public LockerFixture period(String label) {
        period = label;
        return this;
    }

    /** Adds a document; {@code dataJson} is the {@code data} object, single quotes allowed for readability. */
    public LockerFixture doc(String collector, String region, String dataJson) {
        return doc(collector, region, dataJson, AT);
    }

    public LockerFixture doc(String collector, String region, String dataJson, Instant collectedAt) {
        try {
            JsonNode data = EvidenceJson.mapper().readTree(dataJson.replace('\'', '"'));
            writer.write(new EvidenceDocument(1, collector, ACCOUNT, region, collectedAt, List.of(), data, List.of()));
            return this;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that a collector failed entirely for a region. */
    public LockerFixture failed(String collector, String region, String operation, String code) {
        writer.recordError(new CollectionError(
                collector,
                ACCOUNT,
                region,
                operation,
                operation,
                null,
                code,
                403,
                "User is not authorized",
                ErrorCategory.ACCESS_DENIED,
                AT));
        return this;
    }

    public EvidenceSet build() {
        writer.finish(
                "run",
                "test",
                AuditPeriod.parse(period),
                new Scope(List.of(ACCOUNT), regions),
                Optional.empty(),
                AT,
                AT.plusSeconds(60),
                Map.of());
        return EvidenceSet.of(Locker.open(dir));
    }

    /** {@code {"outcome":"OK","response":<json>}} */
    public static String ok(String responseJson) {
        return "{'outcome':'OK','response':" + responseJson + "}";
    }

    public static String absent(String code) {
        return "{'outcome':'ABSENT','errorCode':'" + code + "','httpStatus':404}";
    }

    public static String error(String code) {
        return "{'outcome':'ERROR','errorCode':'" + code + "','httpStatus':403,'message':'denied'}";
    }

    /** Runs a check over the fixture's locker. */
    public static List<Finding> run(Check check, EvidenceSet evidence) {
        List<Finding> out = new ArrayList<>();
        check.evaluate(evidence, out::add);
        return out;
    }
}
