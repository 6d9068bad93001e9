package dev.pendokit.runtime.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.runtime.RowStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cursor paging over a source Pendo answers as a whole: every row once, in key order, whatever the
 * page size (one row, a divisor of the total, more than the total), and with a key of two fields
 * whose first repeats across a page boundary. The fake below answers a page as Pendo would: it
 * applies the filter, the sort and the limit of the pipeline it is sent.
 */
class PagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Source<JsonNode> EVENTS = Source.events("pageEvents", JsonNode.class,
            List.of("visitorId", "day"), "day");

    @ParameterizedTest(name = "{0} rows a page")
    @ValueSource(ints = {1, 2, 3, 7, 10, 21, 1000})
    void everyRowOnceInKeyOrder(int pageSize) {
        FakePendo pendo = new FakePendo(rows(21));
        Aggregation<JsonNode> all = Aggregation.of(EVENTS).timeSeries(TimeSeries.daysBack(7));

        List<String> read = new ArrayList<>();
        try (RowStream<JsonNode> rows = Paging.over(all, pageSize, JSON, pendo::run)) {
            rows.forEach(row -> read.add(row.path("visitorId").asText() + "/" + row.path("day").asLong()));
        }

        assertThat(read).containsExactlyElementsOf(pendo.sorted());
        // A full last page needs one more request to learn it was the last.
        assertThat(pendo.requests).isEqualTo(21 / pageSize + 1);
    }

    @Test
    void aPageStartsAfterTheLastKeyOfTheOneBefore() {
        assertThat(Paging.after(List.of("visitorId"), List.of(text("v\"1"))))
                .isEqualTo("visitorId > \"v\\\"1\"");
        assertThat(Paging.after(List.of("visitorId", "day"), List.of(text("v1"), JSON.valueToTree(5))))
                .isEqualTo("visitorId > \"v1\" || (visitorId == \"v1\" && day > 5)");
    }

    @Test
    void aPageSizeBelowOneOrAnAggregationWithoutKeyIsRefused() {
        Aggregation<JsonNode> all = Aggregation.of(EVENTS);
        Aggregation<JsonNode> unkeyed = Aggregation.of(Source.named("groups"));

        assertThatThrownBy(() -> Paging.over(all, 0, JSON, a -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a page holds 1 row or more, not 0");
        assertThatThrownBy(() -> Paging.over(unkeyed, 10, JSON, a -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paging groups needs the fields that make a row unique: aggregation.keyedBy(\"id\"),"
                        + " for example");
    }

    @Test
    void aPageThatBreaksCountsTheRowsOfThePagesBeforeIt() {
        FakePendo pendo = new FakePendo(rows(21));
        Function<Aggregation<JsonNode>, RowStream<JsonNode>> secondPageBreaksAfterOneRow = aggregation -> {
            RowStream<JsonNode> page = pendo.run(aggregation);
            if (pendo.requests < 2) {
                return page;
            }
            Iterator<JsonNode> rows = page.iterator();
            return RowStream.of(new Iterator<>() {
                private int read;

                @Override
                public boolean hasNext() {
                    if (read == 1) {
                        throw new UncheckedIOException(new IOException("closed"));
                    }
                    return rows.hasNext();
                }

                @Override
                public JsonNode next() {
                    read++;
                    return rows.next();
                }
            }, page);
        };

        List<JsonNode> read = new ArrayList<>();
        try (RowStream<JsonNode> rows = Paging.over(Aggregation.of(EVENTS).timeSeries(TimeSeries.daysBack(7)), 3, JSON,
                secondPageBreaksAfterOneRow)) {
            assertThatThrownBy(() -> rows.forEach(read::add)).isExactlyInstanceOf(UncheckedIOException.class)
                    .hasMessage("reading the rows failed after delivering 4 rows")
                    .hasRootCauseMessage("closed");
        }
        assertThat(read).hasSize(4);
    }

    /** Three visitors, seven days each, stored out of order: the key's first field repeats. */
    private static List<ObjectNode> rows(int count) {
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            rows.add(JsonNodeFactory.instance.objectNode().put("visitorId", "visitor-" + (i % 3)).put("day", i / 3));
        }
        return rows;
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }

    /** Answers a pipeline of a source, then filter, sort and limit, over rows in memory. */
    private static final class FakePendo {
        private static final Comparator<JsonNode> KEY = Comparator.<JsonNode, String>comparing(
                r -> r.path("visitorId").asText()).thenComparingLong(r -> r.path("day").asLong());
        private final List<ObjectNode> rows;
        int requests;

        FakePendo(List<ObjectNode> rows) {
            this.rows = rows;
        }

        List<String> sorted() {
            return rows.stream().sorted(KEY).map(r -> r.path("visitorId").asText() + "/" + r.path("day").asLong())
                    .toList();
        }

        RowStream<JsonNode> run(Aggregation<JsonNode> aggregation) {
            requests++;
            Stream<JsonNode> answer = rows.stream().map(r -> (JsonNode) r);
            int limit = Integer.MAX_VALUE;
            for (JsonNode step : aggregation.toJson().path("request").path("pipeline")) {
                if (step.has("filter")) {
                    String filter = step.path("filter").asText();
                    answer = answer.filter(row -> matches(filter, row));
                } else if (step.has("sort")) {
                    assertThat(step.path("sort")).containsExactly(text("visitorId"), text("day"));
                    answer = answer.sorted(KEY);
                } else if (step.has("limit")) {
                    limit = step.path("limit").asInt();
                }
            }
            return RowStream.of(answer.limit(limit).iterator(), () -> { });
        }

        /** The filters Paging writes: alternatives of {@code field == literal} and {@code field > literal} terms. */
        private static boolean matches(String filter, JsonNode row) {
            for (String alternative : filter.split(" \\|\\| ")) {
                boolean all = true;
                for (String term : alternative.replaceAll("^\\(|\\)$", "").split(" && ")) {
                    String[] parts = term.split(" ", 3);
                    JsonNode value = row.path(parts[0]);
                    int order = parts[2].startsWith("\"")
                            ? value.asText().compareTo(parts[2].substring(1, parts[2].length() - 1))
                            : Long.compare(value.asLong(), Long.parseLong(parts[2]));
                    all &= parts[1].equals("==") ? order == 0 : order > 0;
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }
}
