package dev.auditpack.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The seeded ranking and the sample-size table. */
class SamplerTest {

    private static List<String> draw(String seed, int n, List<String> ids) {
        Sampler s = new Sampler(seed, n);
        ids.forEach(id -> s.offer(id, id));
        return s.<String>sample().stream().map(Sampler.Drawn::id).toList();
    }

    @Test
    void theSampleIsTheFirstNByRankWhateverTheOrderTheItemsComeIn() {
        List<String> ids = IntStream.range(0, 500).mapToObj(i -> "event-" + i).toList();
        List<String> byFullSort = ids.stream()
                .sorted(Comparator.comparing(id -> Sampler.rank("seed-1", id)))
                .limit(20)
                .toList();
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(draw("seed-1", 20, ids)).isEqualTo(byFullSort).isEqualTo(draw("seed-1", 20, shuffled));
        assertThat(draw("seed-2", 20, ids)).isNotEqualTo(byFullSort);
        assertThat(draw("seed-1", 600, ids)).hasSize(500);
        assertThat(draw("seed-1", 0, ids)).isEmpty();
        assertThat(Sampler.rank("s", "a")).hasSize(64).matches("[0-9a-f]{64}");
        assertThatThrownBy(() -> new Sampler("", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesFollowTheFrequencyAndNeverExceedThePopulation() {
        SampleSizes sizes = SampleSizes.shipped();
        assertThat(sizes.source()).contains("AICPA").contains("confirm with the auditor");
        assertThat(sizes.rows())
                .extracting(SampleSizes.Frequency::id)
                .containsExactly("annual", "quarterly", "monthly", "weekly", "daily", "several-times-a-day");
        assertThat(sizes.size(sizes.frequency("daily"), 100, "").size()).isEqualTo(20);
        assertThat(sizes.size(sizes.frequency("weekly"), 3, "").size()).isEqualTo(3);
        assertThat(sizes.size(sizes.frequency("several-times-a-day"), 1000, "").basis())
                .contains("25–60");
        assertThat(sizes.byOccurrences(1, 365).id()).isEqualTo("annual");
        assertThat(sizes.byOccurrences(30, 92).id()).as("about 120 a year").isEqualTo("daily");
        assertThat(sizes.byOccurrences(10, 92).id()).as("about 40 a year").isEqualTo("weekly");
        assertThat(sizes.byOccurrences(5_000, 92).id()).isEqualTo("several-times-a-day");
        assertThatThrownBy(() -> sizes.frequency("hourly")).hasMessageContaining("daily");
    }
}
