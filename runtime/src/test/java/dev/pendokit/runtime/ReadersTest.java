package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pendokit.runtime.Fixtures.TestErrors.DecodeFailure;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each Reader against real answers from WireMock. */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class ReadersTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    record Page(String id, String name, List<String> tags) {}

    private Transport transport;

    @BeforeEach
    void setUp() {
        transport = Fixtures.transport(wm);
    }

    private <T> T read(String path, ResponseReader<T> reader) {
        return transport.send(Call.builder("test.read", "GET", "baseUrl", path).build(), reader);
    }

    @Test
    void jsonIntoAClassIgnoringUnknownFields() {
        wm.stubFor(get("/page").willReturn(okJson("{\"id\":\"p1\",\"name\":\"Home\",\"tags\":[\"a\",\"b\"],\"extra\":{}}")));

        assertThat(read("/page", Readers.json(Fixtures.MAPPER, Page.class)))
                .isEqualTo(new Page("p1", "Home", List.of("a", "b")));
    }

    @Test
    void jsonIntoAGenericType() {
        wm.stubFor(get("/pages").willReturn(okJson("[{\"id\":\"p1\",\"name\":\"Home\"},{\"id\":\"p2\",\"name\":\"Ünï\"}]")));

        List<Page> pages = read("/pages", Readers.json(Fixtures.MAPPER, new TypeReference<List<Page>>() {}));

        assertThat(pages).containsExactly(new Page("p1", "Home", null), new Page("p2", "Ünï", null));
    }

    @Test
    void jsonIntoAMapOfLists() {
        wm.stubFor(get("/map").willReturn(okJson("{\"a\":[1,2],\"b\":[]}")));

        Map<String, List<Integer>> map = read("/map",
                Readers.json(Fixtures.MAPPER, new TypeReference<Map<String, List<Integer>>>() {}));

        assertThat(map).containsExactly(Map.entry("a", List.of(1, 2)), Map.entry("b", List.of()));
    }

    @Test
    void jsonOfAnEmptyBodyIsNull() {
        wm.stubFor(get("/empty").willReturn(noContent()));
        wm.stubFor(get("/empty200").willReturn(aResponse().withStatus(200).withBody("")));

        assertThat(read("/empty", Readers.json(Fixtures.MAPPER, Page.class))).isNull();
        assertThat(read("/empty200", Readers.json(Fixtures.MAPPER, new TypeReference<List<Page>>() {}))).isNull();
    }

    @Test
    void jsonThatDoesNotParseIsTheFactorysDecodeError() {
        wm.stubFor(get("/bad").willReturn(okJson("<html>oops</html>")));

        DecodeFailure failure = catchThrowableOfType(DecodeFailure.class,
                () -> read("/bad", Readers.json(Fixtures.MAPPER, Page.class)));

        assertThat(failure.error).isEqualTo(new DecodeError("test.read", "GET", "/bad", 200, "application/json",
                "line 1, column 1", "Unexpected character ('<' (code 60)): expected a valid value (JSON String, Number,"
                        + " Array, Object or token 'null', 'true' or 'false')", "<html>oops</html>",
                "http://127.0.0.1:" + wm.getPort(), OptionalLong.empty()));
        // A body that cannot be read is not retried: the server did answer, and would answer the same.
        wm.verify(1, getRequestedFor(urlEqualTo("/bad")));
    }

    @Test
    void treeReadsAnyJson() {
        wm.stubFor(get("/tree").willReturn(okJson("{\"a\":{\"b\":[1,\"two\",null]}}")));

        JsonNode tree = read("/tree", Readers.tree(Fixtures.MAPPER));

        assertThat(tree.at("/a/b/1").asText()).isEqualTo("two");
        assertThat(tree.at("/a/b/0").intValue()).isEqualTo(1);
        assertThat(tree.at("/a/b/2").isNull()).isTrue();
    }

    @Test
    void treeOfAnEmptyBodyIsNullNode() {
        wm.stubFor(get("/empty").willReturn(noContent()));

        JsonNode tree = read("/empty", Readers.tree(Fixtures.MAPPER));

        assertThat(tree).isInstanceOf(NullNode.class);
        assertThat(tree.isNull()).isTrue();
    }

    @Test
    void textIsNeverParsedAsJson() {
        String csv = "visitorId,\"name\"\n1,{not json\n2,\"[3]\"\n";
        String xml = "<?xml version=\"1.0\"?>\n<guides><guide id=\"g1\">Grüße</guide></guides>";
        wm.stubFor(get("/csv").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(csv)));
        wm.stubFor(get("/xml").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody(xml.getBytes(StandardCharsets.UTF_8))));
        wm.stubFor(get("/empty").willReturn(noContent()));

        assertThat(read("/csv", Readers.text())).isEqualTo(csv);
        assertThat(read("/xml", Readers.text())).isEqualTo(xml);
        assertThat(read("/empty", Readers.text())).isEmpty();
    }

    @Test
    void streamGivesTheBytesAsSent() throws Exception {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        wm.stubFor(get("/export").willReturn(aResponse().withStatus(200).withBody(bytes)));

        try (InputStream in = read("/export", Readers.stream())) {
            assertThat(in.readNBytes(10)).isEqualTo(java.util.Arrays.copyOf(bytes, 10));
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 10, bytes.length));
        }
    }

    @Test
    void discardReadsNothingOfUseButTheCallIsMade() {
        wm.stubFor(get("/fire").willReturn(okJson("{\"ignored\":true}")));

        Void nothing = read("/fire", Readers.discard());

        assertThat(nothing).isNull();
        wm.verify(1, getRequestedFor(urlEqualTo("/fire")));
    }

    @Test
    void rowsStreamFromTheResponse() {
        wm.stubFor(get("/aggregation").willReturn(okJson(
                "{\"startTime\":1,\"results\":[{\"id\":\"p1\",\"name\":\"A\"},{\"id\":\"p2\",\"name\":\"B\"}],\"x\":{}}")));

        try (RowStream<Page> rows = read("/aggregation", Readers.rows(Fixtures.MAPPER, Page.class))) {
            assertThat(rows).containsExactly(new Page("p1", "A", null), new Page("p2", "B", null));
        }
    }

    @Test
    void rowsOfAnAnswerThatIsNotAnObjectIsTheFactorysDecodeError() {
        wm.stubFor(get("/aggregation").willReturn(okJson("[1,2]")));

        DecodeFailure failure = catchThrowableOfType(DecodeFailure.class,
                () -> read("/aggregation", Readers.rows(Fixtures.MAPPER, Page.class)));

        assertThat(failure.error.problem()).isEqualTo(
                "an aggregation answers a JSON object with \"results\", but this answer starts with START_ARRAY");
        assertThat(failure.error.location()).isEqualTo("line 1, column 1");
        assertThat(failure.error.rowsDelivered()).isEmpty();
    }
}
