package dev.auditpack.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One raw evidence file: what AWS returned to one collector for one account and region, unjudged.
 *
 * @param formatVersion evidence format version (see {@code docs/evidence-format.md})
 * @param collector     id of the collector that produced it
 * @param account       AWS account id
 * @param region        region, or {@code global} for account-wide services
 * @param collectedAt   when collection of this file finished
 * @param operations    the IAM actions whose answers the file holds, sorted
 * @param data          the answers; see the collector's documentation for the shape
 * @param errors        calls for individual resources that failed; the rest of the file is still valid
 */
public record EvidenceDocument(
        int formatVersion,
        String collector,
        String account,
        String region,
        Instant collectedAt,
        List<String> operations,
        JsonNode data,
        List<CollectionError> errors) {

    public EvidenceDocument {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(collectedAt, "collectedAt");
        operations = List.copyOf(operations).stream().sorted().distinct().toList();
        Objects.requireNonNull(data, "data");
        errors = List.copyOf(errors);
    }

    /** Where this document lives inside a locker. */
    public String lockerPath() {
        return key().path();
    }

    /** The collector, account and region the document covers. */
    public EvidenceKey key() {
        return new EvidenceKey(collector, account, region);
    }
}
