package dev.pendokit.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The ways generated code reads responses. */
public final class Readers {

    private Readers() {}

    /**
     * JSON into {@code type}; an empty body gives null.
     *
     * @param <T> the result's type
     * @param mapper the client's mapper, which knows its model
     * @param type the class the JSON decodes into
     * @return a reader that closes the body once read
     */
    public static <T> ResponseReader<T> json(ObjectMapper mapper, Class<T> type) {
        return json(mapper, mapper.constructType(type));
    }

    /**
     * JSON into a generic type such as {@code List<Page>}; an empty body gives null.
     *
     * @param <T> the result's type
     * @param mapper the client's mapper, which knows its model
     * @param type the type the JSON decodes into
     * @return a reader that closes the body once read
     */
    public static <T> ResponseReader<T> json(ObjectMapper mapper, TypeReference<T> type) {
        return json(mapper, mapper.constructType(type));
    }

    private static <T> ResponseReader<T> json(ObjectMapper mapper, JavaType type) {
        // Parsed from the stream: copying a small answer out first cost an 8 KB buffer a call.
        return response -> {
            try (InputStream in = response.body(); JsonParser parser = mapper.createParser(in)) {
                return parser.nextToken() == null ? null : mapper.readValue(parser, type);
            }
        };
    }

    /**
     * The one element of a JSON list ({@code [{...}]}), for requests that ask for one thing and are
     * answered with a list; an empty list is reported as 404, naming the {@code thing}.
     *
     * @param <T> the element's type
     * @param mapper the client's mapper, which knows its model
     * @param type the class the element decodes into
     * @param thing what the element is ({@code visitor}), for the 404's message
     * @return a reader that closes the body once read
     */
    public static <T> ResponseReader<T> first(ObjectMapper mapper, Class<T> type, String thing) {
        return first(mapper, mapper.constructType(type), thing);
    }

    /**
     * {@link #first(ObjectMapper, Class, String)} for a generic element type.
     *
     * @param <T> the element's type
     * @param mapper the client's mapper, which knows its model
     * @param type the type the element decodes into
     * @param thing what the element is ({@code visitor}), for the 404's message
     * @return a reader that closes the body once read
     */
    public static <T> ResponseReader<T> first(ObjectMapper mapper, TypeReference<T> type, String thing) {
        return first(mapper, mapper.constructType(type), thing);
    }

    private static <T> ResponseReader<T> first(ObjectMapper mapper, JavaType type, String thing) {
        JavaType list = mapper.getTypeFactory().constructCollectionType(List.class, type);
        ResponseReader<List<T>> all = json(mapper, list);
        return response -> {
            List<T> elements = all.read(response);
            if (elements == null || elements.isEmpty()) {
                throw new NothingAnswered(thing);
            }
            return elements.get(0);
        };
    }

    /**
     * JSON as a tree, for responses the collection documents no shape for.
     *
     * @param mapper the client's mapper
     * @return a reader that closes the body once read; an empty body gives a JSON null node, not null
     */
    public static ResponseReader<JsonNode> tree(ObjectMapper mapper) {
        return response -> {
            try (InputStream in = response.body(); JsonParser parser = mapper.createParser(in)) {
                return parser.nextToken() == null ? mapper.nullNode() : mapper.readTree(parser);
            }
        };
    }

    /**
     * The body as UTF-8 text (CSV, XML, plain text): never parsed as JSON.
     *
     * @return a reader that closes the body once read
     */
    public static ResponseReader<String> text() {
        return response -> {
            try (InputStream in = response.body()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * The body as a stream, for exports too large to hold; the caller closes it.
     *
     * @return a reader that hands over the body unread
     */
    public static ResponseReader<InputStream> stream() {
        return HttpResponse::body;
    }

    /**
     * Pendo aggregation rows, read one at a time from {@code results}; the caller closes the stream.
     *
     * @param <T> the rows' type
     * @param mapper the client's mapper, which knows its model
     * @param rowType the class each row decodes into
     * @return a reader that hands the open body to the rows
     */
    public static <T> ResponseReader<RowStream<T>> rows(ObjectMapper mapper, Class<T> rowType) {
        return response -> RowStream.open(mapper, response.body(), mapper.constructType(rowType));
    }

    /**
     * Discards the body: operations that answer nothing of use.
     *
     * @return a reader that reads the body to its end, so the connection can be reused, and gives null
     */
    public static ResponseReader<Void> discard() {
        return response -> {
            try (InputStream in = response.body()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return null;
        };
    }
}
