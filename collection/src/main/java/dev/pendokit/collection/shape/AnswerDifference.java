package dev.pendokit.collection.shape;

/**
 * One way an answer differs from what its operation documents for its status. Like
 * {@link ShapeMismatch} it names statuses, media types and JSON types, never values: an answer
 * may hold a customer's data.
 *
 * @param kind what differs
 * @param status the status the answer came with
 * @param place for a body: a JSON path as {@link ShapeMismatch#place()} gives it ({@code $} for the
 *     whole body); {@code Content-Type} for a media type; "" for a status
 * @param field the field's name, for a missing or undocumented field; else ""
 * @param documented what the documentation says: a JSON type, a media type, or for a documented
 *     error its reason ("" when it gives none)
 * @param actual what came: a JSON type, a media type ("" for none), or "" where there is nothing to say
 * @param optional for a missing field, whether the documentation lets it be absent or null
 */
public record AnswerDifference(Kind kind, int status, String place, String field, String documented, String actual,
                               boolean optional) {

    public enum Kind {
        /** A status the operation does not document. */
        UNDOCUMENTED_STATUS,
        /** A documented error status: its body is not compared, so nothing is known to differ. */
        DOCUMENTED_ERROR_NOT_CHECKED,
        /** A documented success whose body comes as another media type. */
        CONTENT_TYPE_CHANGED,
        /** A documented field is absent. */
        MISSING_FIELD,
        /** A field the documentation does not list is present. */
        UNDOCUMENTED_FIELD,
        /** A value of another JSON type than documented. */
        TYPE_CHANGED,
        /** A body documented as JSON that does not parse. */
        NOT_JSON,
        /** No body where the documentation shows one. */
        EMPTY_BODY
    }

    /** Where in the answer: {@code status 201}, {@code response 200: Content-Type}, {@code response 200: $[].kind}. */
    public String where() {
        return switch (kind) {
            case UNDOCUMENTED_STATUS, DOCUMENTED_ERROR_NOT_CHECKED -> "status " + status;
            default -> "response " + status + ": " + place;
        };
    }

    /** What differs, in one sentence, as live drift reports it. */
    public String description() {
        return switch (kind) {
            case UNDOCUMENTED_STATUS -> "The API answered " + status
                    + ", a status the collection does not document for this request.";
            case DOCUMENTED_ERROR_NOT_CHECKED -> "Not compared: the API answered " + status
                    + (documented.isEmpty() ? "" : " (documented: " + documented + ")") + ".";
            case CONTENT_TYPE_CHANGED -> "The body comes as " + (actual.isEmpty() ? "no media type at all" : actual)
                    + ", documented as " + documented + ".";
            case MISSING_FIELD -> "The documented field " + field + " is missing from the answer"
                    + (optional ? " (documented as optional or nullable)." : ".");
            case UNDOCUMENTED_FIELD -> "The answer holds the field " + field + ", which the collection does not document.";
            case TYPE_CHANGED, NOT_JSON, EMPTY_BODY -> "The value is " + actual + ", documented as " + documented + ".";
        };
    }

    @Override
    public String toString() {
        return where() + ": " + description();
    }
}
