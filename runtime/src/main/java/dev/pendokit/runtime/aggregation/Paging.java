package dev.pendokit.runtime.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.runtime.RowStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Every row of an aggregation, a page at a time, as one stream. Pendo has no pages; a page is the
 * aggregation sorted on a key that makes rows unique, filtered to the rows after the last key of
 * the page before, and limited: no row is lost or read twice at a boundary, however rows change
 * in between. A page shorter than the limit is the last.
 */
public final class Paging {

    private Paging() {}

    /**
     * Every row of {@code aggregation}, each page sent when the one before is read to its end.
     *
     * @param <R> the rows' type
     * @param aggregation the query to page through; its {@link Aggregation#key() key} orders the pages
     * @param pageSize the rows a page asks for, 1 or more
     * @param mapper reads the key of a page's last row
     * @param run sends one page
     * @return the rows of every page; closing it closes the page being read
     * @throws IllegalArgumentException if {@code pageSize} is less than 1, or the aggregation has no key
     */
    public static <R> RowStream<R> over(Aggregation<R> aggregation, int pageSize, ObjectMapper mapper,
            Function<Aggregation<R>, RowStream<R>> run) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds 1 row or more, not " + pageSize);
        }
        if (aggregation.key().isEmpty()) {
            throw new IllegalArgumentException("paging " + aggregation.source().name() + " needs the fields that make a"
                    + " row unique: aggregation.keyedBy(\"id\"), for example");
        }
        Pages<R> pages = new Pages<>(aggregation, pageSize, mapper, run);
        return RowStream.of(pages, pages::close);
    }

    /** The filter that starts after {@code last} on the key fields: {@code a > "x" || (a == "x" && b > "y")}. */
    static String after(List<String> fields, List<JsonNode> last) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            StringBuilder term = new StringBuilder();
            for (int j = 0; j < i; j++) {
                term.append(fields.get(j)).append(" == ").append(literal(last.get(j))).append(" && ");
            }
            term.append(fields.get(i)).append(" > ").append(literal(last.get(i)));
            alternatives.add(i == 0 ? term.toString() : "(" + term + ")");
        }
        return String.join(" || ", alternatives);
    }

    /** A value in Pendo's expression language: numbers as they are, the rest as quoted strings. */
    private static String literal(JsonNode value) {
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        return "\"" + value.asText().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final class Pages<R> implements Iterator<R> {

        private final Aggregation<R> first;
        private final int pageSize;
        private final ObjectMapper mapper;
        private final Function<Aggregation<R>, RowStream<R>> run;
        private RowStream<R> page;
        private Iterator<R> rows;
        private int read;
        /** Rows of every page so far, so a page that breaks counts the rows before it too. */
        private long delivered;
        private R last;
        private boolean done;

        Pages(Aggregation<R> first, int pageSize, ObjectMapper mapper, Function<Aggregation<R>, RowStream<R>> run) {
            this.first = first;
            this.pageSize = pageSize;
            this.mapper = mapper;
            this.run = run;
        }

        @Override
        public boolean hasNext() {
            while (!done) {
                if (rows != null && rows.hasNext()) {
                    return true;
                }
                if (rows != null) {
                    page.close();
                    if (read < pageSize) {
                        done = true;
                        break;
                    }
                }
                open();
            }
            return false;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = rows.next();
            read++;
            delivered++;
            return last;
        }

        private void open() {
            List<String> key = first.key();
            Aggregation<R> query = first;
            if (last != null) {
                JsonNode row = mapper.valueToTree(last);
                List<JsonNode> values = new ArrayList<>();
                for (String field : key) {
                    JsonNode value = row;
                    for (String part : field.split("\\.")) {
                        value = value.path(part);
                    }
                    if (value.isMissingNode() || value.isNull()) {
                        throw new IllegalStateException("a row has no " + field + ", which paging needs: " + row);
                    }
                    values.add(value);
                }
                query = query.filter(after(key, values));
            }
            page = run.apply(query.sort(key.toArray(String[]::new)).limit(pageSize)).countingFrom(delivered);
            rows = page.iterator();
            read = 0;
        }

        void close() {
            if (page != null) {
                page.close();
            }
            done = true;
        }
    }
}
