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

    /** How a stream that breaks fails, unless the transport that opened it says otherwise. */
    private static final Failures UNCHECKED = (cause, rowsDelivered, rowPath) -> new UncheckedIOException(
            "reading the rows failed after delivering " + rowCount(rowsDelivered), cause);

    private final Iterator<T> rows;
    private final AutoCloseable resources;
    /** The JSON path of the answer's rows ({@code $.results}); null for rows from elsewhere. */
    private final String rowsPath;
    private boolean iterated;
    /** Rows that streams before this one delivered, when it continues them (paging). */
    private long before;
    /** Rows this stream delivered. */
    private long delivered;
    private Failures failures = UNCHECKED;

    /**
     * Makes the exception of a stream that broke after it started: the answer was cut off, or a row
     * did not decode. The call is long over by then, so whoever opened the stream says how to report it.
     */
    @FunctionalInterface
    interface Failures {

        /**
         * The exception to throw.
         *
         * @param cause what reading failed with
         * @param rowsDelivered the rows handed over before the failure, those of the streams this one continues included
         * @param rowPath the JSON path, in this stream's answer, of the row being read ({@code $.results[2]})
         * @return the exception
         */
        RuntimeException broke(IOException cause, long rowsDelivered, String rowPath);
    }

    private RowStream(Iterator<T> rows, AutoCloseable resources, String rowsPath) {
        this.rows = rows;
        this.resources = resources;
        this.rowsPath = rowsPath;
    }

    static <T> RowStream<T> open(ObjectMapper mapper, InputStream body, JavaType rowType) throws IOException {
        JsonParser parser = mapper.getFactory().createParser(body);
        try {
            // One reader for all rows: it resolves the row's deserializer once, not per row.
            ParsedRows<T> rows = new ParsedRows<>(mapper.readerFor(rowType), parser);
            rows.seekResults();
            return new RowStream<>(rows, parser, "$.results");
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
        return new RowStream<>(rows, resources, null);
    }

    /**
     * Makes this stream count its rows after {@code rowsDelivered} others, for a stream that continues
     * others (the next page of a paged aggregation): if it breaks, the rows it says were delivered
     * are all of them.
     *
     * @param rowsDelivered the rows delivered before this stream's first, 0 or more
     * @return this stream
     * @throws IllegalArgumentException if {@code rowsDelivered} is negative
     */
    public RowStream<T> countingFrom(long rowsDelivered) {
        if (rowsDelivered < 0) {
            throw new IllegalArgumentException("rows delivered cannot be negative: " + rowsDelivered);
        }
        this.before = rowsDelivered;
        return this;
    }

    /** Reports a break as {@code failures} says, once the transport has handed the stream over. */
    void failWith(Failures failures) {
        this.failures = failures;
    }

    /** "1 row", "2 rows": a count of rows for messages. */
    static String rowCount(long rows) {
        return rows + (rows == 1 ? " row" : " rows");
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
        return new Delivering();
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

    private String rowPath() {
        return rowsPath == null ? "$" : rowsPath + "[" + delivered + "]";
    }

    /**
     * The rows as they are handed over, counted, so that a stream that breaks says how many came
     * before: a job that stores them can resume after the last.
     */
    private final class Delivering implements Iterator<T> {

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            } catch (UncheckedIOException e) {
                throw failures.broke(e.getCause(), before + delivered, rowPath());
            }
        }

        @Override
        public T next() {
            T row;
            try {
                row = rows.next();
            } catch (UncheckedIOException e) {
                throw failures.broke(e.getCause(), before + delivered, rowPath());
            }
            delivered++;
            return row;
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
                throw new UncheckedIOException(e);
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
                throw new UncheckedIOException(e);
            }
        }
    }
}
