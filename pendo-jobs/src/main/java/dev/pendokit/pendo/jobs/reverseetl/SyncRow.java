package dev.pendokit.pendo.jobs.reverseetl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One source row: the visitor or account id and the metadata values to set on it.
 *
 * @param id the visitor or account id the row updates
 * @param values field name to value; a null value is kept (it clears the field)
 */
public record SyncRow(String id, Map<String, Object> values) {
    public SyncRow {
        // Not Map.copyOf: null values are meaningful. Validation happens in MetadataSync, so a bad
        // row is reported as failed with its reason instead of stopping the whole sync.
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static SyncRow of(String id, Map<String, ?> values) {
        return new SyncRow(id, values == null ? null : new LinkedHashMap<>(values));
    }
}
