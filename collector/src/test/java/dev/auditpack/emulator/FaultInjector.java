package dev.auditpack.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Decides, request by request, whether the current {@link FaultPlan} fails it, and counts what it injected. */
final class FaultInjector {

    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, AtomicLong> byOperation = new java.util.concurrent.ConcurrentHashMap<>();
    private FaultPlan plan = FaultPlan.none();
    private Random random = new Random(0);
    private long eligible;

    FaultInjector() {
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicLong());
        }
    }

    synchronized void plan(FaultPlan newPlan) {
        plan = newPlan;
        random = new Random(newPlan.seed());
        eligible = 0;
        seen.clear();
    }

    /**
     * The fault to inject into this request, if any; {@code account} (the caller's) is asked only by a
     * reproducible plan. The fault is counted once {@link #injected} says it was injected.
     */
    synchronized Optional<Fault> decide(GatewayRequest request, Supplier<String> account) {
        if (plan.kinds().isEmpty() || !plan.covers(request)) {
            return Optional.empty();
        }
        long n = ++eligible - plan.spared();
        if (n <= 0) {
            return Optional.empty();
        }
        Fault fault = null;
        if (plan.everyNth() > 0) {
            if (n % plan.everyNth() == 0) {
                fault = plan.kinds()
                        .get((int) ((n / plan.everyNth() - 1) % plan.kinds().size()));
            }
        } else if (plan.byRequest()) {
            String content = account.get() + " " + fingerprint(request);
            int repeat = seen.merge(content, 1, Integer::sum);
            SplittableRandom draw = new SplittableRandom(plan.seed() * 31 + content.hashCode() * 17L + repeat);
            if (draw.nextDouble() < plan.rate()) {
                fault = plan.kinds().get(draw.nextInt(plan.kinds().size()));
            }
        } else if (random.nextDouble() < plan.rate()) {
            fault = plan.kinds().get(random.nextInt(plan.kinds().size()));
        }
        return Optional.ofNullable(fault);
    }

    /** Counts a fault the gateway injected into a request for {@code key} ({@code service:Operation}). */
    void injected(Fault fault, String key) {
        injected.get(fault).incrementAndGet();
        byOperation.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Faults injected per {@code service:Operation}, sorted by key. */
    Map<String, Long> byOperation() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        byOperation.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    synchronized int serverErrorStatus() {
        return plan.serverErrorStatus();
    }

    synchronized Duration delay() {
        return plan.delay();
    }

    Map<Fault, Long> injected() {
        Map<Fault, Long> counts = new EnumMap<>(Fault.class);
        injected.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    void resetCounts() {
        injected.values().forEach(c -> c.set(0));
        byOperation.clear();
    }

    /** What the request asks, without what changes between identical calls (signature, date). */
    private static String fingerprint(GatewayRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.method() + " " + request.region() + " " + request.service() + " " + request.rawPath()
                            + "?" + request.rawQuery() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(request.body());
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
