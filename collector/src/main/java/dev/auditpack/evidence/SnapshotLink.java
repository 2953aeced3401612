package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Where a locker stands in a snapshot series ({@code index.json}'s optional {@code snapshot}): the series it belongs
 * to, its own name (its folder under {@code snapshots/}), and the SHA-256 of the index of the snapshot before it, so
 * that a snapshot removed, reordered, altered or inserted breaks the chain.
 *
 * @param series   the series id from {@code series.json}
 * @param name     this snapshot's folder name, a UTC time such as {@code 20261202T060000Z}
 * @param previous the snapshot before it, or null for the first of the series (written as {@code null})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SnapshotLink(String series, String name, Previous previous) {

    public SnapshotLink {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(name, "name");
        if (!name.matches(Series.NAME_PATTERN)) {
            throw new IllegalArgumentException("snapshot name '" + name + "' is not a UTC time like 20261202T060000Z");
        }
    }

    /**
     * The link to the snapshot before.
     *
     * @param name        its folder name
     * @param indexSha256 lower-case hex SHA-256 of its {@code index.json} bytes
     */
    public record Previous(String name, String indexSha256) {
        public Previous {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(indexSha256, "indexSha256");
            if (!indexSha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("indexSha256 '" + indexSha256 + "' is not a SHA-256");
            }
        }
    }
}
