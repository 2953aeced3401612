package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evidence.KnownCollectors;
import org.junit.jupiter.api.Test;

/**
 * The frozen table that reads lockers from before {@code index.json} recorded collectors' terms agrees with what
 * the collectors declared when it was frozen. Should a collector's terms change on purpose, the table keeps the old
 * ones (the old lockers were collected under them) and this test leaves that collector out.
 */
class KnownCollectorsTest {

    @Test
    void theTableAgreesWithTheCollectorsItNames() {
        assertThat(Collector.all())
                .extracting(Collector::id)
                .containsAll(KnownCollectors.all().keySet());
        for (Collector c : Collector.all()) {
            KnownCollectors.of(c.id())
                    .ifPresent(known -> assertThat(known).as(c.id()).isEqualTo(c.entry()));
        }
    }
}
