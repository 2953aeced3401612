package dev.auditpack.bench;

import dev.auditpack.evidence.EvidenceIndex;
import java.nio.file.Path;

/**
 * Writes a synthetic organisation's evidence locker for {@code bench/pack.sh}.
 * Arguments: {@code DIR accounts users buckets securityGroupsPerRegion}.
 */
public final class GenerateOrganisation {

    private GenerateOrganisation() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int accounts = Integer.parseInt(args[1]);
        int users = Integer.parseInt(args[2]);
        int buckets = Integer.parseInt(args[3]);
        int groups = Integer.parseInt(args[4]);
        long start = System.nanoTime();
        EvidenceIndex index = new SyntheticOrganisation(accounts, users, buckets, groups).write(dir);
        System.out.printf(
                "generated %d evidence files for %d accounts in %.1f s%n",
                index.evidence().size(), index.scope().accounts().size(), (System.nanoTime() - start) / 1e9);
    }
}
