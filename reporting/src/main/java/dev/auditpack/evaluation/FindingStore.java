package dev.auditpack.evaluation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.auditpack.check.Check;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.scratch.Scratch;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every finding of a run. Findings are written to temporary files as they arrive, one per check and
 * status, so millions of them take no heap; counts, the evidence they cite, and the first failing ones
 * of each check stay in memory. Read back in pack order: failures, gaps, accepted, passes, not applicable,
 * each in the order the checks produced them (accounts sorted, resources as the evidence lists them).
 */
public final class FindingStore implements FindingSink, Findings, AutoCloseable {

    /** Order findings are read back in. */
    private static final List<CheckStatus> ORDER = List.of(
            CheckStatus.FAIL, CheckStatus.GAP, CheckStatus.ACCEPTED, CheckStatus.PASS, CheckStatus.NOT_APPLICABLE);

    /** Failing, undecided or accepted findings kept in memory per check, for the PDF and summaries. */
    public static final int SAMPLE = 200;

    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    private final Map<String, Map<CheckStatus, JsonGenerator>> writers = new HashMap<>();
    private final Map<String, long[]> counts = new HashMap<>();
    private final Map<String, TreeSet<String>> evidence = new HashMap<>();
    private final Map<String, List<Finding>> samples = new HashMap<>();
    private final Map<String, Long> acceptances = new HashMap<>();
    private boolean closed;

    public FindingStore() {
        try {
            this.dir = Scratch.directory("auditpack-findings-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for findings", e);
        }
    }

    @Override
    public synchronized void add(Finding f) {
        counts.computeIfAbsent(f.checkId(), k -> new long[CheckStatus.values().length])[
                f.status().ordinal()]++;
        evidence.computeIfAbsent(f.checkId(), k -> new TreeSet<>()).addAll(f.evidence());
        if (f.status() != CheckStatus.PASS && f.status() != CheckStatus.NOT_APPLICABLE) {
            List<Finding> sample = samples.computeIfAbsent(f.checkId(), k -> new ArrayList<>());
            if (sample.size() < SAMPLE) {
                sample.add(f);
            }
        }
        try {
            JsonGenerator g = writer(f.checkId(), f.status());
            g.writeStartObject();
            g.writeStringField("a", f.account());
            g.writeStringField("r", f.region());
            g.writeStringField("id", f.resource());
            g.writeStringField("why", f.reason());
            g.writeArrayFieldStart("ev");
            for (String p : f.evidence()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write findings to " + dir, e);
        }
    }

    private JsonGenerator writer(String check, CheckStatus status) throws IOException {
        Map<CheckStatus, JsonGenerator> byStatus =
                writers.computeIfAbsent(check, k -> new EnumMap<>(CheckStatus.class));
        JsonGenerator g = byStatus.get(status);
        if (g == null) {
            file(check, status).toFile().deleteOnExit();
            g = JSON.createGenerator(
                    new BufferedOutputStream(Files.newOutputStream(file(check, status)), 1 << 14), JsonEncoding.UTF8);
            byStatus.put(status, g);
        }
        return g;
    }

    private Path file(String check, CheckStatus status) {
        return dir.resolve(check + "." + status.name() + ".jsonl");
    }

    /** Notes that an exception accepted one failing finding. */
    public synchronized void accepted(String exemptionId) {
        acceptances.merge(exemptionId, 1L, Long::sum);
    }

    /** How many failing findings an exception accepted. */
    public synchronized long acceptances(String exemptionId) {
        return acceptances.getOrDefault(exemptionId, 0L);
    }

    /** Reads without holding the store: findings are read once evaluation has stopped adding them. */
    @Override
    public void forEach(String checkId, Consumer<Finding> action) {
        synchronized (this) {
            flush(checkId);
        }
        for (CheckStatus status : ORDER) {
            Path file = file(checkId, status);
            if (!Files.exists(file)) {
                continue;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                    JsonParser p = JSON.createParser(in)) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    action.accept(read(p, checkId, status));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read findings from " + file, e);
            }
        }
    }

    @Override
    public synchronized List<Finding> sample(String checkId, int limit) {
        return samples.getOrDefault(checkId, List.of()).stream()
                .sorted(Comparator.comparingInt(f -> ORDER.indexOf(f.status())))
                .limit(limit)
                .toList();
    }

    /** Counts by status for each check, in the order given. */
    public synchronized Map<String, CheckSummary> summarise(List<Check> checks) {
        Map<String, CheckSummary> out = new LinkedHashMap<>();
        for (Check c : checks) {
            long[] n = counts.getOrDefault(c.id(), new long[CheckStatus.values().length]);
            out.put(
                    c.id(),
                    new CheckSummary(
                            c.id(),
                            c.title(),
                            c.severity(),
                            n[CheckStatus.PASS.ordinal()],
                            n[CheckStatus.FAIL.ordinal()],
                            n[CheckStatus.NOT_APPLICABLE.ordinal()],
                            n[CheckStatus.GAP.ordinal()],
                            n[CheckStatus.ACCEPTED.ordinal()]));
        }
        return out;
    }

    /** Locker paths that a check's findings rest on. */
    public synchronized List<String> evidenceOf(String checkId) {
        return List.copyOf(evidence.getOrDefault(checkId, new TreeSet<>()));
    }

    private void flush(String checkId) {
        Map<CheckStatus, JsonGenerator> byStatus = writers.get(checkId);
        if (byStatus == null) {
            return;
        }
        try {
            for (JsonGenerator g : byStatus.values()) {
                g.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush findings", e);
        }
    }

    private static Finding read(JsonParser p, String checkId, CheckStatus status) throws IOException {
        String account = null;
        String region = null;
        String resource = null;
        String reason = null;
        List<String> ev = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "a" -> account = p.getText();
                case "r" -> region = p.getText();
                case "id" -> resource = p.getText();
                case "why" -> reason = p.getText();
                case "ev" -> {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        ev.add(p.getText());
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Finding(checkId, status, account, region, resource, reason, ev);
    }

    /** Deletes the temporary files. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Map<CheckStatus, JsonGenerator> byStatus : writers.values()) {
            for (JsonGenerator g : byStatus.values()) {
                try {
                    g.close();
                } catch (IOException e) {
                    // being deleted anyway
                }
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Scratch.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
