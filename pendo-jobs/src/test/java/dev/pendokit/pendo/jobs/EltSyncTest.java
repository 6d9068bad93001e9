package dev.pendokit.pendo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.mock.PendoMock;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.jobs.elt.AppScope;
import dev.pendokit.pendo.jobs.elt.EltSync;
import dev.pendokit.pendo.jobs.elt.SyncedRows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ELT connector's sync against the mock server serving 250 rows per source (it honours sort,
 * filter and limit): every row read once, none lost or read twice at a page boundary.
 */
class EltSyncTest {

    private static final String KEY = "elt-test-key";
    private static final int ROWS = 250;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);

    private static PendoMock mock;
    private static PendoClient pendo;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).integrationKey(KEY).aggregationRows(ROWS).start();
        pendo = PendoClient.builder().baseUrl(mock.baseUrl()).integrationKey(KEY).build();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void forget() {
        mock.resetRequests();
    }

    @Test
    void visitorsPagedWithAStableCursorAreEachReadOnce() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        SyncedRows result = new EltSync(pendo, AppScope.all(), null, CLOCK, ZoneOffset.UTC)
                .sync(Sources.VISITORS, 100, rows::add);

        assertThat(result.rows()).isEqualTo(ROWS);
        assertThat(result.requests()).isEqualTo(3);
        assertThat(ids(rows, "visitorId")).hasSize(ROWS).isSorted();
        JsonNode second = sent(1);
        assertThat(second.path("request").path("pipeline").get(0).path("source").path("visitors").path("appId").asText())
                .isEqualTo("expandAppIds(\"*\")");
        String lastOfFirstPage = rows.get(99).path("visitorId").asText();
        assertThat(second.path("request").path("pipeline").get(1).path("filter").asText())
                .isEqualTo("visitorId > \"" + lastOfFirstPage + "\"");
        assertThat(result.lastCursor()).isEqualTo(rows.get(ROWS - 1).path("visitorId").asText());
    }

    @Test
    void aPageSizeThatDividesTheRowsExactlyEndsWithOneEmptyPage() {
        List<JsonNode> rows = new ArrayList<>();
        SyncedRows result = new EltSync(pendo, AppScope.of(5_629_563_082_162_176L), null, CLOCK, ZoneOffset.UTC)
                .sync(Sources.ACCOUNTS, 50, rows::add);
        assertThat(result.rows()).isEqualTo(ROWS);
        assertThat(result.requests()).isEqualTo(6);
        assertThat(ids(rows, "accountId")).hasSize(ROWS);
    }

    @Test
    void historyFromAStartDateKeepsOnlyRowsChangedSince() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        new EltSync(pendo, AppScope.all(), null, CLOCK, ZoneOffset.UTC).sync(Sources.PAGES, 1_000, all::add);
        List<Long> times = all.stream().map(r -> r.path("lastUpdatedAt").asLong()).sorted().toList();
        LocalDate since = Instant.ofEpochMilli(times.get(times.size() / 2)).atZone(ZoneOffset.UTC).toLocalDate();
        long from = since.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        mock.resetRequests();

        List<JsonNode> rows = new ArrayList<>();
        new EltSync(pendo, AppScope.all(), since, CLOCK, ZoneOffset.UTC).sync(Sources.PAGES, 40, rows::add);

        assertThat(rows).hasSize((int) times.stream().filter(t -> t >= from).count()).isNotEmpty();
        assertThat(sent(0).path("request").path("pipeline").get(1).path("filter").asText())
                .isEqualTo("lastUpdatedAt >= " + from);
        assertThat(ids(rows, "id")).hasSameSizeAs(rows);
    }

    @Test
    void eventSourcesAreReadADayAtATimeEachDayPagedOnTheRowsKey() {
        List<JsonNode> rows = new ArrayList<>();
        SyncedRows result = new EltSync(pendo, AppScope.all(), LocalDate.of(2026, 11, 20), CLOCK, ZoneOffset.UTC)
                .sync(Sources.PAGE_EVENTS, 70, rows::add);

        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r.path("day").asText() + "/" + r.path("visitorId").asText() + "/"
                + r.path("pageId").asText()));
        assertThat(keys).as("no row read twice").hasSize(rows.size());
        assertThat(result.rows()).isEqualTo(rows.size()).isPositive();
        assertThat(mock.receivedRequests()).hasSize(result.requests());
    }

    @Test
    void listsOfAllAppsAskForExpandAndListsOfSomeAppsAskPerApp() {
        assertThat(new EltSync(pendo, AppScope.all(), null, CLOCK, ZoneOffset.UTC).pages()).isNotEmpty();
        assertThat(new EltSync(pendo, AppScope.of(11L, 22L), null, CLOCK, ZoneOffset.UTC).features()).isNotEmpty();
        assertThat(mock.receivedRequests()).extracting(ReceivedRequest::url).containsExactly(
                "/api/v1/page?expand=%2A", "/api/v1/feature?appId=11", "/api/v1/feature?appId=22");
    }

    @Test
    void anEventSourceNeedsAStartDate() {
        assertThatThrownBy(() -> new EltSync(pendo, AppScope.all(), null, CLOCK, ZoneOffset.UTC)
                .sync(Sources.EVENTS, 10, row -> {})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("events is an event source: give the first day of history");
        assertThatThrownBy(() -> AppScope.of()).hasMessage("name at least one app id, or use AppScope.all()");
    }

    private static List<String> ids(List<JsonNode> rows, String field) {
        List<String> ids = rows.stream().map(r -> r.path(field).asText()).toList();
        assertThat(new HashSet<>(ids)).as("distinct " + field).hasSameSizeAs(ids);
        return ids;
    }

    private static JsonNode sent(int index) throws Exception {
        ReceivedRequest request = mock.receivedRequests().get(index);
        assertThat(request.url()).isEqualTo("/api/v1/aggregation");
        return JSON.readTree(request.body());
    }
}
