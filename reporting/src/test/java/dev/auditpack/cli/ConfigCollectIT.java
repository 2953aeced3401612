package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.docs.JsonSchemas;
import dev.auditpack.emulator.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collect --config} against moto: the locker goes where the file says, with the file's period and regions,
 * a flag replacing one of them, and its failOn; the index it writes is valid against docs/schemas/index.schema.json.
 */
@ExtendWith(MotoServer.class)
class ConfigCollectIT {

    @TempDir
    Path dir;

    @Test
    void collectTakesTheFileAndAFlagWins() throws IOException {
        MotoServer.get().reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        Path config = Files.writeString(
                dir.resolve("auditpack.yaml"), """
                scope:
                  regions: [us-east-1, eu-west-1]
                period: 2026-10-01..2026-11-30
                collection:
                  maxAttempts: 1
                  concurrency: 4
                  endpointUrl: %s
                output:
                  evidence: lockers/q4
                failOn: [collection-errors]
                """.formatted(MotoServer.get().endpoint()));
        Cli collect = Cli.run("collect", "--config", config.toString(), "--regions", "us-east-1");
        Path locker = dir.resolve("lockers/q4");
        assertThat(collect.out()).contains("Evidence locker written to " + locker);
        JsonNode index =
                new ObjectMapper().readTree(locker.resolve("index.json").toFile());
        assertThat(index.at("/scope/regions").toString()).isEqualTo("[\"us-east-1\"]");
        assertThat(index.at("/period/label").asText()).isEqualTo("2026-10-01..2026-11-30");
        assertThat(index.at("/evidence").size()).isPositive();
        // moto lacks some calls, so there are collection errors, and the file's failOn makes them exit 4.
        assertThat(index.at("/errors").size()).isPositive();
        assertThat(collect.exit()).as(collect.err()).isEqualTo(ExitCodes.COLLECTION_ERRORS);
        assertThat(JsonSchemas.problems("index.schema.json", index)).isEmpty();
    }
}
