package dev.auditpack.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which requests the gateway fails, and how: every Nth eligible request, or each with probability
 * {@code rate}; the kind cycles through {@code kinds} (every-Nth) or is drawn from them (random).
 *
 * <p>A random plan draws from a {@link java.util.Random} seeded with {@code seed}, in the order requests
 * arrive. A {@linkplain #reproducible reproducible} one draws for each request from the seed, the request's
 * content and how often the same request came before, so concurrent runs of the same collection meet the same
 * faults whatever order their threads reach the gateway in.
 *
 * @param operations {@code service:Operation} keys (e.g. {@code ssm:DescribeInstanceInformation}) eligible for
 *                   faults; empty means every signed request
 * @param serverErrorStatus the status of {@link Fault#SERVER_ERROR}: 500 or 503
 * @param byRequest  draw from each request's content and repetition rather than from arrival order
 * @param delay      how late a {@link Fault#DELAY} answer is
 * @param spared     how many eligible requests pass untouched before the plan applies
 */
public record FaultPlan(
        double rate,
        int everyNth,
        long seed,
        List<Fault> kinds,
        Set<String> operations,
        int serverErrorStatus,
        boolean byRequest,
        Duration delay,
        int spared) {

    private static final Duration DEFAULT_DELAY = Duration.ofMillis(150);

    public FaultPlan {
        kinds = List.copyOf(kinds);
        operations = Set.copyOf(operations);
        Objects.requireNonNull(delay, "delay");
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("fault rate must be within [0, 1]: " + rate);
        }
        if (everyNth < 0) {
            throw new IllegalArgumentException("everyNth must not be negative: " + everyNth);
        }
        if ((rate > 0 || everyNth > 0) && kinds.isEmpty()) {
            throw new IllegalArgumentException("a fault plan that fails requests needs at least one fault kind");
        }
        if (serverErrorStatus != 500 && serverErrorStatus != 503) {
            throw new IllegalArgumentException("server error status must be 500 or 503: " + serverErrorStatus);
        }
        if (spared < 0) {
            throw new IllegalArgumentException("spared must not be negative: " + spared);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
    }

    /** No faults. */
    public static FaultPlan none() {
        return new FaultPlan(0, 0, 0, List.of(), Set.of(), 500, false, DEFAULT_DELAY, 0);
    }

    /** Fails each eligible request with probability {@code rate}, reproducibly for a given seed and order. */
    public static FaultPlan random(double rate, long seed, Fault... kinds) {
        return new FaultPlan(rate, 0, seed, List.of(kinds), Set.of(), 500, false, DEFAULT_DELAY, 0);
    }

    /**
     * Fails each eligible request with probability {@code rate}, the same requests for the same seed whatever
     * order they arrive in.
     */
    public static FaultPlan reproducible(double rate, long seed, Fault... kinds) {
        return new FaultPlan(rate, 0, seed, List.of(kinds), Set.of(), 500, true, DEFAULT_DELAY, 0);
    }

    /** Fails the Nth, 2Nth, ... eligible request; {@code every(1, ...)} fails them all. */
    public static FaultPlan every(int n, Fault... kinds) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        return new FaultPlan(0, n, 0, List.of(kinds), Set.of(), 500, false, DEFAULT_DELAY, 0);
    }

    /** The same plan, limited to these {@code service:Operation} keys. */
    public FaultPlan onlyFor(String... keys) {
        return new FaultPlan(rate, everyNth, seed, kinds, Set.of(keys), serverErrorStatus, byRequest, delay, spared);
    }

    /** The same plan, with server errors answered as this status (500 or 503). */
    public FaultPlan withServerErrorStatus(int status) {
        return new FaultPlan(rate, everyNth, seed, kinds, operations, status, byRequest, delay, spared);
    }

    /** The same plan, with {@link Fault#DELAY} answers this late. */
    public FaultPlan withDelay(Duration late) {
        return new FaultPlan(rate, everyNth, seed, kinds, operations, serverErrorStatus, byRequest, late, spared);
    }

    /** The same plan, letting the first {@code n} eligible requests through untouched. */
    public FaultPlan sparing(int n) {
        return new FaultPlan(rate, everyNth, seed, kinds, operations, serverErrorStatus, byRequest, delay, n);
    }

    boolean covers(GatewayRequest request) {
        Objects.requireNonNull(request);
        return request.scope().isPresent() && (operations.isEmpty() || operations.contains(request.key()));
    }
}
