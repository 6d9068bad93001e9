package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A body that a JSON endpoint cannot parse gets 400, naming where the parse failed, as an API answers it. */
class MalformedJsonTest {

    @RegisterExtension
    static final PendoMockExtension PENDO = PendoMockExtension.builder().build();

    private static final String KEY = "x-pendo-integration-key";

    @Test
    void aBodyThatIsNotJsonAtAllGets400() {
        HttpResponse<String> response = post("/api/v1/aggregation", "not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request body"
                + " is not valid JSON at line 1, column 1: Unrecognized token 'not': was expecting (JSON String,"
                + " Number, Array, Object or token 'null', 'true' or 'false')\",\"line\":1,\"column\":1}");
    }

    @Test
    void aBodyCutShortNamesItsEndAndWhereTheObjectOpened() {
        HttpResponse<String> response = post("/api/v1/aggregation", "{\n  \"response\": {\"mimeType\": \"application/json\"},\n  \"request\": {");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request body"
                + " is not valid JSON at line 3, column 15: Unexpected end-of-input: expected close marker for Object"
                + " (start marker at line 3, column 14)\",\"line\":3,\"column\":15}");
    }

    @Test
    void textAfterTheJsonValueGets400() {
        HttpResponse<String> response = post("/api/v1/aggregation", "{\"request\": {}} {}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request body"
                + " is not valid JSON at line 1, column 17: Unexpected text after the JSON value\",\"line\":1,"
                + "\"column\":17}");
    }

    @Test
    void everyEndpointThatTakesJsonChecksIt() {
        HttpResponse<String> response = post("/api/v1/metadata/account/custom/value", "[{\"accountId\": \"acme\",}]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request body"
                + " is not valid JSON at line 1, column 23: Unexpected character ('}' (code 125)): was expecting double-quote"
                + " to start field name\",\"line\":1,\"column\":23}");
    }

    @Test
    void aMissingKeyIsAnsweredFirst() {
        HttpResponse<String> response = send(request(PENDO.mock(), "POST", "/api/v1/aggregation", "not json"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aChosenResponseNeedsAParsableBodyToo() {
        HttpResponse<String> response = send(request(PENDO.mock(), "POST", "/api/v1/metadata/account/custom/value", "[{",
                KEY, "k", "Prefer", "code=500"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request body"
                + " is not valid JSON at line 1, column 3: Unexpected end-of-input: expected close marker for Object"
                + " (start marker at line 1, column 2)\",\"line\":1,\"column\":3}");
    }

    @Test
    void aValidBodyStillGoesToTheStubs() {
        HttpResponse<String> response = post("/api/v1/aggregation", "{\"request\": {\"pipeline\": [{\"source\": {\"nope\": null}}]}}");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> post(String path, String body) {
        return send(request(PENDO.mock(), "POST", path, body, KEY, "k", "Content-Type", "application/json"));
    }
}
