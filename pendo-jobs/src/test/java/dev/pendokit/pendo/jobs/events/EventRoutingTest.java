package dev.pendokit.pendo.jobs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.mock.PendoMockExtension;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.aggregation.TimeSeries;
import dev.pendokit.pendo.model.Account;
import dev.pendokit.pendo.model.TrackEventsRow;
import dev.pendokit.pendo.model.Visitor;
import dev.pendokit.pendo.runtime.RowStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The router against the mock in stateful mode: besides the requests it sends, what they did is
 * read back through the API, as it would be from Pendo (the visitor carries the identify's
 * traits, the account the group's, the trackEvents source the event). Each test starts from the
 * mock's dataset.
 */
class EventRoutingTest {

    @RegisterExtension
    static PendoMockExtension pendo = PendoMockExtension.builder().integrationKey("k").stateful().build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PendoClient client() {
        return PendoClient.builder().baseUrl(pendo.baseUrl()).dataHost(pendo.baseUrl())
                .integrationKey("k").trackEventSecret("track-secret").build();
    }

    private static ReceivedRequest only() {
        List<ReceivedRequest> received = pendo.receivedRequests();
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    @Test
    void identifySetsVisitorMetadataInTheCustomGroupAndFlattensNestedTraits() throws Exception {
        Map<String, Object> traits = new LinkedHashMap<>();
        traits.put("name", "Name Surname");
        traits.put("email", "name@surname.com");
        traits.put("address", Map.of("city", "Lyon"));

        RouteResult result = new EventRouter(client()).identify("name123", traits);

        ReceivedRequest request = only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo("/api/v1/metadata/visitor/custom/value?create=true");
        assertThat(request.header("x-pendo-integration-key")).isEqualTo("****");
        assertThat(request.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get(0).get("visitorId").asText()).isEqualTo("name123");
        assertThat(body.get(0).get("values")).isEqualTo(JSON.readTree(
                "{\"name\":\"Name Surname\",\"email\":\"name@surname.com\",\"address_city\":\"Lyon\"}"));
        assertThat(result.call()).isEqualTo("identify");
        assertThat(result.sent()).containsEntry("address_city", "Lyon").doesNotContainKey("address");
        assertThat(result.failed()).isZero();

        // Routers create or update: name123 was not in Pendo, and now carries the traits.
        Visitor visitor = client().visitors().get("name123");
        assertThat(visitor.id()).isEqualTo("name123");
        assertThat(visitor.metadata().additionalProperties()).containsEntry("custom",
                Map.of("name", "Name Surname", "email", "name@surname.com", "address_city", "Lyon"));
    }

    @Test
    void identifyOfAKnownVisitorAddsToItsMetadataAndShowsInTheVisitorsSource() {
        new EventRouter(client()).identify("visitor-00002", Map.of("plan", "pro"));
        new EventRouter(client()).identify("visitor-00002", Map.of("seats", 12));

        Visitor visitor = client().visitors().get("visitor-00002");
        assertThat(visitor.accountIds()).containsExactly("account-00001");
        assertThat(visitor.metadata().auto().accountId()).isNull();
        assertThat(visitor.metadata().additionalProperties()).containsEntry("custom", Map.of("plan", "pro", "seats", 12));
        try (RowStream<JsonNode> rows = client().aggregations().run(Aggregation.of(Sources.VISITORS)
                .filter("metadata.custom.plan == \"pro\"").select(Map.of("id", "visitorId")))) {
            assertThat(rows.stream().map(row -> row.path("id").asText())).containsExactly("visitor-00002");
        }
    }

    @Test
    void groupSetsAccountMetadataInTheChosenGroup() throws Exception {
        new EventRouter(client(), "agent").group("acme", Map.of("employees", 123));

        ReceivedRequest request = only();
        assertThat(request.url()).isEqualTo("/api/v1/metadata/account/agent/value?create=true");
        JsonNode record = JSON.readTree(request.body()).get(0);
        assertThat(record.get("accountId").asText()).isEqualTo("acme");
        assertThat(record.get("values").get("employees").asInt()).isEqualTo(123);

        Account account = client().accounts().get("acme");
        assertThat(account.metadata().additionalProperties()).containsEntry("agent", Map.of("employees", 123));
    }

    @Test
    void trackGoesToTheDataHostWithTheTrackEventSecret() throws Exception {
        // The API host points nowhere: the event can only arrive through the data host.
        PendoClient split = PendoClient.builder().baseUrl(URI.create("http://127.0.0.1:9"))
                .dataHost(pendo.baseUrl()).integrationKey("k").trackEventSecret("track-secret").build();
        Instant at = Instant.ofEpochMilli(1680373680000L);

        RouteResult result = new EventRouter(split).track("12345", "test track event",
                Map.of("revenue", 30, "currency", "USD", "cart", Map.of("items", 2)), at, "acme");

        ReceivedRequest request = only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo("/data/track");
        // The mock masks every credential header; its presence is what the journal can show.
        assertThat(request.header("x-pendo-integration-key")).isEqualTo("****");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asText()).isEqualTo("track");
        assertThat(body.get("event").asText()).isEqualTo("test track event");
        assertThat(body.get("visitorId").asText()).isEqualTo("12345");
        assertThat(body.get("accountId").asText()).isEqualTo("acme");
        assertThat(body.get("timestamp").asLong()).isEqualTo(1680373680000L);
        assertThat(body.get("properties")).isEqualTo(JSON.readTree(
                "{\"revenue\":30,\"currency\":\"USD\",\"cart\":{\"items\":2}}"));
        assertThat(result.accepted()).isTrue();

        // The event is in the trackEvents source of its day (2023-04-01), under its name.
        try (RowStream<TrackEventsRow> rows = client().aggregations().run(Aggregation.of(Sources.TRACK_EVENTS)
                .timeSeries(TimeSeries.on(LocalDate.of(2023, 4, 1), ZoneOffset.UTC)))) {
            assertThat(rows.stream().toList()).singleElement().satisfies(row -> {
                assertThat(row.visitorId()).isEqualTo("12345");
                assertThat(row.accountId()).isEqualTo("acme");
                assertThat(row.trackTypeId()).isEqualTo("test track event");
                assertThat(row.numEvents()).isEqualByComparingTo("1");
            });
        }
    }

    @Test
    void trackWithoutATimestampSendsNowAndLeavesOutAMissingAccount() throws Exception {
        long before = System.currentTimeMillis();
        new EventRouter(client()).track("12345", "Registered", null, null, null);

        JsonNode body = JSON.readTree(only().body());
        assertThat(body.get("timestamp").asLong()).isBetween(before, System.currentTimeMillis());
        assertThat(body.has("accountId")).isFalse();
    }

    @Test
    void refusesBadInputNamingTheFieldBeforeSendingAnything() {
        EventRouter router = new EventRouter(client());
        assertThatThrownBy(() -> router.identify(" ", Map.of("a", 1))).hasMessageContaining("userId");
        assertThatThrownBy(() -> router.group(null, Map.of("a", 1))).hasMessageContaining("groupId");
        assertThatThrownBy(() -> router.track("u", "", Map.of(), null, null)).hasMessageContaining("event");
        assertThatThrownBy(() -> router.track("u", "e", Map.of(), null, " ")).hasMessageContaining("accountId");
        assertThatThrownBy(() -> router.identify("u", Map.of("tags", List.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tags'");
        assertThatThrownBy(() -> router.identify("u", Map.of()))
                .hasMessageContaining("at least one trait");
        assertThat(pendo.receivedRequests()).isEmpty();
    }

    @Test
    void aFailedCallThrowsTheClientsTypedExceptionWithoutTheKey() {
        PendoClient wrongKey = PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("not-k").build();
        assertThatThrownBy(() -> new EventRouter(wrongKey).identify("u", Map.of("a", 1)))
                .isInstanceOf(dev.pendokit.pendo.PendoException.class)
                .satisfies(e -> assertThat(((dev.pendokit.pendo.PendoException) e).status()).isEqualTo(401))
                .message().doesNotContain("not-k");
    }
}
