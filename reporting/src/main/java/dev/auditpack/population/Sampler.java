package dev.auditpack.population;

import dev.auditpack.evidence.Digests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Draws a sample an auditor can draw again without auditpack: every item is ranked by the lower-case hex SHA-256
 * of {@code <seed>:<item id>} (UTF-8, no line end), and the sample is the first {@code n} items in ascending
 * order of that rank. The same seed and the same population always give the same sample, whatever order the
 * items come in; the shell one-liner in {@code docs/populations-and-samples.md} does the same with
 * {@code sha256sum} and {@code sort}. Items are offered one at a time, and only the best {@code n} are kept.
 */
public final class Sampler {

    /** One item of the sample, with its rank. */
    public record Drawn<T>(String rank, String id, T item) {}

    private final String seed;
    private final int size;
    private final PriorityQueue<Drawn<?>> best;
    private long offered;

    public Sampler(String seed, int size) {
        if (seed == null || seed.isEmpty()) {
            throw new IllegalArgumentException("a sample needs a seed");
        }
        if (size < 0) {
            throw new IllegalArgumentException("sample size must not be negative");
        }
        this.seed = seed;
        this.size = size;
        this.best = new PriorityQueue<>(
                Comparator.comparing((Drawn<?> d) -> d.rank()).reversed());
    }

    /** The rank of an item: hex SHA-256 of {@code seed:id}. */
    public static String rank(String seed, String id) {
        return HexFormat.of().formatHex(Digests.newSha256().digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
    }

    /** Offers one item of the population. */
    public void offer(String id, Object item) {
        offered++;
        if (size == 0) {
            return;
        }
        Drawn<?> d = new Drawn<>(rank(seed, id), id, item);
        if (best.size() < size) {
            best.add(d);
        } else if (d.rank().compareTo(best.peek().rank()) < 0) {
            best.poll();
            best.add(d);
        }
    }

    /** Items offered so far. */
    public long offered() {
        return offered;
    }

    /** The sample, in rank order. */
    @SuppressWarnings("unchecked")
    public <T> List<Drawn<T>> sample() {
        List<Drawn<T>> out = new ArrayList<>();
        best.forEach(d -> out.add((Drawn<T>) d));
        out.sort(Comparator.comparing(Drawn::rank));
        return out;
    }
}
