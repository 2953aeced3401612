package dev.auditpack.emulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Decides, request by request, whether the current {@link FaultPlan} fails it, and counts what it injected. */
final class FaultInjector {

    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
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
    }

    synchronized Optional<Fault> decide(GatewayRequest request) {
        if (plan.kinds().isEmpty() || !plan.covers(request)) {
            return Optional.empty();
        }
        long n = ++eligible;
        Fault fault = null;
        if (plan.everyNth() > 0) {
            if (n % plan.everyNth() == 0) {
                fault = plan.kinds().get((int) ((n / plan.everyNth() - 1) % plan.kinds().size()));
            }
        } else if (random.nextDouble() < plan.rate()) {
            fault = plan.kinds().get(random.nextInt(plan.kinds().size()));
        }
        if (fault != null) {
            injected.get(fault).incrementAndGet();
        }
        return Optional.ofNullable(fault);
    }

    synchronized int serverErrorStatus() {
        return plan.serverErrorStatus();
    }

    Map<Fault, Long> injected() {
        Map<Fault, Long> counts = new EnumMap<>(Fault.class);
        injected.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    void resetCounts() {
        injected.values().forEach(c -> c.set(0));
    }
}
