package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bulk deletion requests received, kept as Pendo keeps them ("every bulk delete request and
 * its completion status is preserved for all time and serves as a receipt"). The mock deletes at
 * once, so every request is complete as soon as it is answered. The collection documents no shape
 * for the receipt; the mock's is {@code {"id", "kind", "ids", "count", "status": "complete",
 * "createdAt", "completedAt"}}.
 */
final class BulkDeletions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> receipts = new LinkedHashMap<>();

    /** Records a deletion of {@code ids} of the kind ("visitor", "account") and returns its receipt. */
    ObjectNode record(String kind, List<String> ids, long at) {
        String id = String.format(Locale.ROOT, "bulkdelete-%05d", receipts.size() + 1);
        ObjectNode receipt = JSON.objectNode().put("id", id).put("kind", kind);
        ArrayNode list = receipt.putArray("ids");
        ids.forEach(list::add);
        receipt.put("count", ids.size()).put("status", "complete").put("createdAt", at).put("completedAt", at);
        receipts.put(id, receipt);
        return receipt.deepCopy();
    }

    Optional<ObjectNode> find(String id) {
        return Optional.ofNullable(receipts.get(id)).map(ObjectNode::deepCopy);
    }
}
