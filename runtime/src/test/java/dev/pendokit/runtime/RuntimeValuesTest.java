package dev.pendokit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Call, Credentials, ApiError, StatusPhrases and Transport.json: the values the transport works with. */
class RuntimeValuesTest {

    @Test
    void callDescribesItselfByTemplateNeverByValues() {
        Call call = Call.builder("visitors.get", "GET", "baseUrl", "/api/v1/visitor/{visitorId}")
                .pathParam("visitorId", "visitor-secret-id").query("token", Fixtures.SECRET).header("X-Key", Fixtures.SECRET)
                .authentication(Authentication.bearer("integrationKey")).build();

        assertThat(call).hasToString("visitors.get (GET /api/v1/visitor/{visitorId})");
        assertThat(call.operation()).isEqualTo("visitors.get");
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo("/api/v1/visitor/visitor-secret-id");
    }

    @Test
    void callBuilderNeedsItsFourParts() {
        assertThatThrownBy(() -> Call.builder(null, "GET", "s", "/")).hasMessage("operation");
        assertThatThrownBy(() -> Call.builder("o", null, "s", "/")).hasMessage("method");
        assertThatThrownBy(() -> Call.builder("o", "GET", null, "/")).hasMessage("server");
        assertThatThrownBy(() -> Call.builder("o", "GET", "s", null)).hasMessage("pathTemplate");
    }

    @ParameterizedTest
    @CsvSource({"GET, true", "PUT, true", "DELETE, true", "HEAD, true", "OPTIONS, true", "POST, false", "PATCH, false"})
    void whetherAMethodIsIdempotentByDefault(String method, boolean idempotent) {
        assertThat(Call.builder("o", method, "s", "/").build().idempotent).isEqualTo(idempotent);
        assertThat(Call.builder("o", method, "s", "/").idempotent(!idempotent).build().idempotent).isEqualTo(!idempotent);
    }

    @Test
    void aBuiltCallDoesNotChangeWithItsBuilder() {
        Call.Builder builder = Call.builder("o", "GET", "s", "/a/{x}").pathParam("x", "1").query("q", 1).header("h", 1)
                .reason(404, "gone");
        Call call = builder.build();

        builder.pathParam("x", "2").query("q2", 2).header("h2", 2).reason(404, "other").reason(500, "x");

        assertThat(call.path()).isEqualTo("/a/1");
        assertThat(call.query).hasSize(1);
        assertThat(call.headers).hasSize(1);
        assertThat(call.reasons).containsExactly(Map.entry(404, "gone"));
        assertThat(builder.build().path()).isEqualTo("/a/2");
    }

    @Test
    void pathValuesAreStringsOfAnyObject() {
        Call call = Call.builder("o", "GET", "s", "/{a}/{b}/{c}{d}").pathParam("a", 42).pathParam("b", true)
                .pathParam("c", 1.5).pathParam("d", "x").build();

        assertThat(call.path()).isEqualTo("/42/true/1.5x");
    }

    @Test
    void aTextBodyOfNullIsNoBody() {
        Call call = Call.builder("o", "PUT", "s", "/").textBody(null, "text/plain").build();

        assertThat(call.body).isNull();
    }

    @Test
    void credentialsKeepOnlyValuesThatAreSetAndNeverPrintThem() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("integrationKey", Fixtures.SECRET);
        given.put("trackEventSecret", null);
        given.put("empty", "");
        Credentials credentials = Credentials.of(given);
        given.put("integrationKey", "changed");

        assertThat(credentials.has("integrationKey")).isTrue();
        assertThat(credentials.get("integrationKey")).isEqualTo(Fixtures.SECRET);
        assertThat(credentials.has("trackEventSecret")).isFalse();
        assertThat(credentials.has("empty")).isFalse();
        assertThat(credentials.get("empty")).isNull();
        assertThat(credentials).hasToString("Credentials[integrationKey]");
        assertThat(Credentials.of(Map.of())).hasToString("Credentials[]");
    }

    @Test
    void aCredentialNeedsAName() {
        Map<String, String> unnamed = new HashMap<>();
        unnamed.put(null, Fixtures.SECRET);

        assertThatThrownBy(() -> Credentials.of(unnamed)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }

    @Test
    void apiErrorMessages() {
        assertThat(new ApiError("visitors.get", "GET", "/api/v1/visitor/abc", 404, "Not Found", "{\"e\":1}").message())
                .isEqualTo("visitors.get: GET /api/v1/visitor/abc answered 404 (Not Found). Body: {\"e\":1}");
        assertThat(new ApiError("o", "POST", "/p", 599, "", "").message()).isEqualTo("o: POST /p answered 599");
        assertThat(new ApiError("o", "POST", "/p", 400, "", "body").message()).isEqualTo("o: POST /p answered 400. Body: body");
        assertThat(new ApiError("o", "POST", "/p", 400, "Bad", "").message()).isEqualTo("o: POST /p answered 400 (Bad)");
    }

    @Test
    void statusPhrases() {
        assertThat(StatusPhrases.of(404)).isEqualTo("Not Found");
        assertThat(StatusPhrases.of(429)).isEqualTo("Too Many Requests");
        assertThat(StatusPhrases.of(503)).isEqualTo("Service Unavailable");
        assertThat(StatusPhrases.of(422)).isEqualTo("Unprocessable Entity");
        assertThat(StatusPhrases.of(418)).isEmpty();
        assertThat(StatusPhrases.of(200)).isEqualTo("OK");
        assertThat(StatusPhrases.of(299)).isEmpty();
    }

    record Body(String name, List<Integer> values) {}

    static final class Opaque {}

    @Test
    void transportWritesJsonBodies() {
        Transport transport = Fixtures.transport(Map.of("baseUrl", URI.create("http://127.0.0.1:1")),
                Credentials.of(Map.of()), RetryPolicy.NONE, Duration.ofSeconds(1));

        assertThat(new String(transport.json(new Body("ü", List.of(1, 2))), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"ü\",\"values\":[1,2]}");
        assertThat(transport.mapper()).isSameAs(Fixtures.MAPPER);
        assertThatThrownBy(() -> transport.json(new Opaque())).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the request body cannot be written as JSON: No serializer found for class"
                        + " dev.pendokit.runtime.RuntimeValuesTest$Opaque")
                .hasCauseInstanceOf(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class);
    }
}
