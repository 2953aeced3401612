package dev.auditpack.bench;

import dev.auditpack.cli.Main;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.emulator.SeededOrganisation;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sharded collection against the emulator: a seeded organisation collected once by one process and once by N shard
 * processes at the same time (each a JVM of its own, as each Fargate task is), then merged and reported. Prints each
 * wall time, the merge time and each process's peak heap (the largest heap in use before a garbage collection, read
 * from the JVM's GC log). Run with {@code bench/shards.sh}; not a test.
 *
 * <p>Arguments: {@code accounts regions delayMillis shards}.
 */
public final class ShardsBenchmark {

    private static final List<String> ALL_REGIONS =
            List.of("eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2", "eu-north-1");
    private static final Pattern HEAP = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    private ShardsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int regionCount = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long delay = args.length > 2 ? Long.parseLong(args[2]) : 100;
        int shards = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        String heap = System.getProperty("bench.heap", "512m");
        String regions = String.join(",", ALL_REGIONS.subList(0, regionCount));
        Path work = Files.createTempDirectory("bench-shards-");

        MotoServer moto = MotoServer.get();
        moto.reset();
        List<String> ids = SeededOrganisation.seed(moto, accounts, ALL_REGIONS.subList(0, regionCount));
        try (ArtifactStub artifact = new ArtifactStub();
                EmulatorGateway gateway = EmulatorGateway.overMoto()) {
            artifact.add(new ArtifactStub.Report(
                    "report-aaaaaaaaaaaaaaa2",
                    "AWS ISO/IEC 27001:2022 Certificate",
                    "ISO",
                    "Certifications and Attestations",
                    2,
                    Seed.at("2025-11-07"),
                    Seed.at("2028-11-06"),
                    "PUBLISHED"));
            gateway.attach(artifact);
            String endpoint = gateway.endpoint().toString();
            System.out.printf(
                    "seeded %d accounts x %d regions; %d ms added to every call; %d shards; heap %s per process%n",
                    ids.size(), regionCount, delay, shards, heap);
            List<String> scope = List.of("--regions", regions, "--period", "2026-Q4", "--endpoint-url", endpoint);

            // moto builds each account's and region's backends on first use, slowly and under one lock; a warm-up
            // collection without the delay keeps that out of the measured runs.
            gateway.delay(Duration.ZERO);
            Run warm = start(
                            work,
                            "warm-up",
                            heap,
                            concat(
                                    List.of(
                                            "collect",
                                            "--organization",
                                            "--out",
                                            work.resolve("warm").toString()),
                                    scope))
                    .finish();
            System.out.println("warm-up:           " + warm);
            gateway.delay(Duration.ofMillis(delay));

            Run single = start(
                            work,
                            "single",
                            heap,
                            concat(
                                    List.of(
                                            "collect",
                                            "--organization",
                                            "--out",
                                            work.resolve("single").toString()),
                                    scope))
                    .finish();
            System.out.println("one process:       " + single);

            Path plan = work.resolve("plan.json");
            Run planned = start(
                            work,
                            "plan",
                            heap,
                            concat(
                                    List.of(
                                            "plan",
                                            "--organization",
                                            "--shards",
                                            Integer.toString(shards),
                                            "--out",
                                            plan.toString()),
                                    scope))
                    .finish();
            System.out.println("plan:              " + planned);

            long started = System.nanoTime();
            List<Run> running = new ArrayList<>();
            for (int k = 1; k <= shards; k++) {
                running.add(start(
                        work,
                        "shard-" + k,
                        heap,
                        List.of(
                                "collect",
                                "--plan",
                                plan.toString(),
                                "--shard",
                                k + "/" + shards,
                                "--out",
                                work.resolve("shards/" + k).toString(),
                                "--endpoint-url",
                                endpoint)));
            }
            List<Run> done = new ArrayList<>();
            for (Run r : running) {
                done.add(r.finish());
            }
            long shardsWall = (System.nanoTime() - started) / 1_000_000;
            for (Run r : done) {
                System.out.println(String.format(Locale.ROOT, "%-19s", r.name + ":") + r);
            }
            System.out.printf(Locale.ROOT, "all %d shards:      wall %.1f s%n", shards, shardsWall / 1000.0);

            Run merge = start(
                            work,
                            "merge",
                            heap,
                            List.of(
                                    "merge",
                                    "--plan",
                                    plan.toString(),
                                    "--shards-in",
                                    work.resolve("shards").toString(),
                                    "--out",
                                    work.resolve("merged").toString()))
                    .finish();
            System.out.println("merge:             " + merge);
            Run report = start(
                            work,
                            "report",
                            heap,
                            List.of(
                                    "report",
                                    "--evidence",
                                    work.resolve("merged").toString(),
                                    "--out",
                                    work.resolve("pack").toString()))
                    .finish();
            System.out.println("report (merged):   " + report);
            Run reportSingle = start(
                            work,
                            "report-single",
                            heap,
                            List.of(
                                    "report",
                                    "--evidence",
                                    work.resolve("single").toString(),
                                    "--out",
                                    work.resolve("pack-single").toString()))
                    .finish();
            System.out.println("report (one run):  " + reportSingle);
            List<String> merged = PackReaders.judged(PackReaders.results(work.resolve("pack/results.json")));
            List<String> once = PackReaders.judged(PackReaders.results(work.resolve("pack-single/results.json")));
            boolean same = merged.equals(once);
            System.out.printf(
                    "packs compared:    %s (%d control statuses, check counts and findings)%n",
                    same ? "the same" : "DIFFERENT", once.size());

            System.out.println();
            System.out.println("| measure | value |");
            System.out.println("|---|---|");
            System.out.printf(
                    "| accounts x regions, delay per call | %d x %d, %d ms |%n", ids.size(), regionCount, delay);
            System.out.printf(
                    Locale.ROOT,
                    "| one process: wall, peak heap | %.1f s, %s |%n",
                    single.seconds(),
                    single.peakHeap());
            System.out.printf(
                    Locale.ROOT, "| %d shard processes at once: wall | %.1f s |%n", shards, shardsWall / 1000.0);
            System.out.printf(
                    Locale.ROOT,
                    "| slowest shard: wall, largest peak heap | %.1f s, %d MiB |%n",
                    done.stream().mapToDouble(Run::seconds).max().orElse(0),
                    done.stream().mapToLong(r -> r.peakHeapMiB).max().orElse(0));
            System.out.printf(
                    Locale.ROOT, "| merge: wall, peak heap | %.1f s, %s |%n", merge.seconds(), merge.peakHeap());
            System.out.printf(
                    Locale.ROOT,
                    "| report of the merged locker: wall, peak heap | %.1f s, %s |%n",
                    report.seconds(),
                    report.peakHeap());
            System.out.printf(
                    Locale.ROOT,
                    "| report of the one-run locker: wall, peak heap | %.1f s, %s |%n",
                    reportSingle.seconds(),
                    reportSingle.peakHeap());
            System.out.printf(
                    Locale.ROOT,
                    "| merge + report ÷ %d-shard collection; ÷ one-process collection | %.1f %%; %.1f %% |%n",
                    shards,
                    100.0 * (merge.seconds() + report.seconds()) * 1000 / shardsWall,
                    100.0 * (merge.seconds() + report.seconds()) / single.seconds());
            System.out.printf(
                    "| merged pack = one-run pack (control statuses, check counts, findings) | %s |%n",
                    same ? "yes, " + once.size() + " lines equal" : "**no**");
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                dev.auditpack.scratch.Scratch.delete(work);
            }
        }
        System.exit(0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Run start(Path work, String name, String heap, List<String> args) throws IOException {
        Path gc = work.resolve(name + ".gc.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Xlog:gc:file=" + gc,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("AWS_ACCESS_KEY_ID", "testing");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
        return new Run(name, builder.start(), System.nanoTime(), work, gc);
    }

    /** One child process, and what it cost once it ended. */
    private static final class Run {
        final String name;
        final Process process;
        final long startedNanos;
        final Path work;
        final Path gcLog;
        long wallMillis;
        long peakHeapMiB;

        Run(String name, Process process, long startedNanos, Path work, Path gcLog) {
            this.name = name;
            this.process = process;
            this.startedNanos = startedNanos;
            this.work = work;
            this.gcLog = gcLog;
        }

        Run finish() throws Exception {
            int exit = process.waitFor();
            wallMillis = (System.nanoTime() - startedNanos) / 1_000_000;
            if (exit != 0) {
                throw new IllegalStateException(
                        name + " exited " + exit + ": " + Files.readString(work.resolve(name + ".log")));
            }
            Matcher m = HEAP.matcher(Files.exists(gcLog) ? Files.readString(gcLog) : "");
            while (m.find()) {
                peakHeapMiB = Math.max(peakHeapMiB, Long.parseLong(m.group(1)));
            }
            return this;
        }

        double seconds() {
            return wallMillis / 1000.0;
        }

        String peakHeap() {
            return peakHeapMiB == 0 ? "no collection ran" : peakHeapMiB + " MiB";
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "wall %.1f s, peak heap %s", seconds(), peakHeap());
        }
    }
}
