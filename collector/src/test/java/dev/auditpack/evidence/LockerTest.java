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
import java.util.Map;
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
        data.set(
                "GetAccountSummary",
                OperationResult.ok(JsonNodeFactory.instance
                                .objectNode()
                                .put("b", 2)
                                .put("a", 1))
                        .toJson());
        w.write(new EvidenceDocument(
                1,
                "iam.account_summary",
                "111122223333",
                "global",
                T,
                List.of("iam:GetAccountSummary"),
                data,
                List.of()));
        w.recordError(new CollectionError(
                "s3.buckets",
                "111122223333",
                "global",
                "s3:ListBuckets",
                "s3:ListAllMyBuckets",
                null,
                "AccessDenied",
                403,
                "denied",
                ErrorCategory.ACCESS_DENIED,
                T));
        return w.finish(
                "run-1",
                "test",
                AuditPeriod.parse("2026-Q4"),
                new Scope(List.of("111122223333"), List.of("eu-west-1")),
                Optional.empty(),
                T,
                T,
                Map.of());
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
        assertThat(Locker.open(dir).index().errors())
                .extracting(CollectionError::errorCode)
                .containsExactly("AccessDenied");
        assertThat(Locker.open(dir).verify()).isEmpty();
        try (var s = Files.walk(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().contains(".tmp-")))
                    .isEmpty();
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
        assertThat(found)
                .extracting(Discrepancy::kind, Discrepancy::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Discrepancy.Kind.CHANGED, "raw/111122223333/global/iam.account_summary.json"),
                        org.assertj.core.groups.Tuple.tuple(
                                Discrepancy.Kind.UNEXPECTED, "raw/111122223333/global/planted.json"));

        Files.delete(file);
        assertThat(Locker.open(dir).verify()).extracting(Discrepancy::kind).contains(Discrepancy.Kind.MISSING);
    }

    private static final String ACCOUNT = "111122223333";
    private static final byte[] PDF = "%PDF-1.7\nreport body\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private EvidenceDocument docOf(String collector) {
        return new EvidenceDocument(
                1, collector, ACCOUNT, "global", T, List.of(), JsonNodeFactory.instance.objectNode(), List.of());
    }

    private AttachmentEntry attach(LockerWriter w, String collector, String name) throws IOException {
        return w.attach(collector, ACCOUNT, "global", name, "application/pdf", "AWS SOC 2 Type 2 Report", true, PDF);
    }

    private EvidenceIndex finish(LockerWriter w) {
        return w.finish(
                "run-1",
                "test",
                AuditPeriod.parse("2026-Q4"),
                new Scope(List.of(ACCOUNT), List.of("eu-west-1")),
                Optional.empty(),
                T,
                T,
                Map.of());
    }

    @Test
    void attachmentsAreListedWithTheirHashAndVerified() throws IOException {
        LockerWriter w = LockerWriter.create(dir, false);
        AttachmentEntry a = attach(w, "artifact.report_documents", "report-0000000000000001-v3.pdf");
        w.write(docOf("artifact.report_documents"));
        EvidenceIndex index = finish(w);

        assertThat(a.path())
                .isEqualTo("raw/111122223333/global/artifact.report_documents/report-0000000000000001-v3.pdf");
        assertThat(a.sha256()).isEqualTo(Digests.sha256(PDF));
        assertThat(a.size()).isEqualTo(PDF.length);
        assertThat(Files.readAllBytes(dir.resolve(a.path()))).isEqualTo(PDF);
        assertThat(index.attachments()).containsExactly(a);
        assertThat(Files.readString(dir.resolve("index.json")))
                .contains("\"attachments\"")
                .contains("\"confidential\" : true");
        Locker locker = Locker.open(dir);
        assertThat(locker.index()).isEqualTo(index);
        assertThat(locker.verify()).isEmpty();

        byte[] changed = PDF.clone();
        changed[3] ^= 1;
        Files.write(dir.resolve(a.path()), changed);
        assertThat(Locker.open(dir).verify())
                .extracting(Discrepancy::kind, Discrepancy::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Discrepancy.Kind.CHANGED, a.path()));
        Files.delete(dir.resolve(a.path()));
        assertThat(Locker.open(dir).verify())
                .extracting(Discrepancy::kind, Discrepancy::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Discrepancy.Kind.MISSING, a.path()));
    }

    @Test
    void aLockerWithoutAttachmentsHasNoAttachmentsSection() throws IOException {
        writeLocker();
        assertThat(Files.readString(dir.resolve("index.json"))).doesNotContain("attachments");
        assertThat(Locker.open(dir).index().attachments()).isEmpty();
    }

    @Test
    void attachmentsOfARunThatWroteNoEvidenceAreDeleted() throws IOException {
        LockerWriter w = LockerWriter.create(dir, false);
        AttachmentEntry discarded = attach(w, "artifact.report_documents", "a.pdf");
        w.discardAttachments("artifact.report_documents", ACCOUNT, "global");
        AttachmentEntry leftOver = attach(w, "other.documents", "b.pdf");
        EvidenceIndex index = finish(w);

        assertThat(dir.resolve(discarded.path())).doesNotExist();
        assertThat(dir.resolve(leftOver.path())).doesNotExist();
        assertThat(index.attachments()).isEmpty();
        assertThat(Locker.open(dir).verify()).isEmpty();
    }

    @Test
    void anAttachmentNameMustBeAPlainFileName() {
        LockerWriter w = LockerWriter.create(dir, false);
        assertThatThrownBy(() -> attach(w, "artifact.report_documents", "../escape.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resumingRedoesACollectorRunThatStoredAttachments() throws IOException {
        LockerWriter w = LockerWriter.create(dir, false);
        w.writePlan(java.util.Map.of("plan", 1));
        AttachmentEntry a = attach(w, "artifact.report_documents", "a.pdf");
        w.write(docOf("artifact.report_documents"));
        w.write(docOf("iam.account_summary"));
        // killed here: no index

        LockerWriter resumed = LockerWriter.resume(dir);
        assertThat(resumed.has("iam.account_summary", ACCOUNT, "global")).isTrue();
        assertThat(resumed.has("artifact.report_documents", ACCOUNT, "global")).isFalse();
        assertThat(dir.resolve(a.path())).doesNotExist();
        assertThat(dir.resolve("raw/111122223333/global/artifact.report_documents.json"))
                .doesNotExist();
    }

    @Test
    void anUnfinishedLockerHasNoIndexAndIsRefused() {
        LockerWriter w = LockerWriter.create(dir, false);
        w.write(new EvidenceDocument(
                1,
                "sts.caller_identity",
                "111122223333",
                "global",
                T,
                List.of(),
                JsonNodeFactory.instance.objectNode(),
                List.of()));
        assertThatThrownBy(() -> Locker.open(dir))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("index.json")
                        + ": missing: not an evidence locker, or its collection did not finish");
    }

    @Test
    void aCorruptIndexIsNamedWithItsLine() throws IOException {
        writeLocker();
        Files.writeString(dir.resolve("index.json"), "{\n  \"formatVersion\": 1,\n  oops\n}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Locker.open(dir))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("index.json") + ": is not valid JSON")
                .hasMessageContaining("line 3");
    }

    @Test
    void anIndexPointingOutsideTheLockerIsRefused() throws IOException {
        writeLocker();
        String index = Files.readString(dir.resolve("index.json"))
                .replace("raw/111122223333/global/iam.account_summary.json", "../../etc/passwd");
        Files.writeString(dir.resolve("index.json"), index);
        assertThatThrownBy(() -> Locker.open(dir))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not a plain path under raw/");
    }

    @Test
    void aNewerFormatIsRefusedClearly() throws IOException {
        writeLocker();
        String index =
                Files.readString(dir.resolve("index.json")).replace("\"formatVersion\" : 1", "\"formatVersion\" : 9");
        Files.writeString(dir.resolve("index.json"), index);
        assertThatThrownBy(() -> Locker.open(dir)).hasMessageContaining("uses locker format 9");
    }

    @Test
    void anExistingLockerIsNotOverwrittenUnlessAsked() {
        writeLocker();
        assertThatThrownBy(() -> LockerWriter.create(dir, false))
                .isInstanceOf(InputException.class)
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
        assertThatThrownBy(() -> locker.read(index.evidence().get(0)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": is not valid evidence JSON");
    }
}
