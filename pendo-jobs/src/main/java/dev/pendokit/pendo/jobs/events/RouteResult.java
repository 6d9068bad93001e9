package dev.pendokit.pendo.jobs.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one router call sent to Pendo.
 *
 * @param call {@code identify}, {@code group} or {@code track}
 * @param id the visitor id (identify, track) or account id (group)
 * @param sent the metadata values or event properties as sent, after flattening
 * @param failed how many records Pendo reported as failed (metadata writes; 0 for track)
 */
public record RouteResult(String call, String id, Map<String, Object> sent, int failed) {
    public RouteResult {
        // Not Map.copyOf: a null trait is how a router clears a field, and it must show here.
        sent = Collections.unmodifiableMap(new LinkedHashMap<>(sent));
    }

    /** Whether Pendo took the write without reporting a failure. */
    public boolean accepted() {
        return failed == 0;
    }
}
