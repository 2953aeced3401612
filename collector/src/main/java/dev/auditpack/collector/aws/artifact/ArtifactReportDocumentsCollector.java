package dev.auditpack.collector.aws.artifact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.AwsSettings;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.Recorded;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.ArtifactEvidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.artifact.ArtifactClient;
import software.amazon.awssdk.services.artifact.model.GetReportResponse;
import software.amazon.awssdk.services.artifact.model.GetTermForReportResponse;
import software.amazon.awssdk.services.artifact.model.ReportSummary;

/**
 * AWS's own compliance reports as documents: for each report of the series the run asks for (e.g. SOC and
 * ISO), accepts AWS Artifact's terms for it (GetTermForReport, then GetReport with the term token) and
 * stores the PDF in the locker as a confidential attachment. Runs only when asked, because accepting terms is
 * the caller's decision, and once per run, because the documents are the same for every account.
 *
 * <p>Shape: {@code data.Series}, the series asked for; {@code data.Reports[]}, each report of those series as
 * ListReports returned it, sorted by id and version, plus {@code acceptedAt} (when GetReport accepted the term
 * token; absent when it did not) and {@code document}, a recorded result whose response is
 * {@code {path, sha256, size, mediaType}} of the stored PDF, or the ERROR of whichever step failed. The term
 * token and the presigned URLs are time-limited credentials and are never recorded.
 */
@AutoService(Collector.class)
public final class ArtifactReportDocumentsCollector implements Collector {

    static final Operation GET_TERM_FOR_REPORT = Operation.of("Artifact", ArtifactEvidence.GET_TERM_FOR_REPORT);
    static final Operation GET_REPORT = Operation.of("Artifact", ArtifactEvidence.GET_REPORT);

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,127}");
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(10);
    private static final String PDF = "application/pdf";

    @Override
    public String id() {
        return ArtifactEvidence.REPORT_DOCUMENTS;
    }

    @Override
    public String description() {
        return "AWS's SOC reports and ISO certificates as PDFs from AWS Artifact, downloaded under its terms.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.RUN;
    }

    @Override
    public List<Operation> operations() {
        return List.of(ArtifactReportsCollector.LIST_REPORTS, GET_TERM_FOR_REPORT, GET_REPORT);
    }

    @Override
    public Duration ttl() {
        return Duration.ofDays(7);
    }

    @Override
    public boolean enabled(AwsSettings settings) {
        return !settings.artifactReportSeries().isEmpty();
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        ArtifactClient artifact = context.client(ArtifactClient.class);
        List<String> series = context.settings().artifactReportSeries();
        List<ReportSummary> reports = recorder.require(
                ArtifactReportsCollector.LIST_REPORTS,
                () -> artifact.listReportsPaginator(r -> r.maxResults(300)).reports().stream()
                        .filter(r ->
                                r.series() != null && series.contains(r.series().toUpperCase(Locale.ROOT)))
                        .sorted(Comparator.comparing(ReportSummary::id, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(ReportSummary::version, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
        ArrayNode asked = recorder.data().putArray("Series");
        series.forEach(asked::add);
        ArrayNode items = recorder.data().putArray("Reports");
        DocumentDownload download = new DocumentDownload(
                context.settings().apiCallTimeout(),
                DOWNLOAD_TIMEOUT,
                context.settings().endpointFor("artifact").isPresent());
        for (ReportSummary report : reports) {
            ObjectNode item = (ObjectNode) SdkJson.toJson(report);
            item.set(
                    "document",
                    fetch(context, recorder, artifact, download, report, item).toJson());
            items.add(item);
        }
    }

    /** Accepts the terms, downloads the PDF and stores it; the result to record as the report's document. */
    private static OperationResult fetch(
            CollectionContext context,
            EvidenceRecorder recorder,
            ArtifactClient artifact,
            DocumentDownload download,
            ReportSummary report,
            ObjectNode item) {
        String arn = report.arn() != null ? report.arn() : report.id();
        if (report.id() == null || !PLAIN_ID.matcher(report.id()).matches()) {
            return recorder.fail(
                    GET_REPORT,
                    arn,
                    "InvalidReportId",
                    null,
                    "AWS Artifact listed a report id that cannot name a file; its document was not fetched",
                    ErrorCategory.OTHER);
        }
        Recorded<GetTermForReportResponse> term = recorder.call(
                GET_TERM_FOR_REPORT,
                arn,
                () -> artifact.getTermForReport(r -> r.reportId(report.id()).reportVersion(report.version())));
        if (term.value().isEmpty()) {
            return term.result();
        }
        Instant presented = context.clock().instant();
        Recorded<GetReportResponse> got = recorder.call(
                GET_REPORT,
                arn,
                () -> artifact.getReport(r -> r.reportId(report.id())
                        .reportVersion(report.version())
                        .termToken(term.value().get().termToken())));
        if (got.value().isEmpty()) {
            return got.result();
        }
        item.put("acceptedAt", presented.toString());
        DocumentDownload.Outcome outcome = download.fetch(got.value().get().documentPresignedUrl());
        if (outcome instanceof DocumentDownload.Failed f) {
            return recorder.fail(GET_REPORT, arn, f.code(), f.httpStatus(), f.message(), f.category());
        }
        byte[] bytes = ((DocumentDownload.Fetched) outcome).bytes();
        String name = report.id() + (report.version() == null ? "" : "-v" + report.version()) + ".pdf";
        AttachmentEntry stored;
        try {
            stored = context.attachments()
                    .store(name, PDF, report.name() == null ? report.id() : report.name(), true, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + name + " in the locker", e);
        }
        ObjectNode document = JsonNodeFactory.instance
                .objectNode()
                .put("path", stored.path())
                .put("sha256", stored.sha256())
                .put("size", stored.size())
                .put("mediaType", stored.mediaType());
        return OperationResult.ok(document);
    }
}
