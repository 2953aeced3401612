package dev.auditpack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The split is round-robin over the sorted accounts, stable, and the id follows the content. */
class ShardPlanTest {

    static final AuditPeriod Q4 = AuditPeriod.parse("2026-Q4");

    static List<String> accounts(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> String.format("%012d", i * 7919L))
                .toList();
    }

    @Test
    void theSameAccountsInAnyOrderGiveTheSameShardsAndId() {
        List<String> ids = accounts(10);
        ShardPlan a = ShardPlan.of(Q4, List.of("eu-west-1"), false, "AuditpackReadOnly", ids, 3);
        List<String> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        ShardPlan b = ShardPlan.of(Q4, List.of("eu-west-1"), false, "AuditpackReadOnly", reversed, 3);
        assertThat(b.shards()).isEqualTo(a.shards());
        assertThat(b.id()).isEqualTo(a.id()).matches("[0-9a-f]{64}");
        assertThat(a.shards()).extracting(List::size).containsExactly(4, 3, 3);
        assertThat(a.accountsOf(2)).containsExactly(ids.get(1), ids.get(4), ids.get(7));
        assertThat(a.shardOf(ids.get(7))).isEqualTo(2);
        assertThat(a.shardOf("999999999999")).isZero();
    }

    @Test
    void anyChangeOfContentChangesTheId() {
        List<String> ids = accounts(10);
        String id = ShardPlan.of(Q4, List.of("eu-west-1"), false, "AuditpackReadOnly", ids, 3)
                .id();
        assertThat(ShardPlan.of(Q4, List.of("eu-west-1"), false, "AuditpackReadOnly", ids, 4)
                        .id())
                .isNotEqualTo(id);
        assertThat(ShardPlan.of(Q4, List.of("us-east-1"), false, "AuditpackReadOnly", ids, 3)
                        .id())
                .isNotEqualTo(id);
        assertThat(ShardPlan.of(Q4, List.of("eu-west-1"), false, "Other", ids, 3)
                        .id())
                .isNotEqualTo(id);
        assertThat(ShardPlan.of(Q4, List.of("eu-west-1"), false, "AuditpackReadOnly", ids.subList(0, 9), 3)
                        .id())
                .isNotEqualTo(id);
    }

    @Test
    void aSplitOtherThanRoundRobinOrMoreShardsThanAccountsIsRefused() {
        assertThatThrownBy(() -> ShardPlan.of(Q4, List.of("eu-west-1"), false, "R", accounts(3), 4))
                .hasMessageContaining("cannot split 3 account(s) into 4 shard(s)");
        List<String> ids = accounts(4);
        assertThatThrownBy(() -> new ShardPlan(
                        1,
                        "x",
                        Q4,
                        List.of("eu-west-1"),
                        false,
                        "R",
                        ids,
                        List.of(ids.subList(0, 2), ids.subList(2, 4))))
                .hasMessageContaining("round-robin");
        assertThatThrownBy(() -> ShardPlan.Shard.parse("5/4")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ShardPlan.Shard.parse("two")).hasMessageContaining("is not a shard K/N");
        assertThat(ShardPlan.Shard.parse("2/8")).hasToString("2/8");
    }
}
