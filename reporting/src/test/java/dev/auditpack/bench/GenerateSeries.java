package dev.auditpack.bench;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Cadence;
import dev.auditpack.evidence.Series;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Writes a weekly snapshot series of a synthetic organisation for {@code bench/series.sh}: one snapshot a week from
 * 2026-10-01, each a full locker chained to the one before. Every third week changes the misconfigurations, so
 * resources fail and recover over the period. Arguments: {@code DIR snapshots accounts regions users buckets
 * securityGroupsPerRegion}.
 */
public final class GenerateSeries {

    private static final List<String> ALL_REGIONS =
            List.of("eu-west-1", "us-east-1", "eu-central-1", "us-west-2", "ap-southeast-2", "eu-north-1");

    private GenerateSeries() {}

    /**
     * Writes a weekly series for 2026-Q4 with a snapshot in each of {@code weeks} (0 is 2026-10-01 06:00 UTC), so a
     * week left out is a pause in the series.
     *
     * @param changing whether the misconfigurations change every third week; otherwise every snapshot finds the same
     */
    public static void write(
            Path dir,
            List<Integer> weeks,
            int accounts,
            int regions,
            int users,
            int buckets,
            int groups,
            boolean changing) {
        Instant first = Instant.parse("2026-10-01T06:00:00Z");
        Series series = Series.openOrCreate(
                dir,
                Optional.of(Cadence.WEEKLY),
                Optional.of(AuditPeriod.parse("2026-Q4")),
                Clock.fixed(first, ZoneOffset.UTC));
        for (int week : weeks) {
            Instant at = first.plus(Duration.ofDays(7L * week));
            Series.Prepared next = series.prepare(Clock.fixed(at.minusSeconds(600), ZoneOffset.UTC));
            new SyntheticOrganisation(
                            accounts,
                            users,
                            buckets,
                            groups,
                            ALL_REGIONS.subList(0, regions),
                            at,
                            changing ? 42 + week / 3 : 42)
                    .write(next.dir(), next.link());
            series.advance(next.link().name());
        }
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int snapshots = Integer.parseInt(args[1]);
        int accounts = Integer.parseInt(args[2]);
        List<String> regions = ALL_REGIONS.subList(0, Integer.parseInt(args[3]));
        int users = Integer.parseInt(args[4]);
        int buckets = Integer.parseInt(args[5]);
        int groups = Integer.parseInt(args[6]);
        long start = System.nanoTime();
        List<Integer> weeks =
                java.util.stream.IntStream.range(0, snapshots).boxed().toList();
        write(dir, weeks, accounts, regions.size(), users, buckets, groups, true);
        System.out.printf(
                "generated %d weekly snapshots of %d accounts in %d regions in %.1f s%n",
                snapshots, accounts, regions.size(), (System.nanoTime() - start) / 1e9);
    }
}
