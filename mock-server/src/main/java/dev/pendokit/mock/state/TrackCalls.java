package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;

/**
 * {@code POST /data/track} on the data host: the event is kept, and shows in the
 * {@code trackEvents} aggregation source ({@link TrackEvents}). An event without the fields the
 * collection marks required ({@code type} "track", {@code event}, {@code visitorId},
 * {@code timestamp} in epoch millis) gets the documented 400, naming the field.
 */
final class TrackCalls implements Calls {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public Optional<ResponseDefinition> answer(Call call, MockState state) {
        if (!call.is("POST", "/data/track")) {
            return Optional.empty();
        }
        JsonNode event = call.json().orElse(JSON.missingNode());
        String problem = problem(event);
        if (problem != null) {
            String documented = call.documented(400);
            return Answers.error(400, documented.isBlank() ? problem : documented + ": " + problem);
        }
        JsonNode account = event.path("accountId");
        JsonNode context = event.path("context");
        state.trackEvents().add(new TrackEvents.Event(event.get("visitorId").textValue(),
                account.isTextual() ? account.textValue() : null, event.get("event").textValue(),
                event.get("timestamp").longValue(), text(context.path("ip")), text(context.path("userAgent"))));
        return Answers.ok(JSON.objectNode());
    }

    private static String problem(JsonNode event) {
        if (!event.isObject()) {
            return "the body must be a track event object";
        }
        if (!event.path("type").asText().equals("track")) {
            return "type must be \"track\"";
        }
        for (String field : new String[] {"event", "visitorId"}) {
            if (!event.path(field).isTextual() || event.path(field).textValue().isBlank()) {
                return field + " is required (a non-empty string)";
            }
        }
        if (!event.path("timestamp").canConvertToLong() || !event.path("timestamp").isIntegralNumber()) {
            return "timestamp is required (milliseconds after the epoch)";
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : null;
    }
}
