package dev.pendokit.pendo.jobs.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.api.MetadataApi.SetValuesParams;
import dev.pendokit.pendo.model.SendATrackEventRequest;
import dev.pendokit.pendo.model.SetValueForASetOfAgentOrCustomFieldsResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event router's Pendo destination, as routers document it: {@code identify} sets visitor
 * metadata from the user's traits (userId is the visitor id), {@code group} sets account metadata
 * from the group's traits (groupId is the account id), and {@code track} sends a track event to the
 * region's data host, authenticated with the track-event shared secret, not the integration key.
 *
 * <p>Routers "create or update" visitors and accounts, so metadata writes pass {@code create=true}
 * (unlike {@link dev.pendokit.pendo.jobs.reverseetl.MetadataSync}, which only updates). Traits are
 * written to the {@code custom} group by default ("metadata added manually or via the API"); pass
 * {@code agent} to write the fields your install snippet also sends.
 *
 * <p>Every failed call throws the client's {@link PendoException} (status, reason); bad input throws
 * {@link IllegalArgumentException} naming the field.
 */
public final class EventRouter {

    /** The metadata group written by default: the one Pendo documents for API-set fields. */
    public static final String DEFAULT_GROUP = "custom";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final PendoClient pendo;
    private final String group;

    /** Writes traits to the {@code custom} metadata group. */
    public EventRouter(PendoClient pendo) {
        this(pendo, DEFAULT_GROUP);
    }

    /** Writes traits to {@code group} ({@code custom} or {@code agent}). */
    public EventRouter(PendoClient pendo, String group) {
        this.pendo = Objects.requireNonNull(pendo, "pendo");
        this.group = requireId(group, "group");
    }

    /** Sets the visitor's metadata from the user's traits (nested objects flattened with {@code _}). */
    public RouteResult identify(String userId, Map<String, ?> traits) {
        return writeMetadata("identify", "visitor", "visitorId", requireId(userId, "userId"),
                TraitFlattener.flatten("traits", traits));
    }

    /** Sets the account's metadata from the group's traits (nested objects flattened with {@code _}). */
    public RouteResult group(String groupId, Map<String, ?> traits) {
        return writeMetadata("group", "account", "accountId", requireId(groupId, "groupId"),
                TraitFlattener.flatten("traits", traits));
    }

    /**
     * Sends a track event. Properties are free-form, so they go as given, nested objects included.
     *
     * @param timestamp when the event happened; null means now. Pendo processes past events only
     *     in its daily reprocessing, and may drop ones older than 7 days.
     * @param accountId the visitor's account, strongly recommended by Pendo; may be null
     */
    public RouteResult track(String userId, String event, Map<String, ?> properties, Instant timestamp,
            String accountId) {
        String visitorId = requireId(userId, "userId");
        String name = requireId(event, "event");
        if (accountId != null && accountId.isBlank()) {
            throw new IllegalArgumentException("accountId is blank; pass null to send no account");
        }
        Map<String, JsonNode> props = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> props.put(requireId(key, "property name"), JSON.valueToTree(value)));
        }
        pendo.tracks().sendEvent(SendATrackEventRequest.builder()
                .type("track")
                .event(name)
                .visitorId(visitorId)
                .accountId(accountId)
                .timestamp((timestamp == null ? Instant.now() : timestamp).toEpochMilli())
                .properties(props)
                .build());
        Map<String, Object> sent = properties == null ? Map.of() : new LinkedHashMap<>(properties);
        return new RouteResult("track", visitorId, sent, 0);
    }

    private RouteResult writeMetadata(String call, String kind, String idField, String id, Map<String, Object> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(call + " needs at least one trait: Pendo has nothing to set otherwise");
        }
        ArrayNode body = JSON.createArrayNode();
        ObjectNode record = body.addObject().put(idField, id);
        record.set("values", JSON.valueToTree(values));
        SetValueForASetOfAgentOrCustomFieldsResponse answer = pendo.metadata().setValues(
                SetValuesParams.builder().kind(kind).group(group).create(true).build(), body);
        int failed = answer == null || answer.failed() == null ? 0 : answer.failed().intValue();
        return new RouteResult(call, id, values, failed);
    }

    private static String requireId(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be null or blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "EventRouter[group=" + group + "]";
    }
}
