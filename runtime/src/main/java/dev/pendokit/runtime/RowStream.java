package dev.pendokit.runtime;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a Pendo aggregation response ({@code {"results": [row, row, ...]}}), read from the
 * response stream one at a time: memory stays flat however large the answer (Pendo allows up to
 * 4 GB). Iterate it once and close it (try-with-resources), or use {@link #stream()} and close
 * the stream. Fields beside {@code results} are skipped. Rows of several answers, one after the
 * other, stream the same way ({@link #of}).
 *
 * @param <T> the rows' type
 */
public final class RowStream<T> implements Iterable<T>, AutoCloseable {

    private final Iterator<T> rows;
    private final AutoCloseable resources;
    private boolean iterated;

    private RowStream(Iterator<T> rows, AutoCloseable resources) {
        this.rows = rows;
        this.resources = resources;
    }

    static <T> RowStream<T> open(ObjectMapper mapper, InputStream body, JavaType rowType) throws IOException {
        JsonParser parser = mapper.getFactory().createParser(body);
        try {
            // One reader for all rows: it resolves the row's deserializer once, not per row.
            ParsedRows<T> rows = new ParsedRows<>(mapper.readerFor(rowType), parser);
            rows.seekResults();
            return new RowStream<>(rows, parser);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /**
     * Rows from elsewhere, such as several answers read one after the other (paging): {@code rows}
     * is iterated once, and {@code resources} closed with the stream.
     *
     * @param <T> the rows' type
     * @param rows the rows, read as they are asked for
     * @param resources what the rows are read from, such as the open answer
     * @return the rows
     */
    public static <T> RowStream<T> of(Iterator<T> rows, AutoCloseable resources) {
        return new RowStream<>(rows, resources);
    }

    /**
     * The rows, read as they are asked for; they can be read only once, since none is kept.
     *
     * @return the rows
     * @throws IllegalStateException if the rows were read already
     */
    @Override
    public Iterator<T> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of an aggregation can be read only once");
        }
        iterated = true;
        return rows;
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        iterator().forEachRemaining(action);
    }

    /**
     * The rows as a sequential stream; closing it closes the response.
     *
     * @return the rows
     * @throws IllegalStateException if the rows were read already
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED),
                false).onClose(this::close);
    }

    /**
     * Closes the answer, whether or not every row was read, so its connection is released.
     *
     * @throws UncheckedIOException if closing the answer fails
     */
    @Override
    public void close() {
        try {
            resources.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("closing the rows failed", e);
        }
    }

    /** The rows of one answer, parsed from its body as they are asked for. */
    private static final class ParsedRows<T> implements Iterator<T> {

        private final ObjectReader reader;
        private final JsonParser parser;
        private boolean inResults;
        private boolean exhausted;
        private boolean checked;
        private boolean hasRow;

        ParsedRows(ObjectReader reader, JsonParser parser) {
            this.reader = reader;
            this.parser = parser;
        }

        /** Moves to the first element of {@code results}, skipping other fields; no results: no rows. */
        void seekResults() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                // A parse failure, with the parser's place: the transport reports it as an answer that did not decode.
                throw new JsonParseException(parser, "an aggregation answers a JSON object with \"results\", but this"
                        + " answer starts with " + parser.currentToken(), parser.currentTokenLocation());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("results") && value == JsonToken.START_ARRAY) {
                    inResults = true;
                    return;
                }
                parser.skipChildren();
            }
            exhausted = true;
        }

        @Override
        public boolean hasNext() {
            if (!checked) {
                hasRow = advance();
                checked = true;
            }
            return hasRow;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            checked = false;
            try {
                return reader.readValue(parser);
            } catch (IOException e) {
                throw new UncheckedIOException("reading an aggregation row failed", e);
            }
        }

        /** Moves to the start of the next row; false at the end of {@code results}. */
        private boolean advance() {
            if (exhausted || !inResults) {
                return false;
            }
            try {
                JsonToken token = parser.nextToken();
                if (token == null || token == JsonToken.END_ARRAY) {
                    exhausted = true;
                    return false;
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("reading an aggregation row failed", e);
            }
        }
    }
}
