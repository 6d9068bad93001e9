package dev.pendokit.pendo.jobs.events;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns router traits into Pendo metadata values. Pendo metadata fields hold one scalar each (text,
 * number, boolean, date), so a nested object is flattened into fields joined by {@code _}
 * ({@code address.city} becomes {@code address_city}: a dot would read as a path in aggregations),
 * and a list is refused because no field type holds one. Dates go out as milliseconds since the
 * epoch, one of the formats Pendo documents as accepted for date fields.
 */
final class TraitFlattener {

    static final String SEPARATOR = "_";

    private TraitFlattener() {
    }

    static Map<String, Object> flatten(String field, Map<String, ?> traits) {
        Map<String, Object> flat = new LinkedHashMap<>();
        if (traits != null) {
            put(field, "", traits, flat);
        }
        return flat;
    }

    private static void put(String field, String prefix, Map<?, ?> traits, Map<String, Object> flat) {
        for (Map.Entry<?, ?> trait : traits.entrySet()) {
            if (trait.getKey() == null || trait.getKey().toString().isBlank()) {
                throw new IllegalArgumentException(field + " has a trait with a blank name");
            }
            String name = prefix + trait.getKey();
            Object value = trait.getValue();
            if (value instanceof Map<?, ?> nested) {
                put(field, name + SEPARATOR, nested, flat);
            } else if (value instanceof Collection<?> || (value != null && value.getClass().isArray())) {
                throw new IllegalArgumentException(field + " trait '" + name
                        + "' is a list; Pendo metadata fields hold one value, so send it joined or as separate traits");
            } else if (flat.put(name, scalar(value)) != null) {
                throw new IllegalArgumentException(field + " trait '" + name + "' appears twice once nested objects are flattened");
            }
        }
    }

    private static Object scalar(Object value) {
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value;
    }
}
