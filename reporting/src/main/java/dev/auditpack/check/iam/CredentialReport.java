package dev.auditpack.check.iam;

import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.IamEvidence;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of an IAM credential report as recorded by the {@code iam.credential_report} collector. */
final class CredentialReport {

    /** The user name IAM gives the root user's row. */
    static final String ROOT = "<root_account>";

    private final List<Map<String, String>> rows;

    private CredentialReport(List<Map<String, String>> rows) {
        this.rows = rows;
    }

    /** Reads the CSV from the document, or empty when the report was not recorded as an answer. */
    static Optional<CredentialReport> from(EvidenceDocument doc) {
        OperationResult result = OperationResult.from(doc.data().get(IamEvidence.GET_CREDENTIAL_REPORT));
        if (!result.isOk() || !result.response().path("Content").isTextual()) {
            return Optional.empty();
        }
        String[] lines = result.response().get("Content").asText().split("\r?\n");
        if (lines.length == 0 || !lines[0].startsWith("user,")) {
            return Optional.empty();
        }
        String[] header = lines[0].split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], c < cells.length ? cells[c] : "");
            }
            rows.add(row);
        }
        return Optional.of(new CredentialReport(rows));
    }

    Optional<Map<String, String>> root() {
        return rows.stream().filter(r -> ROOT.equals(r.get("user"))).findFirst();
    }

    List<Map<String, String>> users() {
        return rows.stream().filter(r -> !ROOT.equals(r.get("user"))).toList();
    }

    static boolean isTrue(Map<String, String> row, String column) {
        return "true".equalsIgnoreCase(row.getOrDefault(column, ""));
    }

    /**
     * What a date column says. IAM writes {@code N/A}, {@code no_information} or {@code not_supported} when it
     * has no date: the credential does not exist, was never used, or was last used before IAM began tracking
     * (2014 for passwords, 2015 for keys). Any of those means "no use on record", which is {@link Never}.
     */
    sealed interface When permits At, Never, Unreadable {}

    /** The column holds a date. */
    record At(Instant instant) implements When {}

    /** The column says there is no date on record. */
    record Never(String marker) implements When {}

    /** The column is missing or holds something that is neither a date nor one of IAM's markers. */
    record Unreadable(String column, String text) implements When {}

    static When when(Map<String, String> row, String column) {
        String text = row.get(column);
        if (text == null) {
            return new Unreadable(column, "no such column");
        }
        if (text.equals("N/A") || text.equals("no_information") || text.equals("not_supported")) {
            return new Never(text);
        }
        try {
            return new At(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return new Unreadable(column, text);
        }
    }
}
