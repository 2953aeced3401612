package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.LockerFixture;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as its own process, for what only a process shows: signals, the heap, the working directory. */
class CliProcessIT {

    @TempDir
    Path dir;

    /** A short-lived child: the client compiler alone and the shared class archive start it sooner. */
    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto");

    private static Process start(Path workDir, Path log, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(QUICK_START);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(jvm);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> staged(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().contains(".auditpack-staging-"))
                    .map(Path::toString)
                    .toList();
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            return List.of();
        }
    }

    @Test
    void ctrlCRemovesTheStagingFolderAndTemporaryFiles() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path out = dir.resolve("pack");
        Process child = start(
                dir, dir.resolve("child.log"), List.of("-Djava.io.tmpdir=" + tmp), "demo", "--out", out.toString());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (child.isAlive()
                && Instant.now().isBefore(deadline)
                && staged(out).stream().noneMatch(p -> p.endsWith("results.json"))) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive())
                .as(Files.readString(dir.resolve("child.log")))
                .isTrue();
        assertThat(names(tmp))
                .as("findings and the demo locker are spooled while the pack is written")
                .anyMatch(n -> n.startsWith("auditpack-"));
        // SIGTERM runs the same shutdown hooks as Ctrl-C's SIGINT; SIGINT itself is ignored by a JVM whose
        // parent started it in the background (as a build run with nohup or from a CI script may), so the
        // test would depend on how it was launched.
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(child.pid()))
                        .start()
                        .waitFor())
                .isZero();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("stopped, not finished").isNotZero();
        assertThat(staged(out)).isEmpty();
        assertThat(names(out)).doesNotContain(".auditpack.lock", "evidence-pack.zip");
        assertThat(names(tmp)).noneMatch(n -> n.startsWith("auditpack-"));
    }

    @Test
    void runningOutOfMemoryNamesTheInputAndTheHeapFlag() throws Exception {
        Path locker = Files.createDirectories(dir.resolve("locker/raw"));
        Path index = dir.resolve("locker/index.json");
        try (var w = Files.newBufferedWriter(index)) {
            w.write("{\"formatVersion\": 1, \"padding\": [");
            String item = "\"" + "x".repeat(1000) + "\"";
            for (int i = 0; i < 60_000; i++) {
                w.write((i == 0 ? "" : ",") + item);
            }
            w.write("]}");
        }
        Path log = dir.resolve("child.log");
        Process child = start(
                dir, log, List.of("-Xmx64m"), "verify", dir.resolve("locker").toString());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(log);
        assertThat(child.exitValue()).as(printed).isEqualTo(2);
        assertThat(printed.lines())
                .as(printed)
                .singleElement()
                .asString()
                .contains("out of memory", "64 MiB", index.toString(), "-Xmx")
                .doesNotContain("Exception");
    }

    @Test
    void aFileTheSystemWillNotLetGrowIsNamedAndNothingIsLeft() throws Exception {
        Path locker = dir.resolve("evidence");
        new LockerFixture(locker)
                .doc(
                        "iam.account_summary",
                        "global",
                        "{'GetAccountSummary':{'outcome':'OK'," + "'response':{'SummaryMap':{'AccountMFAEnabled':1}}}}")
                .build();
        Path out = dir.resolve("pack");
        Path log = dir.resolve("child.log");
        // As a full disk does, the system refuses to let any file grow past 16 KiB (ulimit -f), and says why.
        List<String> command = new ArrayList<>(List.of(
                "bash",
                "-c",
                "ulimit -f 16; exec \"$@\"",
                "limited",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                QUICK_START.get(0),
                QUICK_START.get(1),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "report",
                "--evidence",
                locker.toString(),
                "--out",
                out.toString()));
        Process child = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(log);
        assertThat(child.exitValue()).as(printed).isEqualTo(2);
        assertThat(printed.lines())
                .as(printed)
                .singleElement()
                .asString()
                .startsWith("auditpack: " + out)
                .contains("cannot be written", "File too large")
                .doesNotContain("Exception");
        assertThat(out).as("nothing is left of the pack").doesNotExist();
    }

    @Test
    void manualDotReadsTheDocumentsOfTheWorkingFolderAndNothingElse() throws Exception {
        Path locker = dir.resolve("evidence");
        new LockerFixture(locker)
                .doc(
                        "iam.account_summary",
                        "global",
                        "{'GetAccountSummary':{'outcome':'OK'," + "'response':{'SummaryMap':{'AccountMFAEnabled':1}}}}")
                .build();
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("policy.md"), "# Information security policy\n");
        Files.writeString(work.resolve("policy.evidence.yaml"), """
                title: Information security policy
                file: policy.md
                controls: [A.5.1]
                owner: ciso@example.com
                date: 2026-09-01
                """);
        Files.writeString(work.resolve("notes.txt"), "other things live here too");
        Files.createDirectories(work.resolve(".git"));
        Files.writeString(work.resolve(".git/broken.evidence.yaml"), "not: [metadata");
        // An earlier pack in the same folder holds copies of the metadata; they are not read twice.
        Files.createDirectories(work.resolve("pack/manual"));
        Files.writeString(work.resolve("pack/manual/policy.evidence.yaml"), "title: [broken copy");
        // A one-page template: what is tested here is which documents are read, not the report.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(
                templates.resolve("report.ftl"),
                "<html><head><title>t</title>" + HostileInputCliTest.FONT
                        + "</head><body><p>${model.run.organisation}</p></body></html>");
        Path log = dir.resolve("child.log");
        Process child = start(
                work,
                log,
                List.of(),
                "report",
                "--evidence",
                locker.toString(),
                "--out",
                "pack",
                "--manual",
                ".",
                "--force",
                "--templates",
                templates.toString());
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        JsonNode results = PackReaders.results(work.resolve("pack/results.json"));
        assertThat(results.get("manualEvidence"))
                .singleElement()
                .satisfies(m -> assertThat(m.toString()).contains("policy.md"));
        assertThat(work.resolve("pack/manual/policy.md")).hasContent("# Information security policy\n");
    }
}
