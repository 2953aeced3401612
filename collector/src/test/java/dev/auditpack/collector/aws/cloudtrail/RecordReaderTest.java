package dev.auditpack.collector.aws.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.emulator.CloudTrailRecords;
import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.evidence.aws.Populations;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming record reader (log files) and the tree reader (LookupEvents) make the same population event. */
class RecordReaderTest {

    private static final String ACCOUNT = "123456789012";

    private static PopulationEvent streamed(ObjectNode record) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(new ObjectMapper().writeValueAsBytes(record))) {
            p.nextToken();
            return RecordReader.read(p, "raw/x/log-a.json.gz", "ab".repeat(32));
        }
    }

    @Test
    void bothReadersAgreeOnEveryMemberAndTheClassification() throws IOException {
        List<ObjectNode> records = List.of(
                CloudTrailRecords.event(
                        ACCOUNT,
                        "us-east-1",
                        "2026-10-01T09:00:00Z",
                        "iam.amazonaws.com",
                        "AddUserToGroup",
                        "admin",
                        "{\"userName\":\"alice\",\"groupName\":\"admins\",\"x\":{\"y\":1}}"),
                CloudTrailRecords.rootConsoleLogin(ACCOUNT, "2026-10-02T07:00:00Z"),
                CloudTrailRecords.event(
                        ACCOUNT,
                        "eu-west-1",
                        "2026-10-03T10:00:00Z",
                        "ec2.amazonaws.com",
                        "DescribeInstances",
                        "monitor",
                        "{\"filterSet\":{\"items\":[]}}"));
        for (ObjectNode r : records) {
            PopulationEvent fromTree = PopulationEvent.of(r, "raw/x/log-a.json.gz", "ab".repeat(32));
            assertThat(streamed(r)).isEqualTo(fromTree);
        }
        PopulationEvent root = streamed(records.get(1));
        assertThat(root.mfaUsed()).isEqualTo("No");
        assertThat(Populations.of(root))
                .extracting(Populations.Population::id)
                .containsExactly("root-activity", "console-sign-in-without-mfa");
        assertThat(streamed(records.get(0)).target()).isEqualTo("userName=alice groupName=admins");
        assertThat(Populations.of(streamed(records.get(2)))).isEmpty();
    }

    @Test
    void dataEventsAreSkippedAndARecordWithoutIdIsRefused() throws IOException {
        assertThat(streamed(CloudTrailRecords.dataEvent(ACCOUNT, "us-east-1", "2026-10-01T09:00:00Z")))
                .isNull();
        ObjectNode noId = CloudTrailRecords.event(
                ACCOUNT, "us-east-1", "2026-10-01T09:00:00Z", "iam.amazonaws.com", "CreateUser", "a", null);
        noId.remove("eventID");
        assertThatThrownBy(() -> streamed(noId)).hasMessageContaining("eventID");
    }
}
