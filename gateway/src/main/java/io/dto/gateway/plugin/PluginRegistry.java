package io.dto.gateway.plugin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Lifecycle step 5: every plugin the gateway knows, running or not, with its capabilities, state and last error.
 * Written by the plugin manager, read by the API from any thread.
 */
public final class PluginRegistry {

    private final Map<String, PluginRecord> records = new ConcurrentHashMap<>();

    public List<PluginRecord> all() {
        return records.values().stream().sorted(Comparator.comparing(PluginRecord::id)).toList();
    }

    public Optional<PluginRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    void put(PluginRecord record) {
        records.put(record.id(), record);
    }

    void update(String id, UnaryOperator<PluginRecord> change) {
        records.computeIfPresent(id, (key, record) -> change.apply(record));
    }

    void remove(String id) {
        records.remove(id);
    }
}
