package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.answeredBy;
import static dev.pendokit.mock.MockHttp.json;
import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data mode: aggregation pipelines run over a deterministic dataset, over real HTTP. */
class AggregationEngineTest {

    private static final String KEY_HEADER = "x-pendo-integration-key";
    private static final String KEY = "engine-test-key";
    private static final long EPOCH = 1_693_526_400_000L; // 2023-09-01T00:00Z, where the dataset's dates start
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).integrationKey(KEY).aggregationRows(250).start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    private static HttpResponse<String> aggregate(PendoMock target, String pipeline, String... headers) {
        String body = "{\"response\":{\"mimeType\":\"application/json\"},\"request\":{\"pipeline\":[" + pipeline + "]}}";
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return send(request(target, "POST", "/api/v1/aggregation", body, all.toArray(String[]::new)));
    }

    /** The rows of a data-mode answer, checking it is one. */
    private static List<JsonNode> rows(String pipeline) {
        HttpResponse<String> response = aggregate(mock, pipeline, KEY_HEADER, KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(answeredBy(response)).isEmpty();
        List<JsonNode> rows = new ArrayList<>();
        json(response).path("results").forEach(rows::add);
        return rows;
    }

    private static String quoted(String text) {
        return MockHttp.JSON.valueToTree(text).toString();
    }

    @Test
    void aCursorPagesThroughEveryVisitorOnceInThreePages() {
        Set<String> seen = new LinkedHashSet<>();
        int pages = 0;
        int collected = 0;
        String last = null;
        while (true) {
            String cursor = last == null ? "" : ",{\"filter\":" + quoted("visitorId > \"" + last + "\"") + "}";
            List<JsonNode> page = rows("{\"source\":{\"visitors\":null}},{\"sort\":[\"visitorId\"]}" + cursor
                    + ",{\"limit\":100}");
            pages++;
            collected += page.size();
            page.forEach(row -> seen.add(row.path("visitorId").asText()));
            if (page.size() < 100) {
                break;
            }
            last = page.get(page.size() - 1).path("visitorId").asText();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(collected).isEqualTo(250);
        assertThat(seen).hasSize(250).startsWith("visitor-00001").endsWith("visitor-00250");
    }

    @Test
    void eventsCoverSevenDaysFromANumericFirstTheSameEachTime() {
        String pipeline = "{\"source\":{\"pageEvents\":null,\"timeSeries\":{\"period\":\"dayRange\",\"first\":"
                + (EPOCH + 5 * HOUR) + ",\"count\":7}}}";
        List<JsonNode> rows = rows(pipeline);
        assertThat(rows).hasSize(7 * 250);
        assertThat(days(rows)).containsExactly(EPOCH, EPOCH + DAY, EPOCH + 2 * DAY, EPOCH + 3 * DAY, EPOCH + 4 * DAY,
                EPOCH + 5 * DAY, EPOCH + 6 * DAY);
        assertThat(rows.get(0).path("visitorId").asText()).isEqualTo("visitor-00001");
        assertThat(rows).allSatisfy(row -> assertThat(row.path("pageId").asText()).startsWith("page-"))
                .allSatisfy(row -> assertThat(row.path("numEvents").asInt()).isPositive())
                .allSatisfy(row -> assertThat(row.has("accountId") && row.has("numMinutes") && row.has("appId")).isTrue());
        assertThat(rows(pipeline)).isEqualTo(rows);
        assertThat(rows(pipeline.replace(String.valueOf(EPOCH + 5 * HOUR), "\"" + (EPOCH + 5 * HOUR) + "\"")))
                .isEqualTo(rows);
    }

    @Test
    void eventsFromNowBackSevenDaysCoverTheSevenDaysBeforeToday() {
        long before = Instant.now().truncatedTo(ChronoUnit.DAYS).toEpochMilli();
        List<JsonNode> rows = rows("{\"source\":{\"events\":null,\"timeSeries\":{\"period\":\"dayRange\","
                + "\"first\":\"now()\",\"count\":-7}}},{\"filter\":\"visitorId == \\\"visitor-00001\\\"\"}");
        long after = Instant.now().truncatedTo(ChronoUnit.DAYS).toEpochMilli();
        assertThat(rows).hasSize(7);
        Set<Long> days = days(rows);
        // Both ends resolved the same day unless the test ran across midnight UTC.
        assertThat(days.iterator().next()).isIn(before - 7 * DAY, after - 7 * DAY);
        assertThat(((TreeSet<Long>) days).last()).isIn(before - DAY, after - DAY);
    }

    @Test
    void aDescendingSortPutsTheLatestVisitFirst() {
        List<JsonNode> rows = rows("{\"source\":{\"visitors\":null}},{\"sort\":[\"-metadata.auto.lastvisit\"]},"
                + "{\"limit\":3}");
        assertThat(rows).extracting(row -> row.path("visitorId").asText())
                .containsExactly("visitor-00250", "visitor-00249", "visitor-00248");
    }

    @Test
    void selectKeepsOnlyTheNamedFieldsUnderTheirNewNames() {
        List<JsonNode> rows = rows("{\"source\":{\"accounts\":null}},{\"limit\":2},"
                + "{\"select\":{\"id\":\"accountId\",\"updated\":\"metadata.auto.lastupdated\",\"none\":\"nope\"}}");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).toString()).isEqualTo("{\"id\":\"account-00001\",\"updated\":" + (EPOCH + HOUR)
                + ",\"none\":null}");
    }

    @Test
    void aDateWindowFilterKeepsTheVisitsInsideIt() {
        String window = "metadata.auto.lastvisit >= " + (EPOCH + 10 * HOUR) + " && metadata.auto.lastvisit < "
                + (EPOCH + 20 * HOUR);
        assertThat(rows("{\"source\":{\"visitors\":null}},{\"filter\":" + quoted(window) + "}"))
                .extracting(row -> row.path("visitorId").asText()).hasSize(10)
                .startsWith("visitor-00010").endsWith("visitor-00019");
        String grouped = "(visitorId == `visitor-00002` || visitorId == \"visitor-00200\") && (" + window + ")";
        assertThat(rows("{\"source\":{\"visitors\":null}},{\"filter\":" + quoted(grouped) + "}"))
                .extracting(row -> row.path("visitorId").asText()).isEmpty();
        String either = "visitorId == `visitor-00002` || " + window.replace(" && ", " && visitorId != \"visitor-00011\" && ");
        assertThat(rows("{\"source\":{\"visitors\":null}},{\"filter\":" + quoted(either) + "}")).hasSize(10);
    }

    @Test
    void anUnreadableFilterGets400NamingTheOperatorAndWhere() {
        HttpResponse<String> response = aggregate(mock, "{\"source\":{\"visitors\":null}},{\"filter\":"
                + quoted("visitorId >> \"x\"") + "}", KEY_HEADER, KEY);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("error").asText()).isEqualTo("Bad Request");
        assertThat(error.path("message").asText()).startsWith("filter: could not read 'visitorId >> \"x\"' at position 12");

        HttpResponse<String> limit = aggregate(mock, "{\"source\":{\"visitors\":null}},{\"limit\":\"ten\"}", KEY_HEADER,
                KEY);
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(json(limit).path("message").asText()).startsWith("limit: ");
    }

    @Test
    void anOperatorTheEngineDoesNotServeIsLeftToTheStubs() {
        HttpResponse<String> response = aggregate(mock, "{\"source\":{\"visitors\":null}},{\"group\":{\"group\":"
                + "[\"visitorId\"]}}", KEY_HEADER, KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answeredBy(response)).startsWith("Aggregation/");
    }

    @Test
    void withoutAKeyOrWithAWrongOneDataModeStillAnswers401() {
        String visitors = "{\"source\":{\"visitors\":null}}";
        HttpResponse<String> missing = aggregate(mock, visitors);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).path("message").asText()).startsWith("No valid integration key provided");
        HttpResponse<String> wrong = aggregate(mock, visitors, KEY_HEADER, "wrong");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).path("results").isMissingNode()).isTrue();
    }

    @Test
    void withDataModeOffTheStubsAnswerAsBefore() {
        try (PendoMock off = PendoMock.builder().port(0).start()) {
            HttpResponse<String> response = aggregate(off, "{\"source\":{\"visitors\":null}},{\"sort\":[\"visitorId\"]},"
                    + "{\"limit\":100}", KEY_HEADER, "k");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(answeredBy(response)).isEqualTo("Aggregation/Metadata and object sources/visitors");
            assertThat(json(response).path("results").size()).isLessThan(100);
        }
    }

    private static TreeSet<Long> days(List<JsonNode> rows) {
        TreeSet<Long> days = new TreeSet<>();
        rows.forEach(row -> days.add(row.path("day").asLong()));
        return days;
    }

}
