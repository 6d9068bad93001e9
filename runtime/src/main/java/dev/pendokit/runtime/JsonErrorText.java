package dev.pendokit.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** Where and why Jackson could not decode a body, in words for a message. */
final class JsonErrorText {

    /** Jackson's messages can quote a long token; a message needs only its start. */
    private static final int PROBLEM_CHARS = 300;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /** Jackson names its source inside some messages ("[Source: REDACTED ...; line: 1, ..."): the place is given apart. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private JsonErrorText() {}

    /**
     * Where decoding failed: a JSON path when one is known, with the line and column.
     *
     * @param failure what Jackson threw
     * @param valueRoot the path of the value being decoded ({@code $}, or {@code $.results[2]} for a row), which
     *     a binding failure's path starts from
     * @return {@code $.results[2].count (line 1, column 70)}, or {@code line 1, column 2} at the top of the body
     */
    static String location(JsonProcessingException failure, String valueRoot) {
        String path = path(failure, valueRoot);
        JsonLocation at = failure.getLocation();
        String lineAndColumn = at == null || at.getLineNr() < 0 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (path.equals("$")) {
            return lineAndColumn.isEmpty() ? "the start of the body" : lineAndColumn;
        }
        return lineAndColumn.isEmpty() ? path : path + " (" + lineAndColumn + ")";
    }

    /**
     * What Jackson found, on one line and without the source's description it puts in some messages.
     *
     * @param failure what Jackson threw
     * @param mask hides the client's secrets, which a message may quote from the body
     * @return the problem, at most {@value #PROBLEM_CHARS} characters and an ellipsis
     */
    static String problem(JsonProcessingException failure, SecretMask mask) {
        String text = String.valueOf(failure.getOriginalMessage());
        text = mask.mask(SOURCE.matcher(text).replaceAll("[")).replaceAll("\\s+", " ").strip()
                .replaceAll("\\p{Cntrl}", "\uFFFD");
        return text.length() > PROBLEM_CHARS ? text.substring(0, PROBLEM_CHARS) + "…" : text;
    }

    /**
     * A binding failure knows the path from the value it was decoding; a parse failure does not, but
     * its parser knows where it stopped, from the top of the body.
     */
    private static String path(JsonProcessingException failure, String valueRoot) {
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return valueRoot + references(mapping.getPath());
        }
        if (failure.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return "$" + contexts(parser.getParsingContext());
        }
        return valueRoot;
    }

    private static String references(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(field(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String contexts(JsonStreamContext innermost) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext context = innermost; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray() && context.hasCurrentIndex()) {
                steps.push("[" + context.getCurrentIndex() + "]");
            } else if (context.inObject() && context.getCurrentName() != null) {
                steps.push(field(context.getCurrentName()));
            }
        }
        return String.join("", steps);
    }

    private static String field(String name) {
        return IDENTIFIER.matcher(name).matches() ? "." + name
                : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
