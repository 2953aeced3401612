package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.CallRecorder;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloading AWS Artifact report documents through the real SDK, the Artifact stub and a plain HTTP GET:
 * only when asked, once per run, every PDF hashed in the index, and no term token or presigned URL kept.
 */
@ExtendWith(MotoServer.class)
class ArtifactDownloadIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final String DOCUMENTS = "artifact.report_documents";
    private static final ArtifactStub.Report SOC = new ArtifactStub.Report(
            "report-0000000000000001",
            "AWS SOC 2 Type 2 Report",
            "SOC",
            "Certifications and Attestations",
            3,
            Seed.at("2025-10-01"),
            Seed.at("2026-09-30"),
            "PUBLISHED");
    private static final ArtifactStub.Report ISO = new ArtifactStub.Report(
            "report-0000000000000002",
            "AWS ISO/IEC 27001:2022 Certificate",
            "ISO",
            "Certifications and Attestations",
            1,
            Seed.at("2025-11-01"),
            Seed.at("2028-10-31"),
            "PUBLISHED");
    private static final ArtifactStub.Report PCI = new ArtifactStub.Report(
            "report-0000000000000003",
            "AWS PCI DSS Attestation of Compliance",
            "PCI",
            "Certifications and Attestations",
            2,
            Seed.at("2026-01-01"),
            Seed.at("2026-12-31"),
            "PUBLISHED");
    private static ArtifactStub artifact;

    @TempDir
    Path dir;

    private final CallRecorder calls = new CallRecorder();

    @BeforeAll
    static void start() {
        artifact = new ArtifactStub();
    }

    @AfterAll
    static void stop() {
        artifact.close();
    }

    @BeforeEach
    void seed() {
        artifact.clear();
        artifact.add(SOC).add(ISO).add(PCI);
    }

    private EvidenceIndex collect(AwsSettings settings) {
        return collect(settings, ScopeRequest.single(settings.regions()));
    }

    /** Runs both Artifact collectors, as the CLI would: every collector is offered, the settings decide. */
    private EvidenceIndex collect(AwsSettings settings, ScopeRequest scope) {
        List<Collector> artifactCollectors = Collector.all().stream()
                .filter(c -> c.service().equals("artifact"))
                .toList();
        return new CollectionRun(
                        settings.withInterceptors(List.of(calls)),
                        Emulated.credentials(),
                        artifactCollectors,
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"), scope);
    }

    private static AwsSettings downloading(String... series) {
        return Emulated.settings(MOTO, artifact, "us-east-1").withArtifactReportDownloads(List.of(series));
    }

    @Test
    void withoutTheOptionNothingIsAcceptedOrDownloaded() {
        EvidenceIndex index = collect(Emulated.settings(MOTO, artifact, "us-east-1"));

        assertThat(index.errors()).isEmpty();
        assertThat(index.evidence()).extracting(EvidenceEntry::collector).containsExactly("artifact.reports");
        assertThat(index.attachments()).isEmpty();
        assertThat(artifact.requests()).isNotEmpty().allMatch(r -> r.startsWith("GET /v1/report/list"));
        assertThat(calls.calls()).doesNotContain("Artifact:GetTermForReport", "Artifact:GetReport");
        assertThat(artifact.documentsServed()).isZero();
    }

    @Test
    void withTheOptionTheChosenSeriesArriveAsHashedConfidentialAttachments() throws IOException {
        EvidenceIndex index = collect(downloading("SOC", "ISO"));

        assertThat(index.errors()).isEmpty();
        String folder = "raw/123456789012/global/" + DOCUMENTS + "/";
        assertThat(index.attachments())
                .extracting(
                        AttachmentEntry::path,
                        AttachmentEntry::collector,
                        AttachmentEntry::account,
                        AttachmentEntry::mediaType,
                        AttachmentEntry::title,
                        AttachmentEntry::confidential)
                .containsExactly(
                        tuple(
                                folder + "report-0000000000000001-v3.pdf",
                                DOCUMENTS,
                                Emulated.ACCOUNT,
                                "application/pdf",
                                "AWS SOC 2 Type 2 Report",
                                true),
                        tuple(
                                folder + "report-0000000000000002-v1.pdf",
                                DOCUMENTS,
                                Emulated.ACCOUNT,
                                "application/pdf",
                                "AWS ISO/IEC 27001:2022 Certificate",
                                true));
        assertThat(Files.readAllBytes(dir.resolve(index.attachments().get(0).path())))
                .isEqualTo(ArtifactStub.documentOf(SOC));
        assertThat(index.attachments().get(0).sha256()).isEqualTo(Digests.sha256(ArtifactStub.documentOf(SOC)));
        assertThat(index.attachments().get(1).size()).isEqualTo(ArtifactStub.documentOf(ISO).length);
        assertThat(artifact.documentsServed()).as("PCI was not asked for").isEqualTo(2);
        Set<String> declared = Collector.all().stream()
                .flatMap(c -> c.operations().stream())
                .filter(Operation::isReadOnly)
                .map(op -> op.api() + ":" + op.name())
                .collect(Collectors.toSet());
        assertThat(calls.calls())
                .contains("Artifact:GetTermForReport", "Artifact:GetReport")
                .allSatisfy(call -> assertThat(declared).contains(call));

        Locker locker = Locker.open(dir);
        assertThat(locker.verify()).isEmpty();
        EvidenceDocument doc = document(locker);
        assertThat(doc.data().get("Series")).extracting(JsonNode::asText).containsExactly("ISO", "SOC");
        JsonNode soc = doc.data().get("Reports").get(0);
        assertThat(soc.get("id").asText()).isEqualTo(SOC.id());
        assertThat(soc.get("version").asLong()).isEqualTo(3);
        assertThat(soc.get("name").asText()).isEqualTo(SOC.name());
        assertThat(soc.get("periodEnd").asText()).isEqualTo("2026-09-30T00:00:00Z");
        assertThat(soc.get("acceptedAt").asText()).isNotBlank();
        OperationResult stored = OperationResult.from(soc.get("document"));
        assertThat(stored.outcome()).isEqualTo(Outcome.OK);
        assertThat(stored.response().get("path").asText())
                .isEqualTo(index.attachments().get(0).path());
        assertThat(stored.response().get("sha256").asText())
                .isEqualTo(index.attachments().get(0).sha256());
        assertThat(doc.data().get("Reports")).hasSize(2);

        // The term tokens and presigned URLs were credentials for minutes; none may be written anywhere.
        List<String> secrets = artifact.secretsIssued();
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6);
        String stubAddress = artifact.endpoint().getAuthority();
        for (Path file : files(dir)) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            assertThat(text).as(file.toString()).doesNotContain(stubAddress).doesNotContain("X-Amz-Signature");
            secrets.forEach(secret -> assertThat(text).as(file.toString()).doesNotContain(secret));
        }

        Path pdf = dir.resolve(index.attachments().get(1).path());
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length - 3] ^= 1;
        Files.write(pdf, bytes);
        assertThat(Locker.open(dir).verify())
                .extracting(Discrepancy::kind, Discrepancy::path)
                .containsExactly(tuple(
                        Discrepancy.Kind.CHANGED, index.attachments().get(1).path()));
    }

    @Test
    void anExpiredTermTokenIsACollectionErrorAndNoDocument() throws IOException {
        artifact.expireTermTokens();
        EvidenceIndex index = collect(downloading("SOC"));

        assertThat(index.errors()).singleElement().satisfies(e -> {
            assertThat(e.collector()).isEqualTo(DOCUMENTS);
            assertThat(e.operation()).isEqualTo("artifact:GetReport");
            assertThat(e.iamAction()).isEqualTo("artifact:GetReport");
            assertThat(e.resource()).contains(SOC.id());
            assertThat(e.errorCode()).isEqualTo("ValidationException");
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.category()).isEqualTo(ErrorCategory.OTHER);
        });
        assertThat(index.attachments()).isEmpty();
        assertThat(artifact.documentsServed()).isZero();
        Locker locker = Locker.open(dir);
        assertThat(locker.verify()).isEmpty();
        JsonNode soc = document(locker).data().get("Reports").get(0);
        assertThat(soc.has("acceptedAt"))
                .as("AWS refused the token, so no terms were accepted")
                .isFalse();
        assertThat(OperationResult.from(soc.get("document")).errorCode()).isEqualTo("ValidationException");
        assertThat(files(dir)).noneMatch(p -> p.toString().endsWith(".pdf"));
    }

    @Test
    void aFailedDownloadIsAnErrorWithItsCategoryAndNeverAFile(@TempDir Path second) throws IOException {
        artifact.urlLifetime(Duration.ZERO);
        EvidenceIndex expired = collect(downloading("ISO"));
        assertThat(expired.errors())
                .extracting(
                        CollectionError::operation,
                        CollectionError::errorCode,
                        CollectionError::httpStatus,
                        CollectionError::category)
                .containsExactly(tuple("artifact:GetReport", "AccessDenied", 403, ErrorCategory.ACCESS_DENIED));
        assertThat(expired.errors().get(0).message())
                .contains("Request has expired")
                .doesNotContain("X-Amz");
        assertThat(expired.attachments()).isEmpty();
        assertThat(files(dir)).noneMatch(p -> p.toString().endsWith(".pdf"));
        JsonNode iso = document(Locker.open(dir)).data().get("Reports").get(0);
        assertThat(iso.get("acceptedAt").asText())
                .as("the terms were accepted even though the download failed")
                .isNotBlank();

        artifact.urlLifetime(Duration.ofMinutes(5));
        artifact.failDocuments(500);
        EvidenceIndex failed = new CollectionRun(
                        downloading("ISO"),
                        Emulated.credentials(),
                        Collector.all().stream()
                                .filter(c -> c.id().equals(DOCUMENTS))
                                .toList(),
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(second, false), AuditPeriod.parse("2026-Q4"));
        assertThat(failed.errors())
                .extracting(CollectionError::errorCode, CollectionError::category)
                .containsExactly(tuple("InternalError", ErrorCategory.SERVICE_ERROR));
        assertThat(failed.attachments()).isEmpty();
        assertThat(files(second)).noneMatch(p -> p.toString().endsWith(".pdf"));
    }

    @Test
    void documentsAreDownloadedOncePerRunInTheCallersAccountOrElseTheFirstPlanned(@TempDir Path elsewhere) {
        String member = "222222222222";
        String other = "333333333333";
        ScopeRequest withCaller = new ScopeRequest(
                List.of(member, Emulated.ACCOUNT),
                false,
                "AuditpackReadOnly",
                Optional.empty(),
                List.of("us-east-1"),
                false,
                Duration.ofMinutes(15));
        EvidenceIndex index = collect(downloading("SOC"), withCaller);
        assertThat(index.errors()).isEmpty();
        assertThat(index.evidence())
                .filteredOn(e -> e.collector().equals(DOCUMENTS))
                .extracting(EvidenceEntry::account)
                .containsExactly(Emulated.ACCOUNT);
        assertThat(index.evidence())
                .filteredOn(e -> e.collector().equals("artifact.reports"))
                .hasSize(2);
        assertThat(artifact.documentsServed()).isEqualTo(1);

        MOTO.reset();
        ScopeRequest withoutCaller = new ScopeRequest(
                List.of(other, member),
                false,
                "AuditpackReadOnly",
                Optional.empty(),
                List.of("us-east-1"),
                false,
                Duration.ofMinutes(15));
        EvidenceIndex members = new CollectionRun(
                        downloading("SOC"),
                        Emulated.credentials(),
                        Collector.all().stream()
                                .filter(c -> c.id().equals(DOCUMENTS))
                                .toList(),
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(elsewhere, false), AuditPeriod.parse("2026-Q4"), withoutCaller);
        assertThat(members.errors()).isEmpty();
        assertThat(members.evidence())
                .as("the first account asked for")
                .extracting(EvidenceEntry::account)
                .containsExactly(other);
        assertThat(members.attachments())
                .singleElement()
                .satisfies(a -> assertThat(a.path()).startsWith("raw/" + other + "/global/"));
    }

    private static EvidenceDocument document(Locker locker) {
        return locker.read(locker.index().evidence().stream()
                .filter(e -> e.collector().equals(DOCUMENTS))
                .findFirst()
                .orElseThrow());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
