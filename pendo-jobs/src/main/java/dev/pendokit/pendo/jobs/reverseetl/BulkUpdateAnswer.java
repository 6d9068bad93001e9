package dev.pendokit.pendo.jobs.reverseetl;

import dev.pendokit.pendo.model.SetValueForASetOfAgentOrCustomFieldsResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bulk update's answer. The collection documents {@code total} (updated + failed) and
 * {@code failed} (length(missing) + length(errors)), so the answer also carries {@code updated},
 * {@code missing} (the unknown ids) and {@code errors}; the generated model keeps those last three
 * among its additional properties. An error names its row when it is an object with an {@code id},
 * {@code visitorId} or {@code accountId}; any other error cannot be tied to a row.
 */
final class BulkUpdateAnswer {

    final Set<String> missing = new LinkedHashSet<>();
    final Map<String, String> errorsById = new LinkedHashMap<>();
    final int unattributedErrors;

    private BulkUpdateAnswer(SetValueForASetOfAgentOrCustomFieldsResponse answer, MetadataKind kind,
            Set<String> batchIds) {
        Map<String, Object> extra = answer == null ? Map.of() : answer.additionalProperties();
        if (extra.get("missing") instanceof List<?> ids) {
            for (Object id : ids) {
                if (id != null && batchIds.contains(id.toString())) {
                    missing.add(id.toString());
                }
            }
        }
        int unattributed = 0;
        if (extra.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                String id = idOf(error, kind);
                if (id != null && batchIds.contains(id)) {
                    errorsById.put(id, excerpt(error));
                } else {
                    unattributed++;
                }
            }
        }
        // A failed count above what the lists explain also means rows we cannot name.
        if (answer != null && answer.failed() != null) {
            unattributed = Math.max(unattributed, answer.failed().intValue() - missing.size() - errorsById.size());
        }
        this.unattributedErrors = unattributed;
    }

    static BulkUpdateAnswer read(SetValueForASetOfAgentOrCustomFieldsResponse answer, MetadataKind kind,
            Set<String> batchIds) {
        return new BulkUpdateAnswer(answer, kind, batchIds);
    }

    private static String idOf(Object error, MetadataKind kind) {
        if (error instanceof Map<?, ?> map) {
            for (String key : List.of(kind.idField(), "id")) {
                Object id = map.get(key);
                if (id != null) {
                    return id.toString();
                }
            }
        }
        return null;
    }

    private static String excerpt(Object error) {
        String text = String.valueOf(error);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
