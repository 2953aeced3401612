package dev.auditpack.collector;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The collectors on the class path, found with {@link ServiceLoader}. */
public final class Collectors {
    private Collectors() {
    }

    /** Every registered collector, sorted by id. */
    public static List<Collector> all() {
        return ServiceLoader.load(Collector.class, Collector.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Collector::id))
                .toList();
    }
}
