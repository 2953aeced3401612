package dev.auditpack.collector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work units on a fixed number of threads while keeping at most {@code perKey} units of the same key
 * (account, region and service: AWS's throttling scope) in flight. A free thread takes the first waiting
 * unit whose key has room, so one throttled service never holds up the others.
 */
final class UnitScheduler<U> {

    private final int threads;
    private final int perKey;
    private final Function<U, String> key;
    private final LinkedList<U> pending;
    private final Map<String, Integer> inFlight = new HashMap<>();

    UnitScheduler(int threads, int perKey, Function<U, String> key, List<U> units) {
        this.threads = threads;
        this.perKey = perKey;
        this.key = key;
        this.pending = new LinkedList<>(units);
    }

    /** Runs every unit; returns when all have finished. A unit's exception is rethrown after the rest ran. */
    void run(Consumer<U> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "collector");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    U unit;
                    while ((unit = next()) != null) {
                        try {
                            work.accept(unit);
                        } finally {
                            done(unit);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a collector run crashed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private synchronized U next() throws InterruptedException {
        while (true) {
            if (pending.isEmpty()) {
                return null;
            }
            for (Iterator<U> it = pending.iterator(); it.hasNext(); ) {
                U unit = it.next();
                String k = key.apply(unit);
                int n = inFlight.getOrDefault(k, 0);
                if (n < perKey) {
                    it.remove();
                    inFlight.put(k, n + 1);
                    return unit;
                }
            }
            wait();
        }
    }

    private synchronized void done(U unit) {
        inFlight.merge(key.apply(unit), -1, Integer::sum);
        notifyAll();
    }
}
