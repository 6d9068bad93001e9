package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** How the engine orders JSON values: numbers by value, strings by their characters, absent values first. */
final class JsonValues {

    /** Orders values of different kinds by kind, so a sort over mixed rows is still total and stable. */
    static final Comparator<JsonNode> ORDER = JsonValues::compare;

    private JsonValues() {}

    private static int compare(JsonNode a, JsonNode b) {
        int kinds = Integer.compare(rank(a), rank(b));
        if (kinds != 0) {
            return kinds;
        }
        if (a.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isTextual()) {
            return a.textValue().compareTo(b.textValue());
        }
        if (a.isBoolean()) {
            return Boolean.compare(a.booleanValue(), b.booleanValue());
        }
        return 0;
    }

    /** Whether two values are of a kind that can be ordered against each other (both numbers, strings or booleans). */
    static boolean comparable(JsonNode a, JsonNode b) {
        return rank(a) == rank(b) && (a.isNumber() || a.isTextual() || a.isBoolean());
    }

    private static int rank(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return 0;
        }
        if (node.isBoolean()) {
            return 1;
        }
        if (node.isNumber()) {
            return 2;
        }
        if (node.isTextual()) {
            return 3;
        }
        return 4;
    }
}
