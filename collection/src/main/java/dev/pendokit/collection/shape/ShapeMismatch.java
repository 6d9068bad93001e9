package dev.pendokit.collection.shape;

/**
 * One way a JSON value differs from its documented shape, at one place. It names JSON types,
 * never values: an answer may hold a customer's data.
 *
 * @param place a JSON path with every array element as {@code []} and every map value as
 *     {@code *} ({@code $[].rootVersionId})
 * @param field the field's name, for a missing or undocumented field; else ""
 * @param documented what the documentation says is there ({@code a string}, {@code an object (Page)})
 * @param actual what is there ({@code a whole number}, {@code null}); "" for a missing field
 * @param optional for a missing field, whether the documentation lets it be absent or null
 */
public record ShapeMismatch(Kind kind, String place, String field, String documented, String actual,
                            boolean optional) {

    public enum Kind {
        /** A documented field is absent. */
        MISSING_FIELD,
        /** A field the documentation does not list is present. */
        UNDOCUMENTED_FIELD,
        /** A value of another JSON type than documented, or null where null is not documented. */
        TYPE_CHANGED
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MISSING_FIELD -> place + ": missing" + (optional ? " (optional)" : "");
            case UNDOCUMENTED_FIELD -> place + ": undocumented";
            case TYPE_CHANGED -> place + ": " + actual + ", documented as " + documented;
        };
    }
}
