package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.mock.aggregation.Dataset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The track events received on the data host ({@code POST /data/track}), and the rows of the
 * {@code trackEvents} aggregation source made from them: as Pendo documents the source, events
 * are grouped by their day, visitor, account, track type (the event's name here), remote IP and
 * user agent, with {@code numEvents} counting each group. Server-side events have
 * {@code server} {@code apitrackevent} and no duration ({@code numMinutes} 0).
 */
final class TrackEvents {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** An event as received; the fields its row is grouped by. */
    record Event(String visitorId, String accountId, String name, long timestamp, String remoteIp, String userAgent) {

        long day() {
            return Math.floorDiv(timestamp, DAY) * DAY;
        }
    }

    private final List<Event> events = new ArrayList<>();

    void add(Event event) {
        events.add(event);
    }

    /** Drops the events of deleted visitors or accounts ({@code field} reads which). */
    void forget(Function<Event, String> field, Set<String> ids) {
        events.removeIf(event -> ids.contains(field.apply(event)));
    }

    /** The rows of the days given, ordered by day, visitor and track type. */
    List<JsonNode> rows(List<Long> days) {
        Set<Long> wanted = new HashSet<>(days);
        Map<List<Object>, ObjectNode> groups = new LinkedHashMap<>();
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(Event::day).thenComparing(Event::visitorId).thenComparing(Event::name));
        for (Event event : sorted) {
            if (!wanted.contains(event.day())) {
                continue;
            }
            List<Object> key = Arrays.asList(event.day(), event.visitorId(), event.accountId(), event.name(),
                    event.remoteIp(), event.userAgent());
            ObjectNode row = groups.computeIfAbsent(key, k -> newRow(event));
            row.put("numEvents", row.path("numEvents").asLong() + 1);
        }
        return new ArrayList<>(groups.values());
    }

    private static ObjectNode newRow(Event event) {
        ObjectNode row = JSON.objectNode();
        if (event.accountId() == null) {
            row.putNull("accountId");
        } else {
            row.put("accountId", event.accountId());
        }
        return row.put("appId", Dataset.DEFAULT_APP_ID).put("day", event.day()).put("trackTypeId", event.name())
                .put("numEvents", 0).put("numMinutes", 0).put("remoteIp", event.remoteIp() == null ? "" : event.remoteIp())
                .put("server", "apitrackevent").put("userAgent", event.userAgent() == null ? "" : event.userAgent())
                .put("visitorId", event.visitorId());
    }
}
