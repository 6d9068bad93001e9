package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.call;
import static dev.pendokit.mock.StateCalls.ok;
import static dev.pendokit.mock.StateCalls.parse;
import static dev.pendokit.mock.StateCalls.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stateful mode: track events sent to the data host show in the trackEvents source, grouped as Pendo documents. */
class StatefulTrackEventsTest {

    private static final long DAY = 86_400_000L;
    private static final long MONDAY = 1_680_480_000_000L; // 2023-04-03T00:00Z
    private static PendoMock mock;

    @BeforeAll
    static void start() {
        mock = PendoMock.builder().port(0).integrationKey(StateCalls.KEY).stateful().start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void startOver() {
        mock.resetState();
    }

    private static void track(String visitor, String event, long timestamp) {
        ok(mock, "POST", "/data/track", "{\"type\":\"track\",\"event\":\"" + event + "\",\"visitorId\":\"" + visitor
                + "\",\"accountId\":\"acme\",\"timestamp\":" + timestamp + ",\"properties\":{\"plan\":\"pro\"}}");
    }

    private static String trackEvents(long first, int count) {
        return "{\"source\":{\"trackEvents\":null,\"timeSeries\":{\"period\":\"dayRange\",\"first\":" + first
                + ",\"count\":" + count + "}}}";
    }

    @Test
    void eventsAreGroupedByDayVisitorAndTrackType() {
        track("v1", "Registered", MONDAY + 1000);
        track("v1", "Registered", MONDAY + 2000);
        track("v2", "Registered", MONDAY + 3000);
        track("v1", "Registered", MONDAY + DAY + 1);

        assertThat(rows(mock, trackEvents(MONDAY, 1))).containsExactly(
                parse("{\"accountId\":\"acme\",\"appId\":-323232,\"day\":" + MONDAY + ",\"trackTypeId\":\"Registered\","
                        + "\"numEvents\":2,\"numMinutes\":0,\"remoteIp\":\"\",\"server\":\"apitrackevent\","
                        + "\"userAgent\":\"\",\"visitorId\":\"v1\"}"),
                parse("{\"accountId\":\"acme\",\"appId\":-323232,\"day\":" + MONDAY + ",\"trackTypeId\":\"Registered\","
                        + "\"numEvents\":1,\"numMinutes\":0,\"remoteIp\":\"\",\"server\":\"apitrackevent\","
                        + "\"userAgent\":\"\",\"visitorId\":\"v2\"}"));
        assertThat(rows(mock, trackEvents(MONDAY, 2) + ",{\"filter\":\"visitorId == \\\"v1\\\"\"}"))
                .extracting(row -> row.path("numEvents").asInt()).containsExactly(2, 1);
        assertThat(rows(mock, trackEvents(MONDAY - DAY, 1))).isEmpty();
    }

    @Test
    void anEventWithoutItsRequiredFieldsGetsTheDocumented400() {
        HttpResponse<String> response = call(mock, "POST", "/data/track",
                "{\"type\":\"track\",\"event\":\"Registered\",\"timestamp\":1680373680000}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response.body())).isEqualTo(parse("{\"status\":400,\"error\":\"Bad Request\",\"message\":"
                + "\"Error unmarshalling track event data: visitorId is required (a non-empty string)\"}"));
        assertThat(rows(mock, trackEvents(1680373680000L, 1))).isEmpty();
    }
}
