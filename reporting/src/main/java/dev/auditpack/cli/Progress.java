package dev.auditpack.cli;

import dev.auditpack.collector.CollectionListener;
import dev.auditpack.collector.Collector;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.Target;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows a collection's progress on one updating line of standard error: accounts, regions, collector runs
 * done and errors so far. Used only when standard error is a terminal; pipelines get a quiet stream.
 */
final class Progress implements CollectionListener {

    private static final long EVERY_MILLIS = 250;

    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final Set<String> accountsSeen = ConcurrentHashMap.newKeySet();
    private volatile int accounts;
    private volatile int regions;
    private volatile int units;
    private volatile long lastPrint;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** A progress line when there is a terminal to show it on, otherwise nothing. */
    static CollectionListener forTerminal(PrintWriter err) {
        return System.console() != null ? new Progress(err) : CollectionListener.NONE;
    }

    @Override
    public void planned(int accounts, int regions, int units) {
        this.accounts = accounts;
        this.regions = regions;
        this.units = units;
        print(true);
    }

    @Override
    public void finished(Collector collector, Target target, int failedCalls) {
        accountsSeen.add(target.account());
        done.incrementAndGet();
        errors.addAndGet(failedCalls);
        print(false);
    }

    @Override
    public void failed(Collector collector, Target target, CollectionError error) {
        accountsSeen.add(target.account());
        done.incrementAndGet();
        errors.incrementAndGet();
        print(false);
    }

    private synchronized void print(boolean force) {
        long now = System.currentTimeMillis();
        boolean last = done.get() >= units;
        if (!force && !last && now - lastPrint < EVERY_MILLIS) {
            return;
        }
        lastPrint = now;
        err.print("\rcollecting: " + accountsSeen.size() + "/" + accounts + " accounts, " + regions + " regions, "
                + done.get() + "/" + units + " collector runs, " + errors.get() + " error(s)   ");
        if (last) {
            err.println();
        }
        err.flush();
    }
}
