package dev.auditpack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockerTest {

    private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dir;

    private EvidenceIndex writeLocker() {
        LockerWriter w = LockerWriter.create(dir, false);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("GetAccountSummary", OperationResult.ok(JsonNodeFactory.instance.objectNode().put("b", 2).put("a", 1)).toJson());
        w.write(new EvidenceDocument(1, "iam.account_summary", "111122223333", "global", T,
                List.of("iam:GetAccountSummary"), data, List.of()));
        w.recordError(new CollectionError("s3.buckets", "111122223333", "global", "s3:ListBuckets", "s3:ListAllMyBuckets",
                null, "AccessDenied", 403, "denied", ErrorCategory.ACCESS_DENIED, T));
        return w.finish("run-1", "test", AuditPeriod.parse("2026-Q4"), new Scope(List.of("111122223333"), List.of("eu-west-1")),
                Optional.empty(), T, T);
    }

    @Test
    void writesSortedJsonWithTheHashInTheIndex() throws IOException {
        EvidenceIndex index = writeLocker();
        EvidenceEntry entry = index.evidence().get(0);
        Path file = dir.resolve(entry.path());
        assertThat(entry.path()).isEqualTo("raw/111122223333/global/iam.account_summary.json");
        assertThat(Digests.sha256(file)).isEqualTo(entry.sha256());
        String json = Files.readString(file);
        assertThat(json.indexOf("\"a\"")).isLessThan(json.indexOf("\"b\""));
        assertThat(Locker.open(dir).index()).isEqualTo(index);
        assertThat(Locker.open(dir).index().errors()).extracting(CollectionError::errorCode).containsExactly("AccessDenied");
        assertThat(Locker.open(dir).verify()).isEmpty();
        try (var s = Files.walk(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().contains(".tmp-"))).isEmpty();
        }
    }

    @Test
    void verifyNamesChangedMissingAndUnexpectedFiles() throws IOException {
        EvidenceIndex index = writeLocker();
        Path file = dir.resolve(index.evidence().get(0).path());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        Files.writeString(dir.resolve("raw/111122223333/global/planted.json"), "{}");

        List<Discrepancy> found = Locker.open(dir).verify();
        assertThat(found).extracting(Discrepancy::kind, Discrepancy::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Discrepancy.Kind.CHANGED, "raw/111122223333/global/iam.account_summary.json"),
                org.assertj.core.groups.Tuple.tuple(Discrepancy.Kind.UNEXPECTED, "raw/111122223333/global/planted.json"));

        Files.delete(file);
        assertThat(Locker.open(dir).verify()).extracting(Discrepancy::kind).contains(Discrepancy.Kind.MISSING);
    }

    @Test
    void anUnfinishedLockerHasNoIndexAndIsRefused() {
        LockerWriter w = LockerWriter.create(dir, false);
        w.write(new EvidenceDocument(1, "sts.caller_identity", "111122223333", "global", T, List.of(),
                JsonNodeFactory.instance.objectNode(), List.of()));
        assertThatThrownBy(() -> Locker.open(dir)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("index.json") + ": missing: not an evidence locker, or its collection did not finish");
    }

    @Test
    void aCorruptIndexIsNamedWithItsLine() throws IOException {
        writeLocker();
        Files.writeString(dir.resolve("index.json"), "{\n  \"formatVersion\": 1,\n  oops\n}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Locker.open(dir)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("index.json") + ": is not valid JSON")
                .hasMessageContaining("line 3");
    }

    @Test
    void anIndexPointingOutsideTheLockerIsRefused() throws IOException {
        writeLocker();
        String index = Files.readString(dir.resolve("index.json"))
                .replace("raw/111122223333/global/iam.account_summary.json", "../../etc/passwd");
        Files.writeString(dir.resolve("index.json"), index);
        assertThatThrownBy(() -> Locker.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("not a plain path under raw/");
    }

    @Test
    void aNewerFormatIsRefusedClearly() throws IOException {
        writeLocker();
        String index = Files.readString(dir.resolve("index.json")).replace("\"formatVersion\" : 1", "\"formatVersion\" : 9");
        Files.writeString(dir.resolve("index.json"), index);
        assertThatThrownBy(() -> Locker.open(dir)).hasMessageContaining("uses locker format 9");
    }

    @Test
    void anExistingLockerIsNotOverwrittenUnlessAsked() {
        writeLocker();
        assertThatThrownBy(() -> LockerWriter.create(dir, false)).isInstanceOf(InputException.class)
                .hasMessageContaining("already contains files");
        LockerWriter.create(dir, true);
        assertThat(dir.resolve("index.json")).doesNotExist();
    }

    @Test
    void evidenceThatIsNotJsonIsNamed() throws IOException {
        EvidenceIndex index = writeLocker();
        Path file = dir.resolve(index.evidence().get(0).path());
        Files.writeString(file, "<html>not json</html>");
        Locker locker = Locker.open(dir);
        assertThatThrownBy(() -> locker.read(index.evidence().get(0))).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": is not valid evidence JSON");
    }
}
