package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;
import java.util.Optional;

/**
 * Metadata values, on visitors and accounts of the state:
 * <ul>
 *   <li>{@code PUT /api/v1/metadata/:kind/:group/value/:id/:fieldName} sets one value (the body,
 *       JSON encoded); Pendo's own {@code pendo} flags ({@code blacklistguides},
 *       {@code donotprocess}) are set the same way;</li>
 *   <li>{@code GET} of the same path answers it ({@code null} when unset);</li>
 *   <li>{@code POST /api/v1/metadata/:kind/:group/value[?create=true]} sets values on many,
 *       answering {@code total}, {@code updated}, {@code failed}, {@code missing} (ids it does not
 *       know, unless {@code create=true} makes them) and {@code errors} (records it cannot read).</li>
 * </ul>
 * An unknown id gets the documented 404. Values land in the row at {@code metadata.<group>.<field>},
 * so the GET of the visitor or account and the aggregations show them. The group {@code auto} is
 * Pendo's own and not written by these calls: such a request is left to the stubs, as is a kind
 * other than {@code visitor} or {@code account}.
 */
final class MetadataCalls implements Calls {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public Optional<ResponseDefinition> answer(Call call, MockState state) {
        boolean one = call.is("PUT", "/api/v1/metadata/*/*/value/*/*") || call.is("GET", "/api/v1/metadata/*/*/value/*/*");
        boolean many = call.is("POST", "/api/v1/metadata/*/*/value");
        if (!one && !many) {
            return Optional.empty();
        }
        Optional<Entities.Kind> kind = Entities.Kind.of(call.segment(3));
        String group = call.segment(4);
        if (kind.isEmpty() || group.equals("auto")) {
            return Optional.empty();
        }
        Entities entities = state.entities(kind.get());
        if (many) {
            return setMany(call, entities, kind.get(), group);
        }
        Optional<ObjectNode> row = call.id(6).flatMap(entities::row);
        if (row.isEmpty()) {
            return Answers.documented(call, 404, "No " + kind.get().path + " with id " + call.segment(6));
        }
        String field = call.segment(7);
        if (call.is("GET", "/api/v1/metadata/*/*/value/*/*")) {
            return Answers.ok(Entities.get(row.get(), group, field).orElse(JSON.nullNode()));
        }
        Optional<JsonNode> value = call.json();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Entities.set(row.get(), group, field, value.get());
        return Answers.ok(JSON.objectNode());
    }

    private static Optional<ResponseDefinition> setMany(Call call, Entities entities, Entities.Kind kind, String group) {
        Optional<JsonNode> body = call.json();
        if (body.isEmpty() || !body.get().isArray()) {
            return Answers.error(400, "The body must be a JSON array of records");
        }
        boolean create = call.queryFlag("create");
        ArrayNode missing = JSON.arrayNode();
        ArrayNode errors = JSON.arrayNode();
        int updated = 0;
        int index = 0;
        for (JsonNode record : body.get()) {
            String problem = problem(record, kind);
            if (problem != null) {
                ObjectNode error = JSON.objectNode().put("index", index);
                if (record.path(kind.idField).isTextual()) {
                    error.put(kind.idField, record.get(kind.idField).textValue());
                }
                errors.add(error.put("error", problem));
            } else {
                String id = record.get(kind.idField).textValue();
                Optional<ObjectNode> row = entities.row(id);
                if (row.isEmpty() && create) {
                    row = Optional.of(entities.create(id));
                }
                if (row.isEmpty()) {
                    missing.add(id);
                } else {
                    for (Map.Entry<String, JsonNode> value : record.get("values").properties()) {
                        Entities.set(row.get(), group, value.getKey(), value.getValue());
                    }
                    updated++;
                }
            }
            index++;
        }
        int failed = missing.size() + errors.size();
        ObjectNode answer = JSON.objectNode().put("total", updated + failed).put("updated", updated).put("failed", failed);
        answer.set("missing", missing);
        answer.set("errors", errors);
        return Answers.ok(answer);
    }

    /** Why a record of a bulk update cannot be applied, or null when it can. */
    private static String problem(JsonNode record, Entities.Kind kind) {
        if (!record.isObject()) {
            return "a record must be an object with " + kind.idField + " and values";
        }
        JsonNode id = record.path(kind.idField);
        if (!id.isTextual() || id.textValue().isBlank()) {
            return "the record has no " + kind.idField;
        }
        if (!record.path("values").isObject()) {
            return "the record's values must be an object of field names and values";
        }
        return null;
    }
}
