package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evidence.KnownCollectors;
import org.junit.jupiter.api.Test;

/** The frozen table that reads old lockers holds the terms the shipped collectors declare. */
class KnownCollectorsTest {

    @Test
    void theTableAgreesWithEveryCollectorItNames() {
        for (Collector c : Collector.all()) {
            KnownCollectors.of(c.id()).ifPresent(known -> assertThat(known).as(c.id()).isEqualTo(c.entry()));
        }
        assertThat(Collector.all()).extracting(Collector::id).containsAll(KnownCollectors.all().keySet());
    }
}
