package dev.auditpack.emulator;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the calls the gateway handled, their summed handling time, and calls per {@code service:Operation}. */
public final class GatewayMetrics {

    private final LongAdder calls = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();

    void record(String key, long elapsedNanos) {
        calls.increment();
        nanos.add(elapsedNanos);
        byOperation.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Requests handled, faults and stubs included. */
    public long calls() {
        return calls.sum();
    }

    /** The sum over all requests of the time from receiving one to having answered it (delay + upstream). */
    public Duration handlingTime() {
        return Duration.ofNanos(nanos.sum());
    }

    /** Calls per {@code service:Operation}, e.g. {@code iam:ListUsers}, sorted by key. */
    public Map<String, Long> byOperation() {
        Map<String, Long> counts = new TreeMap<>();
        byOperation.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }

    public void reset() {
        calls.reset();
        nanos.reset();
        byOperation.clear();
    }
}
