package dev.auditpack.emulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Seeded items per account and region, as a stub serves them. */
final class RegionalData<T> {

    private final Map<Caller, List<T>> items = new ConcurrentHashMap<>();

    void put(String account, String region, List<T> values) {
        items.put(new Caller(account, region), List.copyOf(values));
    }

    List<T> get(Caller caller) {
        return items.getOrDefault(caller, List.of());
    }

    void clear() {
        items.clear();
    }
}
