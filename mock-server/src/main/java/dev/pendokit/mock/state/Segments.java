package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The segments made through the API ({@code POST /api/v1/segment/upload}): a name and a list of
 * visitor ids each. The state starts with none, so every segment in it was made by the API and
 * may be changed by it. Ids are {@code segment-00001}, {@code segment-00002}, ... in order of
 * creation; times come from the state's clock.
 */
final class Segments {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One segment; changed only under the state's lock. */
    static final class Segment {
        private final String id;
        private final long createdAt;
        private String name;
        private final Set<String> visitors = new LinkedHashSet<>();
        private long lastUpdatedAt;
        private int version = 1;

        private Segment(String id, String name, long createdAt) {
            this.id = id;
            this.name = name;
            this.createdAt = createdAt;
            this.lastUpdatedAt = createdAt;
        }

        String id() {
            return id;
        }

        Set<String> visitors() {
            return visitors;
        }

        void rename(String name, long at) {
            this.name = name;
            touch(at);
        }

        /** Replaces the visitor list, as an update's {@code visitors} does. */
        void replaceVisitors(Collection<String> ids, long at) {
            visitors.clear();
            visitors.addAll(ids);
            touch(at);
        }

        void touch(long at) {
            lastUpdatedAt = at;
            version++;
        }
    }

    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private int created;

    Segment create(String name, Collection<String> visitors, long at) {
        created++;
        Segment segment = new Segment(String.format(Locale.ROOT, "segment-%05d", created), name, at);
        segment.visitors.addAll(visitors);
        segments.put(segment.id, segment);
        return segment;
    }

    Optional<Segment> find(String id) {
        return Optional.ofNullable(segments.get(id));
    }

    boolean delete(String id) {
        return segments.remove(id) != null;
    }

    List<Segment> all() {
        return new ArrayList<>(segments.values());
    }

    /** Takes deleted visitors out of every segment, as a bulk deletion does everywhere in Pendo. */
    void forget(Collection<String> visitorIds, long at) {
        for (Segment segment : segments.values()) {
            if (segment.visitors.removeAll(visitorIds)) {
                segment.touch(at);
            }
        }
    }

    /** The segment object of {@code GET /api/v1/segment/:id}, as the collection documents it. */
    static ObjectNode asObject(Segment segment) {
        ObjectNode object = JSON.objectNode();
        object.set("createdByUser", apiUser());
        object.put("createdAt", segment.createdAt);
        object.set("lastUpdatedByUser", apiUser());
        object.put("lastUpdatedAt", segment.lastUpdatedAt);
        object.put("kind", "Segment");
        object.put("rootVersionId", segment.id);
        object.put("stableVersionId", segment.id + "-" + segment.version);
        object.put("id", segment.id);
        object.put("name", segment.name);
        return object;
    }

    /**
     * The answer of {@code GET /api/v1/segment/:segmentId/status}: the mock processes a list at
     * once, so the command is always {@code Finish} and {@code totalTagged} is the list's size.
     */
    static ObjectNode status(Segment segment) {
        int size = segment.visitors.size();
        return JSON.objectNode().put("checkFound", size).put("checkTotal", size).put("command", "Finish")
                .put("entityTagId", segment.id).put("entityTagName", segment.name)
                .put("lastUpdatedAt", segment.lastUpdatedAt).put("requestId", segment.id + "-" + segment.version)
                .put("status", 200).put("totalTagged", size);
    }

    /** Who made and changed a segment: the integration key's user, as Pendo records API changes. */
    private static ObjectNode apiUser() {
        return JSON.objectNode().put("id", "api").put("username", "api").put("first", "").put("last", "")
                .put("role", 0).put("userType", "");
    }
}
