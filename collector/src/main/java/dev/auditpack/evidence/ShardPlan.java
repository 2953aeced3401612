package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A collection split into shards that run apart and are merged into one locker afterwards ({@code auditpack plan}).
 * The split is round-robin over the sorted account list, so the same accounts and the same number of shards always
 * give the same shards, each within one account of the others in size. The plan's id is the SHA-256 of its canonical
 * JSON without the id, so any edit changes it.
 *
 * @param formatVersion plan format version
 * @param id            SHA-256 of the canonical JSON of every other field
 * @param period        the audit period every shard collects for
 * @param regions       regions to collect from; empty with {@code allRegions}
 * @param allRegions    every region enabled in each account
 * @param roleName      role assumed in the accounts
 * @param accounts      every account of the collection, sorted
 * @param shards        the accounts of shard 1, 2, … N, each list sorted
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ShardPlan(
        int formatVersion,
        String id,
        AuditPeriod period,
        List<String> regions,
        boolean allRegions,
        String roleName,
        List<String> accounts,
        List<List<String>> shards) {

    /** The plan format this version writes. */
    public static final int CURRENT_FORMAT = 1;

    public ShardPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        regions = List.copyOf(Objects.requireNonNull(regions, "regions"));
        Objects.requireNonNull(roleName, "roleName");
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        shards = Objects.requireNonNull(shards, "shards").stream()
                .map(List::copyOf)
                .toList();
        if (formatVersion < 1 || formatVersion > CURRENT_FORMAT) {
            throw new IllegalArgumentException("plan format " + formatVersion + " is not one this auditpack reads");
        }
        if (accounts.isEmpty() || shards.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one account and one shard");
        }
        if (!accounts.equals(accounts.stream().sorted().distinct().toList())) {
            throw new IllegalArgumentException("accounts must be sorted and listed once");
        }
        if (!shards.equals(split(accounts, shards.size()))) {
            throw new IllegalArgumentException("shards are not the round-robin split of the accounts");
        }
        if (allRegions != regions.isEmpty()) {
            throw new IllegalArgumentException("give either regions or allRegions");
        }
    }

    /**
     * A new plan, with its id computed.
     *
     * @throws IllegalArgumentException when there are more shards than accounts, or none
     */
    public static ShardPlan of(
            AuditPeriod period,
            List<String> regions,
            boolean allRegions,
            String roleName,
            List<String> accounts,
            int n) {
        List<String> sorted = accounts.stream().sorted().distinct().toList();
        if (n < 1 || n > sorted.size()) {
            throw new IllegalArgumentException("cannot split " + sorted.size() + " account(s) into " + n
                    + " shard(s): give 1 to " + sorted.size());
        }
        List<String> sortedRegions = regions.stream().sorted().distinct().toList();
        ShardPlan draft = new ShardPlan(
                CURRENT_FORMAT, "", period, sortedRegions, allRegions, roleName, sorted, split(sorted, n));
        return new ShardPlan(
                CURRENT_FORMAT, draft.computedId(), period, sortedRegions, allRegions, roleName, sorted, draft.shards);
    }

    /** Account {@code i} of the sorted list goes to shard {@code i mod n + 1}. */
    static List<List<String>> split(List<String> sorted, int n) {
        List<List<String>> shards = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            shards.add(new ArrayList<>());
        }
        for (int i = 0; i < sorted.size(); i++) {
            shards.get(i % n).add(sorted.get(i));
        }
        return shards.stream().map(List::copyOf).toList();
    }

    /** The number of shards, N. */
    @JsonIgnore
    public int count() {
        return shards.size();
    }

    /** The accounts of shard {@code k} (1 to N). */
    public List<String> accountsOf(int k) {
        return shards.get(k - 1);
    }

    /** The shard (1 to N) that holds {@code account}, or 0 when the plan does not name it. */
    public int shardOf(String account) {
        int i = accounts.indexOf(account);
        return i < 0 ? 0 : i % shards.size() + 1;
    }

    /**
     * The account that runs the collectors done once per run ({@link CollectorScope#RUN}): the caller's when it is
     * in the plan, otherwise the first account, as a run over every account at once would choose.
     */
    public String runAccount(String callerAccount) {
        return accounts.contains(callerAccount) ? callerAccount : accounts.get(0);
    }

    /** SHA-256 of the canonical JSON of every field but the id. */
    public String computedId() {
        ObjectNode tree = EvidenceJson.mapper().valueToTree(this);
        tree.remove("id");
        try {
            return Digests.sha256(EvidenceJson.mapper().writeValueAsBytes(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan always serialises", e);
        }
    }

    /** The canonical JSON bytes of the plan. */
    public byte[] toJson() {
        try {
            return (EvidenceJson.mapper().writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan always serialises", e);
        }
    }

    /** Writes the plan atomically. */
    public void write(Path file) {
        try {
            AtomicFiles.write(file, toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan " + file, e);
        }
    }

    /**
     * Reads a plan file strictly.
     *
     * @throws InputException naming the file when it is not a plan, or its id does not match its content
     */
    public static ShardPlan read(Path file) {
        ShardPlan plan = InputFiles.read(file, EvidenceJson.mapper(), ShardPlan.class);
        if (plan == null) {
            throw new InputException(file, "is empty: expected a plan written by auditpack plan");
        }
        if (!plan.id().equals(plan.computedId())) {
            throw new InputException(file, "plan id " + plan.id() + " does not match its content: it was edited");
        }
        return plan;
    }

    /**
     * The shard {@code K/N} as given on the command line.
     *
     * @param index K, from 1
     * @param count N
     */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException(
                        "shard " + index + "/" + count + " does not exist: K must be 1 to N");
            }
        }

        /** Parses {@code K/N}. */
        public static Shard parse(String text) {
            if (text == null || !text.matches("\\d{1,6}/\\d{1,6}")) {
                throw new IllegalArgumentException("'" + text + "' is not a shard K/N, like 2/8");
            }
            String[] parts = text.split("/");
            return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }
}
