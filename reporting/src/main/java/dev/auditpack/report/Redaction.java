package dev.auditpack.report;

import dev.auditpack.check.Finding;
import dev.auditpack.evaluation.Findings;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A report model for pasting into tickets: a copy in which every text, the findings included as they stream,
 * has its AWS account ids and IP addresses replaced by pseudonyms ({@link Masking}). Every writer then works
 * from the copy, so the PDF, the workbook, {@code results.json} and the ticket summary agree on the
 * pseudonyms. The locker is never touched.
 *
 * <p>The copy is made by walking the model's records, so a text field added to the model later is masked
 * without anyone having to remember it; a field of a type the walk does not know stops the pack instead of
 * slipping through.
 */
public final class Redaction {

    private final Masking masking;
    private final ReportModel source;

    private Redaction(ReportModel source, Identities identities) {
        this.source = source;
        this.masking = new Masking(source.run().accounts().stream().sorted().toList(), identities);
    }

    /**
     * The model with account ids ({@code acct-1}, … for the accounts in scope, in sorted order, then others
     * as they appear) and IP addresses ({@code private-ip-N}, {@code public-ip-N}) masked, and marked redacted.
     */
    public static ReportModel apply(ReportModel model) {
        return of(model, Identities.NONE).apply();
    }

    /**
     * A redaction of {@code model} that also replaces the given user names, session names, e-mail addresses and
     * people's names; {@link #apply()} gives the masked model, {@link #text(String)} masks any other text of the
     * same pack with the same pseudonyms.
     */
    public static Redaction of(ReportModel model, Identities identities) {
        return new Redaction(model, identities);
    }

    /** The masked copy of the model, marked redacted. */
    public ReportModel apply() {
        return (ReportModel) copy(source);
    }

    /** Any text of the pack outside the model (a signer's name), masked as the model is. */
    public String text(String text) {
        return masking.mask(text);
    }

    private Object copy(Object value) {
        if (value == null
                || value instanceof Enum<?>
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof TemporalAccessor
                || value instanceof byte[]) {
            return value;
        }
        if (value instanceof String text) {
            return masking.mask(text);
        }
        if (value instanceof Findings findings) {
            return new MaskedFindings(findings);
        }
        if (value instanceof ReportModel.Run run) {
            return run((ReportModel.Run) record(run));
        }
        if (value instanceof Record record) {
            return record(record);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Set<?> set) {
            Set<Object> out = new LinkedHashSet<>();
            set.forEach(v -> out.add(copy(v)));
            return Collections.unmodifiableSet(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(copy(k), copy(v)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(this::copy);
        }
        throw new IllegalStateException("redaction cannot mask a "
                + value.getClass().getName() + " in the report model; teach Redaction about it");
    }

    /** A copy of the record with every component copied, through its canonical constructor. */
    private Record record(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = copy(accessor.invoke(record));
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot copy a " + record.getClass().getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy a " + record.getClass().getSimpleName(), e);
        }
    }

    /** The run (already masked), marked redacted. */
    private static ReportModel.Run run(ReportModel.Run r) {
        return new ReportModel.Run(
                r.organisation(),
                r.periodLabel(),
                r.periodStart(),
                r.periodEnd(),
                r.accounts(),
                r.regions(),
                r.callerArn(),
                r.runId(),
                r.collectedFrom(),
                r.collectedTo(),
                r.generatedAt(),
                r.toolVersion(),
                r.collectedWith(),
                r.findingsPerCheck(),
                true);
    }

    /** A finding with its texts masked; findings stream by the million, so this is done without reflection. */
    Finding mask(Finding f) {
        return new Finding(
                f.checkId(),
                f.status(),
                masking.mask(f.account()),
                masking.mask(f.region()),
                masking.mask(f.resource()),
                masking.mask(f.reason()),
                f.evidence().stream().map(masking::mask).toList());
    }

    /** The findings of the model, masked one by one as a writer reads them. */
    private final class MaskedFindings implements Findings {

        private final Findings source;

        MaskedFindings(Findings source) {
            this.source = source;
        }

        @Override
        public void forEach(String checkId, Consumer<Finding> action) {
            source.forEach(checkId, f -> action.accept(mask(f)));
        }

        @Override
        public List<Finding> sample(String checkId, int limit) {
            return source.sample(checkId, limit).stream()
                    .map(Redaction.this::mask)
                    .toList();
        }
    }
}
