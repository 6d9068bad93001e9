package dev.pendokit.pendo.jobs.reverseetl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.mock.PendoMockExtension;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.pendo.PendoClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReverseEtlTest {

    @RegisterExtension
    static PendoMockExtension pendo = PendoMockExtension.builder().integrationKey("k").build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/v1/metadata/account/custom/value";

    private final List<StubMapping> stubs = new ArrayList<>();

    /**
     * The mock answers this request with values made up from the documented attribute types
     * ({@code failed} 12.5 with no ids), which MetadataSync rightly reads as "some rows failed,
     * unnamed". Batches no test singles out get the answer of a clean bulk update instead.
     */
    @BeforeEach
    void cleanAnswerByDefault() {
        stubs.add(pendo.mock().wireMock().stubFor(post(urlPathEqualTo(PATH)).atPriority(2)
                .willReturn(okJson("{\"failed\":0,\"missing\":[],\"errors\":[]}"))));
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(s -> pendo.mock().wireMock().removeStub(s));
    }

    private static PendoClient client() {
        return PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("k").build();
    }

    private static MetadataSync accounts(int attempts) {
        return MetadataSync.builder(client(), MetadataKind.ACCOUNT).attemptsPerBatch(attempts).backoff(Duration.ZERO).build();
    }

    private static List<SyncRow> rows(int n) {
        return IntStream.range(0, n).mapToObj(i -> SyncRow.of("acct-" + i, Map.of("plan", "pro", "seats", i))).toList();
    }

    /** A high-priority answer for the batches whose body holds {@code id}. */
    private void answerBatchHolding(String id, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        stubs.add(pendo.mock().wireMock().stubFor(post(urlPathEqualTo(PATH)).atPriority(1)
                .withRequestBody(containing("\"" + id + "\"")).willReturn(answer)));
    }

    private static List<String> idsSent(ReceivedRequest request) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode record : JSON.readTree(request.body())) {
            ids.add(record.get("accountId").asText());
        }
        return ids;
    }

    private static void assertEveryRowOnce(SyncResult result, int n) {
        List<String> all = new ArrayList<>(result.updated());
        all.addAll(result.missing());
        result.failed().forEach(f -> all.add(f.row().id()));
        assertThat(all).hasSize(n).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(rows(n).stream().map(SyncRow::id).toList());
    }

    @Test
    void sendsRowsInBatchesWithinTheLimitUpdateOnly() throws Exception {
        SyncResult result = accounts(3).sync(rows(2500));

        List<ReceivedRequest> received = pendo.receivedRequests();
        assertThat(received).hasSize(3);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            // Update only: never ?create=true.
            assertThat(r.url()).isEqualTo(PATH);
            assertThat(r.header("x-pendo-integration-key")).isEqualTo("****");
        });
        assertThat(received.stream().map(r -> {
            try {
                return idsSent(r).size();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        })).containsExactly(1000, 1000, 500);
        JsonNode first = JSON.readTree(received.get(0).body()).get(0);
        assertThat(first.get("accountId").asText()).isEqualTo("acct-0");
        assertThat(first.get("values")).isEqualTo(JSON.readTree("{\"plan\":\"pro\",\"seats\":0}"));
        assertThat(result.updated()).hasSize(2500);
        assertThat(result.missing()).isEmpty();
        assertThat(result.failed()).isEmpty();
        assertThat(result.batches()).isEqualTo(3);
        assertEveryRowOnce(result, 2500);
    }

    @Test
    void aBatchTheServerFailsIsRetriedThenFailedAndRetryFailedResendsOnlyItsRows() throws Exception {
        // The second batch (acct-1000 .. acct-1999) always gets 503.
        answerBatchHolding("acct-1500", aResponse().withStatus(503));

        SyncResult first = accounts(3).sync(rows(2500));

        // 1 + 3 attempts + 1 requests: the failing batch was sent three times, the others once.
        assertThat(pendo.receivedRequests()).hasSize(5);
        assertThat(first.updated()).hasSize(1500);
        assertThat(first.missing()).isEmpty();
        assertThat(first.failed()).hasSize(1000).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(503);
            assertThat(f.retryable()).isTrue();
            assertThat(f.reason()).contains("503");
        });
        assertThat(first.failed()).extracting(f -> f.row().id()).contains("acct-1000", "acct-1999")
                .doesNotContain("acct-999", "acct-2000");
        assertEveryRowOnce(first, 2500);

        // The outage ends; only the failed rows go again.
        pendo.mock().wireMock().removeStub(stubs.remove(stubs.size() - 1));
        pendo.mock().resetRequests();
        SyncResult second = accounts(3).retryFailed(first);

        List<ReceivedRequest> resent = pendo.receivedRequests();
        assertThat(resent).hasSize(1);
        Set<String> resentIds = new HashSet<>(idsSent(resent.get(0)));
        assertThat(resentIds).hasSize(1000).containsAll(first.failed().stream().map(f -> f.row().id()).toList());
        assertThat(resentIds).doesNotContainAnyElementsOf(first.updated());
        assertThat(second.updated()).hasSize(2500);
        assertThat(second.failed()).isEmpty();
        assertThat(second.batches()).isEqualTo(4);
        assertEveryRowOnce(second, 2500);
    }

    @Test
    void idsPendoReportsMissingComeBackMissingNotCreated() throws Exception {
        answerBatchHolding("acct-0", okJson("{\"total\":1000,\"updated\":998,\"failed\":2,"
                + "\"missing\":[\"acct-7\",\"acct-8\"],\"errors\":[]}"));

        SyncResult result = accounts(1).sync(rows(1200));

        assertThat(pendo.receivedRequests()).hasSize(2).allSatisfy(r -> assertThat(r.url()).doesNotContain("create"));
        assertThat(result.missing()).containsExactly("acct-7", "acct-8");
        assertThat(result.updated()).hasSize(1198).doesNotContain("acct-7", "acct-8");
        assertThat(result.failed()).isEmpty();
        assertEveryRowOnce(result, 1200);
    }

    @Test
    void rowErrorsPendoNamesFailOnlyThoseRows() {
        answerBatchHolding("acct-0", okJson("{\"total\":10,\"updated\":9,\"failed\":1,\"missing\":[],"
                + "\"errors\":[{\"accountId\":\"acct-3\",\"error\":\"invalid value for seats\"}]}"));

        SyncResult result = accounts(1).sync(rows(10));

        assertThat(result.updated()).hasSize(9);
        assertThat(result.failed()).singleElement().satisfies(f -> {
            assertThat(f.row().id()).isEqualTo("acct-3");
            assertThat(f.reason()).contains("invalid value for seats");
        });
        assertEveryRowOnce(result, 10);
    }

    @Test
    void failuresPendoDoesNotNameLeaveNoRowCountedUpdated() {
        answerBatchHolding("acct-0", okJson("{\"total\":10,\"updated\":9,\"failed\":1,\"missing\":[],\"errors\":[\"oops\"]}"));

        SyncResult result = accounts(1).sync(rows(10));

        assertThat(result.updated()).isEmpty();
        assertThat(result.failed()).hasSize(10).allSatisfy(f -> assertThat(f.retryable()).isTrue());
    }

    @Test
    void badRowsAreRefusedBeforeSendingAndTheOthersGoOn() throws Exception {
        List<SyncRow> input = List.of(
                SyncRow.of("acct-1", Map.of("plan", "pro")),
                SyncRow.of(" ", Map.of("plan", "pro")),
                SyncRow.of("acct-2", Map.of("address", Map.of("city", "Lyon"))),
                SyncRow.of("acct-3", Map.of()));

        SyncResult result = accounts(1).sync(input);

        assertThat(idsSent(pendo.receivedRequests().get(0))).containsExactly("acct-1");
        assertThat(result.updated()).containsExactly("acct-1");
        assertThat(result.failed()).hasSize(3).allSatisfy(f -> {
            assertThat(f.retryable()).isFalse();
            assertThat(f.status()).isZero();
        });
        assertThat(result.failed()).extracting(FailedRow::reason).anySatisfy(r -> assertThat(r).contains("'address'"));

        // Refused rows are not resent: they would be refused again.
        pendo.mock().resetRequests();
        SyncResult again = accounts(1).retryFailed(result);
        assertThat(pendo.receivedRequests()).isEmpty();
        assertThat(again.total()).isEqualTo(4);
        assertThat(again.failed()).hasSize(3);
    }

    @Test
    void duplicateIdsAreRefusedBeforeAnythingIsSent() {
        List<SyncRow> input = List.of(SyncRow.of("acct-1", Map.of("plan", "pro")), SyncRow.of("acct-1", Map.of("plan", "free")));

        assertThatThrownBy(() -> accounts(1).sync(input))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acct-1");
        assertThat(pendo.receivedRequests()).isEmpty();
    }

    @Test
    void visitorsAreKeyedByVisitorId() throws Exception {
        stubs.add(pendo.mock().wireMock().stubFor(post(urlPathEqualTo("/api/v1/metadata/visitor/custom/value"))
                .atPriority(2).willReturn(okJson("{\"failed\":0,\"missing\":[],\"errors\":[]}"))));
        MetadataSync.builder(client(), MetadataKind.VISITOR).batchSize(2).build()
                .sync(List.of(SyncRow.of("v1", Map.of("role", "admin"))));

        ReceivedRequest request = pendo.receivedRequests().get(0);
        assertThat(request.url()).isEqualTo("/api/v1/metadata/visitor/custom/value");
        assertThat(JSON.readTree(request.body()).get(0).get("visitorId").asText()).isEqualTo("v1");
    }
}
