package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A locker's place in a sharded collection ({@code index.json}'s optional {@code plan}): the plan's id and its number
 * of shards, and either the shard this locker holds (a shard's own locker) or the shards merged into it (a merged
 * locker).
 *
 * @param id     the plan id, the SHA-256 of the plan's content
 * @param shards the plan's number of shards, N
 * @param shard  the shard this locker holds, K from 1 to N; absent in a merged locker
 * @param merged every shard of a merged locker, by K; empty in a shard's own locker
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlanLink(String id, int shards, Optional<Integer> shard, List<MergedShard> merged) {

    public PlanLink {
        Objects.requireNonNull(id, "id");
        shard = shard == null ? Optional.empty() : shard;
        merged = merged == null ? List.of() : List.copyOf(merged);
        if (shards < 1 || shard.filter(k -> k < 1 || k > shards).isPresent()) {
            throw new IllegalArgumentException("shard " + shard.orElse(0) + "/" + shards + " does not exist");
        }
        if (shard.isPresent() == !merged.isEmpty()) {
            throw new IllegalArgumentException("a plan link names either its shard or the shards merged");
        }
    }

    /** The link of shard {@code k} of {@code n} of plan {@code id}. */
    public static PlanLink shard(String id, int k, int n) {
        return new PlanLink(id, n, Optional.of(k), List.of());
    }

    /**
     * One shard of a merged locker.
     *
     * @param shard       K
     * @param runId       the run id of the shard's own locker; absent when the shard failed
     * @param indexSha256 SHA-256 of the shard's {@code index.json} bytes; absent when it failed
     * @param failed      why the shard failed, from its failure marker; absent when it was collected
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record MergedShard(
            int shard, Optional<String> runId, Optional<String> indexSha256, Optional<String> failed) {
        public MergedShard {
            runId = runId == null ? Optional.empty() : runId;
            indexSha256 = indexSha256 == null ? Optional.empty() : indexSha256;
            failed = failed == null ? Optional.empty() : failed;
            if (failed.isPresent() == runId.isPresent()) {
                throw new IllegalArgumentException("a merged shard was either collected (run id) or failed");
            }
        }
    }
}
