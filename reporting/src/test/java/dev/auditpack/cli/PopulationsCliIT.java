package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.emulator.CloudTrailRecords;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Change populations from collection to pack: {@code run --cloudtrail-events --sample-seed} against moto behind the
 * gateway (whose LookupEvents stub serves recorded-format events), then results.json, the workbook's population
 * sheets with the sampled rows marked (read with POI), the PDF's samples with their seed (PDFBox), and
 * {@code auditpack sample} drawn again by the shell one-liner of docs/populations-and-samples.md.
 */
@ExtendWith(MotoServer.class)
class PopulationsCliIT {

    private static final String SEED = "2026-Q4-audit";
    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final String REGION = "us-east-1";
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(2);
    private static EmulatorGateway gateway;

    @TempDir
    static Path dir;

    @BeforeAll
    static void collectAndReport() {
        MotoServer.get().reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        gateway = new EmulatorGateway(MotoServer.get().endpoint());
        List<JsonNode> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ObjectNode e = CloudTrailRecords.event(
                    ACCOUNT,
                    REGION,
                    DAY + "T10:%02d:00Z".formatted(i),
                    "iam.amazonaws.com",
                    "AttachUserPolicy",
                    "admin",
                    "{\"userName\":\"user-%d\",\"policyArn\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\"}".formatted(i));
            events.add(e);
        }
        events.add(CloudTrailRecords.event(
                ACCOUNT,
                REGION,
                DAY + "T08:00:00Z",
                "iam.amazonaws.com",
                "CreateUser",
                "admin",
                "{\"userName\":\"carol\"}"));
        events.add(CloudTrailRecords.rootConsoleLogin(ACCOUNT, DAY + "T07:00:00Z"));
        gateway.cloudTrail().events(ACCOUNT, REGION, events);
        Cli run = Cli.run(
                "run",
                "--out",
                dir.toString(),
                "--regions",
                REGION,
                "--period",
                DAY.minusDays(1) + ".." + DAY.plusDays(1),
                "--endpoint-url",
                gateway.endpoint().toString(),
                "--max-attempts",
                "1",
                "--cloudtrail-events",
                "--sample-seed",
                SEED,
                "--redact");
        assertThat(run.exit()).as(run.err()).isIn(0);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void resultsJsonHoldsEachPopulationWithCoverageAndItsSeededSample() throws IOException {
        JsonNode pops = PackReaders.results(dir.resolve("results.json")).get("populations");
        assertThat(pops.get("seed").asText()).isEqualTo(SEED);
        assertThat(pops.get("sizesSource").asText()).contains("AICPA");
        assertThat(pops.get("gaps")).isEmpty();
        assertThat(pops.get("coverage")).singleElement().satisfies(c -> {
            assertThat(c.get("what").asText()).isEqualTo("LookupEvents");
            assertThat(c.get("events").asLong()).isEqualTo(14);
        });
        JsonNode granted = population(pops, "access-granted");
        assertThat(granted.get("events").asLong()).isEqualTo(12);
        assertThat(granted.get("controls").get("soc2-2017").toString()).contains("CC6.2", "CC6.3");
        JsonNode sample = granted.get("sample");
        assertThat(sample.get("seed").asText()).isEqualTo(SEED);
        assertThat(sample.get("size").asInt())
                .as("12 grants in 3 days are about 1,460 a year: several times a day, 25 at least, so all 12")
                .isEqualTo(12);
        assertThat(population(pops, "joiners").get("sample").get("items"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("target").asText()).isEqualTo("userName=carol"));
        assertThat(population(pops, "root-activity").get("events").asLong()).isEqualTo(1);

        Cli verify = Cli.run("verify", dir.resolve("evidence-pack.zip").toString());
        assertThat(verify.exit())
                .as("log pages and population files verify with the rest: " + verify.out())
                .isZero();
    }

    @Test
    void theWorkbookHasASheetPerPopulationWithSampledRowsAndAuditorColumns() {
        Map<String, List<List<String>>> book = PackReaders.workbook(dir.resolve("evidence-pack.xlsx"));
        assertThat(book).containsKeys("Populations", "Population coverage", "Pop access-granted", "Pop joiners");
        List<List<String>> granted = book.get("Pop access-granted");
        assertThat(granted.get(0))
                .contains("Sampled", "Sample rank", "Event id", "Auditor tickmark", "Auditor comment");
        assertThat(granted).hasSize(13);
        assertThat(granted.subList(1, 13)).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("Yes"));
        List<List<String>> summary = book.get("Populations");
        assertThat(summary)
                .filteredOn(r -> r.get(0).equals("access-granted"))
                .singleElement()
                .satisfies(r -> assertThat(r).contains(SEED, "12"));
    }

    @Test
    void thePdfListsEachSampleWithItsSeed() {
        String text = PackReaders.pdfText(dir.resolve("evidence-pack.pdf")).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Change populations and samples")
                .contains("Sample of Users and identities created (seed " + SEED + ")")
                .contains("Sample of Root user activity (seed " + SEED + ")");
    }

    @Test
    void aSampleIsDrawnAgainByTheDocumentedShellOneLiner() throws Exception {
        Cli sample = Cli.run(
                "sample",
                dir.toString(),
                "--population",
                "access-granted",
                "--seed",
                SEED,
                "--size",
                "3",
                "--ids-only");
        assertThat(sample.exit()).as(sample.err()).isZero();
        List<String> drawn = sample.out().lines().toList();
        assertThat(drawn).hasSize(3);

        String oneLiner = oneLinerFromDocs();
        Process p = new ProcessBuilder("bash", "-c", oneLiner)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.lines().toList()).as("the one-liner's sample").isEqualTo(drawn);

        Cli withHeader =
                Cli.run("sample", dir.toString(), "--population", "access-granted", "--seed", SEED, "--size", "3");
        assertThat(withHeader.out()).contains("# seed: " + SEED).contains("# events: 12");
        Cli other = Cli.run(
                "sample",
                dir.toString(),
                "--population",
                "access-granted",
                "--seed",
                "another",
                "--size",
                "3",
                "--ids-only");
        assertThat(other.out().lines().toList())
                .as("another seed, another sample")
                .isNotEqualTo(drawn);
    }

    @Test
    void aSinglePopulationFileNeedsASizeAndGivesTheSameSample() throws IOException {
        Path file = dir.resolve(
                "evidence/raw/" + ACCOUNT + "/" + REGION + "/cloudtrail.events/population-access-granted.jsonl");
        assertThat(file).isRegularFile();
        Cli unsized = Cli.run("sample", file.toString(), "--seed", SEED);
        assertThat(unsized.exit()).isEqualTo(2);
        assertThat(unsized.errLines())
                .singleElement()
                .satisfies(l -> assertThat(l).contains("--size"));
        Cli fromFile = Cli.run("sample", file.toString(), "--seed", SEED, "--size", "3", "--ids-only");
        Cli fromPack = Cli.run(
                "sample",
                dir.toString(),
                "--population",
                "access-granted",
                "--seed",
                SEED,
                "--size",
                "3",
                "--ids-only");
        assertThat(fromFile.exit()).as(fromFile.err()).isZero();
        assertThat(fromFile.out()).isEqualTo(fromPack.out()).isNotBlank();
    }

    @Test
    void theRedactedPackListsOnlyTheSampledEventsMasked() throws IOException {
        Path redacted = dev.auditpack.pack.Zips.extract(
                dir.resolve("evidence-pack-redacted.zip"), Files.createTempDirectory("redacted-pack"));
        String json = Files.readString(redacted.resolve("results.json"));
        assertThat(json).contains("\"populations\"").doesNotContain(ACCOUNT);
        Map<String, List<List<String>>> book = PackReaders.workbook(redacted.resolve("evidence-pack.xlsx"));
        List<List<String>> joiners = book.get("Pop joiners");
        assertThat(joiners).hasSize(2);
        assertThat(joiners.get(1).get(0)).isEqualTo("Yes");
        assertThat(joiners.get(1).toString()).doesNotContain(ACCOUNT).contains("acct-");
    }

    @Test
    void aTrailBucketThatIsNoBucketNameIsRefusedBeforeAnyCall() {
        Cli bad = Cli.run("collect", "--out", dir.resolve("never").toString(), "--trail-bucket", "Not_A_Bucket");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().satisfies(l -> assertThat(l).contains("--trail-bucket"));
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void badSampleInputIsOneLineAndExitTwo() {
        Cli unknown = Cli.run("sample", dir.toString(), "--population", "nope", "--seed", SEED);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.errLines())
                .singleElement()
                .satisfies(l -> assertThat(l).contains("--population", "joiners"));
        Cli badSeed = Cli.run("sample", dir.toString(), "--population", "joiners", "--seed", "a b");
        assertThat(badSeed.exit()).isEqualTo(2);
        assertThat(badSeed.errLines())
                .singleElement()
                .satisfies(l -> assertThat(l).contains("--seed"));
        Cli badFrequency =
                Cli.run("sample", dir.toString(), "--population", "joiners", "--seed", SEED, "--frequency", "hourly");
        assertThat(badFrequency.exit()).isEqualTo(2);
        assertThat(badFrequency.errLines())
                .singleElement()
                .satisfies(l -> assertThat(l).contains("--frequency", "daily"));
    }

    /** The one-liner exactly as docs/populations-and-samples.md shows it, with the seed and size of this test. */
    private static String oneLinerFromDocs() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "populations-and-samples.md"));
        int start = doc.indexOf("```sh\n", doc.indexOf("<!-- one-liner -->")) + "```sh\n".length();
        String block = doc.substring(start, doc.indexOf("```", start));
        return block.replace("SEED=2026-Q4-audit", "SEED=" + SEED)
                .replace("N=5", "N=3")
                .replace("POPULATION=joiners", "POPULATION=access-granted");
    }

    private static JsonNode population(JsonNode pops, String id) {
        return StreamSupport.stream(pops.get("populations").spliterator(), false)
                .filter(p -> p.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
