package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.ScalarType;
import java.util.Map;

/**
 * Merges what the documentation says with what the examples show. Documentation decides types
 * and descriptions; examples add fields the tables omit and refine "any" and free-form objects.
 * Where they disagree the documentation wins and a warning names the field and both types.
 */
final class DraftMerge {

    private final Diagnostics diagnostics;

    DraftMerge(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Draft merge(Draft documented, Draft inferred, String path, Location where) {
        if (inferred instanceof Draft.Any || inferred instanceof Draft.Null) {
            return documented;
        }
        if (documented instanceof Draft.Any) {
            return inferred;
        }
        if (documented instanceof Draft.Obj doc && inferred instanceof Draft.Obj inf) {
            for (Map.Entry<String, Draft.Slot> entry : inf.fields.entrySet()) {
                Draft.Slot seen = entry.getValue();
                Draft.Slot slot = doc.fields.get(entry.getKey());
                if (slot == null) {
                    // The tables say what is required; a field only an example shows is optional.
                    seen.required = false;
                    seen.nullable = true;
                    doc.fields.put(entry.getKey(), seen);
                } else {
                    slot.shape = merge(slot.shape, seen.shape, path + "." + entry.getKey(), where);
                    slot.nullable |= seen.nullable;
                }
            }
            return doc;
        }
        if (documented instanceof Draft.FreeForm && inferred instanceof Draft.Obj inf) {
            return inf.fields.isEmpty() ? documented : inferred;
        }
        if (documented instanceof Draft.Array doc && inferred instanceof Draft.Array inf) {
            return new Draft.Array(merge(doc.items(), inf.items(), path + "[]", where));
        }
        if (documented instanceof Draft.Scalar doc && inferred instanceof Draft.Scalar inf) {
            if (!compatible(doc.type(), inf.type())) {
                disagree(path, name(documented), name(inferred), where);
            }
            // "number" in the docs and only whole numbers in the examples: the field holds integers.
            if (doc.type() == ScalarType.NUMBER && inf.type() == ScalarType.INTEGER) {
                return inferred;
            }
            return documented;
        }
        disagree(path, name(documented), name(inferred), where);
        return documented;
    }

    private static boolean compatible(ScalarType documented, ScalarType seen) {
        if (documented == seen) {
            return true;
        }
        boolean docNumeric = documented != ScalarType.STRING && documented != ScalarType.BOOLEAN;
        boolean seenNumeric = seen != ScalarType.STRING && seen != ScalarType.BOOLEAN;
        return docNumeric && seenNumeric && !(documented == ScalarType.INTEGER && seen == ScalarType.NUMBER);
    }

    private void disagree(String path, String documented, String seen, Location where) {
        diagnostics.warning(where, "the documentation says \"" + path + "\" is " + documented
                        + " but an example holds " + seen + "; the documented type is used",
                "Correct the attribute table or the example so that they agree");
    }

    private static String name(Draft draft) {
        if (draft instanceof Draft.Scalar s) {
            return switch (s.type()) {
                case STRING -> "a string";
                case BOOLEAN -> "a boolean";
                case INTEGER -> "an integer";
                case NUMBER -> "a number";
                case EPOCH_MILLIS -> "a time in epoch milliseconds";
                case BINARY -> "a file";
            };
        }
        if (draft instanceof Draft.Array) {
            return "an array";
        }
        if (draft instanceof Draft.Obj || draft instanceof Draft.FreeForm) {
            return "an object";
        }
        return "any value";
    }
}
