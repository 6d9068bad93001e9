package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The visitors, or the accounts, of the state, by id. Each is kept as its row of the
 * {@code visitors} or {@code accounts} aggregation source ({@code {"visitorId": ..., "metadata":
 * {"auto": ..., "custom": ...}}}), so a value set through the metadata calls is in that row at
 * {@code metadata.<group>.<field>}; a GET by id answers the same metadata in the object's own
 * shape ({@link #asObject}). Ordered by id, as the dataset's rows are.
 */
final class Entities {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Kind kind;
    private final TreeMap<String, ObjectNode> rows = new TreeMap<>();

    /** Visitors or accounts: the word in Pendo's paths, and the id field of their rows. */
    enum Kind {
        VISITOR("visitor", "visitorId", "visitors"),
        ACCOUNT("account", "accountId", "accounts");

        final String path;
        final String idField;
        final String source;

        Kind(String path, String idField, String source) {
            this.path = path;
            this.idField = idField;
            this.source = source;
        }

        /** The kind a path names ("visitor", "account"), if any. */
        static Optional<Kind> of(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** @param rows the starting rows of the kind's source, copied */
    Entities(Kind kind, List<JsonNode> rows) {
        this.kind = kind;
        for (JsonNode row : rows) {
            this.rows.put(row.path(kind.idField).asText(), (ObjectNode) row.deepCopy());
        }
    }

    boolean contains(String id) {
        return rows.containsKey(id);
    }

    Optional<ObjectNode> row(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** A new visitor or account with no metadata yet, as {@code ?create=true} makes one. */
    ObjectNode create(String id) {
        ObjectNode row = JSON.objectNode().put(kind.idField, id);
        row.putObject("metadata");
        rows.put(id, row);
        return row;
    }

    boolean remove(String id) {
        return rows.remove(id) != null;
    }

    /** Sets {@code metadata.<group>.<field>} of the row. */
    static void set(ObjectNode row, String group, String field, JsonNode value) {
        ObjectNode metadata = row.with("metadata");
        JsonNode groupNode = metadata.get(group);
        ObjectNode values = groupNode instanceof ObjectNode object ? object : metadata.putObject(group);
        values.set(field, value == null ? JSON.nullNode() : value.deepCopy());
    }

    /** {@code metadata.<group>.<field>} of the row, or empty when it has none. */
    static Optional<JsonNode> get(ObjectNode row, String group, String field) {
        JsonNode value = row.path("metadata").path(group).path(field);
        return value.isMissingNode() ? Optional.empty() : Optional.of(value.deepCopy());
    }

    /** Copies of the rows, ordered by id, for an aggregation to own. */
    List<JsonNode> rows() {
        List<JsonNode> copies = new ArrayList<>(rows.size());
        for (Map.Entry<String, ObjectNode> row : rows.entrySet()) {
            copies.add(row.getValue().deepCopy());
        }
        return copies;
    }

    /**
     * The visitor or account object of {@code GET /api/v1/visitor/:id} ({@code id}, a visitor's
     * {@code accountIds}, {@code metadata}), made from its row.
     */
    ObjectNode asObject(ObjectNode row) {
        ObjectNode object = JSON.objectNode().put("id", row.path(kind.idField).asText());
        if (kind == Kind.VISITOR) {
            ArrayNode accountIds = object.putArray("accountIds");
            row.path("metadata").path("auto").path("accountids").forEach(id -> accountIds.add(id.deepCopy()));
        }
        object.set("metadata", row.path("metadata").deepCopy());
        return object;
    }
}
