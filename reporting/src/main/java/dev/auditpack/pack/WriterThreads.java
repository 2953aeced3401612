package dev.auditpack.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Runs the pack's writers side by side, as many at once as what they read allows. */
final class WriterThreads {

    /** Runs each writer on its own thread; daemon threads, so a failed job never keeps the JVM alive. */
    private static final java.util.concurrent.Executor SIDE = task -> {
        Thread thread = new Thread(task, "auditpack-writer");
        thread.setDaemon(true);
        thread.start();
    };

    private WriterThreads() {}

    /**
     * Runs every writer on a thread of its own, each once the files it reads are written (so results.json, which
     * the PDF carries, comes first): the PDF and the workbook read the same model and findings, and each keeps one
     * core busy. Waits for all of them, however they end, so no output is written once the job has failed; then
     * passes on what the first one in the list threw.
     */
    static void run(List<ReportWriter> writers, ReportWriter.Context context) {
        Map<String, CompletableFuture<Void>> running = new LinkedHashMap<>();
        List<ReportWriter> waiting = new ArrayList<>(writers);
        while (!waiting.isEmpty()) {
            ReportWriter next = waiting.stream()
                    .filter(w -> running.keySet().containsAll(w.reads()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the writers of "
                            + waiting.stream().map(ReportWriter::file).toList()
                            + " read files no writer writes, or each other's"));
            waiting.remove(next);
            CompletableFuture<?>[] before =
                    next.reads().stream().map(running::get).toArray(CompletableFuture[]::new);
            running.put(
                    next.file(),
                    CompletableFuture.allOf(before)
                            .thenRunAsync(
                                    () -> {
                                        Path file = context.staged().apply(next.file());
                                        write(file, s -> next.write(context, s));
                                        for (String companion : next.companions(context.model())) {
                                            write(
                                                    context.staged().apply(companion),
                                                    s -> next.writeCompanion(context, companion, s));
                                        }
                                        next.finish(context, file);
                                    },
                                    SIDE));
        }
        // Waited for in the list's order, so the first writer's failure (the PDF's) is the one reported.
        writers.forEach(w -> joinQuietly(running.get(w.file())));
        writers.forEach(w -> join(running.get(w.file())));
    }

    /** Waits for a side task, passing on what it threw as it was thrown. */
    private static void join(CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Waits for a side task to end, however it ends. */
    private static void joinQuietly(CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (RuntimeException e) {
            // reported by join()
        }
    }

    private static void write(Path file, OutputDirectory.Body body) {
        OutputDirectory.write(file, body);
    }
}
