package dev.auditpack.check;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The checks on the class path, found with {@link ServiceLoader}. */
public final class Checks {
    private Checks() {
    }

    /** Every registered check, sorted by id. */
    public static List<Check> all() {
        return ServiceLoader.load(Check.class, Check.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Check::id))
                .toList();
    }
}
