package dev.auditpack.collector.aws.cloudtrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that download, store and parse a day's log files side by side, one pool for the whole process so
 * that many regions at once do not start threads without end. Their results are taken in the order of the files,
 * so what a day records does not depend on which file finished first.
 */
final class FileReads {

    /** Files read at once, over every account and region. */
    static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "cloudtrail-log-reader-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private FileReads() {}

    static <T> Future<T> submit(Callable<T> task) {
        return POOL.submit(task);
    }

    /** The task's result; its own failure is rethrown as it was. */
    static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading CloudTrail log files", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
