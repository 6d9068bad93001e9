package dev.pendokit.pendo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.mock.PendoMockExtension;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.aggregation.Source;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.jobs.bi.BiExtraction;
import dev.pendokit.pendo.jobs.bi.DateWindow;
import dev.pendokit.pendo.jobs.bi.ReportTable;
import dev.pendokit.pendo.runtime.RowStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BI connector's jobs against the mock server over HTTP: what goes out is what the
 * connector's documentation says, and what comes back is read into rows.
 */
class BiExtractionTest {

    private static final String KEY = "bi-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** "Today" for these tests: 2026-11-22 in UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);
    private static final long NOV_20 = LocalDate.of(2026, 11, 20).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    private static final long DAY = 86_400_000L;

    @RegisterExtension
    static final PendoMockExtension PENDO = PendoMockExtension.builder().integrationKey(KEY).failOnUnmatched().build();

    private BiExtraction bi;

    @BeforeEach
    void client() {
        bi = new BiExtraction(PendoClient.builder().baseUrl(PENDO.baseUrl()).integrationKey(KEY).build(), CLOCK,
                ZoneId.of("UTC"));
    }

    @Test
    void publicReportsAndAReportsContentsAsJsonCsvAndATableUnderItsOwnColumnNames() {
        assertThat(bi.publicReports()).isNotEmpty().allSatisfy(r -> assertThat(r.id()).isNotBlank());
        assertThat(bi.reportRows("report-1")).isNotEmpty();
        String csv = bi.reportCsv("report-1");
        ReportTable table = bi.reportTable("report-1");
        assertThat(table.columns()).isNotEmpty().containsExactlyElementsOf(List.of(csv.lines().findFirst().orElseThrow()
                .split(",")));
        assertThat(table.rows()).hasSize((int) csv.lines().count() - 1)
                .allSatisfy(row -> assertThat(row).hasSameSizeAs(table.columns()));
        assertThat(PENDO.receivedRequests()).extracting(ReceivedRequest::url).containsExactly("/api/v1/report",
                "/api/v1/report/report-1/results.json", "/api/v1/report/report-1/results.csv",
                "/api/v1/report/report-1/results.csv");
    }

    @Test
    void aGuidesChangeHistory() {
        assertThat(bi.guideHistory("guide-1")).isNotEmpty();
        assertThat(PENDO.receivedRequests()).singleElement().satisfies(r -> assertThat(r.url())
                .isEqualTo("/api/v1/guide/guide-1/history"));
    }

    static Stream<Source<?>> connectorSources() {
        return Stream.of(Sources.ACCOUNTS, Sources.EVENTS, Sources.FEATURES, Sources.FEATURE_EVENTS, Sources.GUIDES,
                Sources.PAGES, Sources.PAGE_EVENTS, Sources.VISITORS);
    }

    @ParameterizedTest
    @MethodSource("connectorSources")
    void aRowAggregationOfEachSourceSelectsTheDaysByTheFieldTheConnectorDocuments(Source<?> source) throws Exception {
        List<JsonNode> rows = rows(bi.rowAggregation(source, DateWindow.between(DateWindow.Bound.on(
                LocalDate.of(2026, 11, 20)), DateWindow.Bound.daysAgo(0))));

        assertThat(rows).isNotEmpty();
        JsonNode pipeline = sentPipeline();
        JsonNode first = pipeline.get(0).path("source");
        assertThat(first.has(source.name())).isTrue();
        if (source.kind() == Source.Kind.EVENTS) {
            assertThat(first.path("timeSeries")).isEqualTo(JSON.readTree(
                    "{\"period\":\"dayRange\",\"first\":" + NOV_20 + ",\"count\":3}"));
            assertThat(pipeline).hasSize(1);
        } else {
            String field = source == Sources.ACCOUNTS || source == Sources.VISITORS ? "metadata.auto.lastvisit"
                    : "lastUpdatedAt";
            assertThat(pipeline.get(1).path("filter").asText())
                    .isEqualTo(field + " >= " + NOV_20 + " && " + field + " < " + (NOV_20 + 3 * DAY));
        }
    }

    @Test
    void oneDateAndDaysBackAreWholeDaysInTheChosenZone() throws Exception {
        rows(bi.rowAggregation(Sources.PAGE_EVENTS, DateWindow.on(LocalDate.of(2026, 11, 20))));
        assertThat(sentPipeline().get(0).path("source").path("timeSeries").path("count").asInt()).isEqualTo(1);
        PENDO.mock().resetRequests();
        rows(bi.rowAggregation(Sources.PAGES, DateWindow.daysBack(7)));
        long nov16 = LocalDate.of(2026, 11, 16).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertThat(sentPipeline().get(1).path("filter").asText())
                .isEqualTo("lastUpdatedAt >= " + nov16 + " && lastUpdatedAt < " + (nov16 + 7 * DAY));
    }

    @Test
    void aCustomPipelineGivenAsJson() throws Exception {
        List<JsonNode> rows = rows(bi.custom("""
                {"response": {"mimeType": "application/json"},
                 "request": {"pipeline": [{"source": {"visitors": null}}, {"limit": 5}]}}"""));
        assertThat(rows).isNotEmpty();
        assertThat(sentPipeline().get(1)).isEqualTo(JSON.readTree("{\"limit\":5}"));
    }

    @Test
    void aCustomPipelineThatIsNotJsonSaysWhere() {
        assertThatThrownBy(() -> bi.custom("{\"request\": {\"pipeline\": [}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The custom aggregation is not JSON (line 1, column 27): ");
        assertThatThrownBy(() -> bi.custom("{\"pipeline\": []}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A custom aggregation needs {\"request\": {\"pipeline\": [...]}}");
        assertThat(PENDO.receivedRequests()).isEmpty();
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> bi.rowAggregation(Sources.EVENTS, DateWindow.between(DateWindow.Bound.daysAgo(1),
                DateWindow.Bound.daysAgo(3)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the window ends (2026-11-19) before it starts (2026-11-21)");
    }

    private static List<JsonNode> rows(RowStream<JsonNode> stream) {
        List<JsonNode> rows = new ArrayList<>();
        try (stream) {
            stream.forEach(rows::add);
        }
        return rows;
    }

    private static JsonNode sentPipeline() throws Exception {
        ReceivedRequest sent = PENDO.receivedRequests().get(PENDO.receivedRequests().size() - 1);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.url()).isEqualTo("/api/v1/aggregation");
        return JSON.readTree(sent.body()).path("request").path("pipeline");
    }
}
