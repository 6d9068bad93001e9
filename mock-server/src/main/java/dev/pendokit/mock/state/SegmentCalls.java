package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.pendokit.mock.state.Segments.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Segments made through the API: create ({@code POST /api/v1/segment/upload}), list, get, status,
 * update ({@code PUT}: a new name, a new visitor list, or both), delete, and add or remove
 * visitors one at a time or in small batches ({@code PATCH} with {@code add} and {@code remove}
 * operations, at most 10 of them and 1,000 visitors, answered 413 beyond, as documented). An
 * unknown segment gets the documented 404 (for an update, the collection-wide one). The segment
 * export calls are left to the stubs.
 */
final class SegmentCalls implements Calls {

    static final int MAX_PATCH_OPERATIONS = 10;
    static final int MAX_PATCH_VISITORS = 1000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public Optional<ResponseDefinition> answer(Call call, MockState state) {
        Segments segments = state.segments();
        if (call.is("GET", "/api/v1/segment")) {
            ArrayNode list = JSON.arrayNode();
            segments.all().forEach(segment -> list.add(Segments.asObject(segment)));
            return Answers.ok(list);
        }
        if (call.is("POST", "/api/v1/segment/upload")) {
            return create(call, state);
        }
        boolean one = call.is("GET", "/api/v1/segment/*") || call.is("PUT", "/api/v1/segment/*")
                || call.is("DELETE", "/api/v1/segment/*");
        boolean visitors = call.is("GET", "/api/v1/segment/*/status") || call.is("PUT", "/api/v1/segment/*/visitor/*")
                || call.is("DELETE", "/api/v1/segment/*/visitor/*") || call.is("PATCH", "/api/v1/segment/*/visitor");
        if (!one && !visitors) {
            return Optional.empty();
        }
        Optional<Segment> found = segments.find(call.segment(3));
        if (found.isEmpty()) {
            String unknown = "No segment with id " + call.segment(3);
            return call.documents(404) ? Answers.documented(call, 404, unknown) : Answers.error(400, unknown);
        }
        Segment segment = found.get();
        long now = state.now();
        if (call.is("GET", "/api/v1/segment/*")) {
            return Answers.ok(Segments.asObject(segment));
        }
        if (call.is("GET", "/api/v1/segment/*/status")) {
            return Answers.ok(Segments.status(segment));
        }
        if (call.is("DELETE", "/api/v1/segment/*")) {
            segments.delete(segment.id());
            return Answers.ok(Segments.asObject(segment));
        }
        if (call.is("PUT", "/api/v1/segment/*")) {
            return update(call, segment, now);
        }
        if (call.is("PUT", "/api/v1/segment/*/visitor/*")) {
            segment.visitors().add(call.segment(5));
            segment.touch(now);
            return Answers.ok(Segments.status(segment));
        }
        if (call.is("DELETE", "/api/v1/segment/*/visitor/*")) {
            segment.visitors().remove(call.segment(5));
            segment.touch(now);
            return Answers.ok(Segments.status(segment));
        }
        return patch(call, segment, now);
    }

    private static Optional<ResponseDefinition> create(Call call, MockState state) {
        JsonNode body = call.json().orElse(JSON.missingNode());
        JsonNode name = body.path("name");
        if (!name.isTextual() || name.textValue().isBlank()) {
            return Answers.error(400, "A segment needs a name");
        }
        Optional<List<String>> visitors = ids(body.path("visitors"));
        if (visitors.isEmpty()) {
            return Answers.error(400, "visitors must be an array of visitor ids");
        }
        Segment segment = state.segments().create(name.textValue(), visitors.get(), state.now());
        return Answers.ok(Segments.asObject(segment));
    }

    /** At least one of name and visitors; each given replaces the segment's. */
    private static Optional<ResponseDefinition> update(Call call, Segment segment, long now) {
        JsonNode body = call.json().orElse(JSON.missingNode());
        JsonNode name = body.path("name");
        JsonNode visitorList = body.path("visitors");
        Optional<List<String>> visitors = visitorList.isMissingNode() ? Optional.of(List.of()) : ids(visitorList);
        if ((name.isMissingNode() && visitorList.isMissingNode()) || (!name.isMissingNode() && !name.isTextual())
                || visitors.isEmpty()) {
            return Answers.error(400, "An update needs a name (text), visitors (an array of ids), or both");
        }
        if (name.isTextual()) {
            segment.rename(name.textValue(), now);
        }
        if (!visitorList.isMissingNode()) {
            segment.replaceVisitors(visitors.get(), now);
        }
        return Answers.ok(Segments.asObject(segment));
    }

    /** {@code {"patch": [{"op": "add"|"remove", "path": "/visitors", "value": [ids]}]}}. */
    private static Optional<ResponseDefinition> patch(Call call, Segment segment, long now) {
        JsonNode operations = call.json().orElse(JSON.missingNode()).path("patch");
        if (!operations.isArray() || operations.isEmpty()) {
            return Answers.error(400, "patch must be an array of add and remove operations");
        }
        int count = 0;
        List<ObjectNode> checked = new ArrayList<>();
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            Optional<List<String>> ids = ids(operation.path("value"));
            if (!(op.equals("add") || op.equals("remove")) || !operation.path("path").asText().equals("/visitors")
                    || ids.isEmpty()) {
                return Answers.error(400, "each patch operation needs op add or remove, path /visitors and a value"
                        + " array of visitor ids");
            }
            count += ids.get().size();
            checked.add((ObjectNode) operation);
        }
        if (operations.size() > MAX_PATCH_OPERATIONS || count > MAX_PATCH_VISITORS) {
            return Answers.error(413, "Segment patch requests can have at most " + MAX_PATCH_OPERATIONS
                    + " operations and " + MAX_PATCH_VISITORS + " visitors");
        }
        for (ObjectNode operation : checked) {
            List<String> ids = ids(operation.get("value")).orElseThrow();
            if (operation.get("op").asText().equals("add")) {
                segment.visitors().addAll(ids);
            } else {
                ids.forEach(segment.visitors()::remove);
            }
        }
        segment.touch(now);
        return Answers.ok(Segments.status(segment));
    }

    /** The ids of a JSON array of strings, or empty when it is not one. */
    private static Optional<List<String>> ids(JsonNode array) {
        if (!array.isArray()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : array) {
            if (!id.isTextual()) {
                return Optional.empty();
            }
            ids.add(id.textValue().strip());
        }
        return Optional.of(ids);
    }
}
