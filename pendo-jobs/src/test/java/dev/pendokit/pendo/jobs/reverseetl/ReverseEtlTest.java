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
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.runtime.RowStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sync against the mock in stateful mode, starting from 2,500 accounts and visitors
 * ({@code account-00001} ...): the mock answers each bulk update as Pendo would (ids it does not
 * know are missing, not created) and the outcome is read back through the API, where the accounts
 * carry the new values. A stub a test adds (an outage, errors Pendo names) wins over the state.
 */
class ReverseEtlTest {

    private static final int ACCOUNTS = 2500;

    @RegisterExtension
    static PendoMockExtension pendo = PendoMockExtension.builder().integrationKey("k").stateful()
            .aggregationRows(ACCOUNTS).build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/v1/metadata/account/custom/value";

    private final List<StubMapping> stubs = new ArrayList<>();

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

    /** The id of the mock's {@code i}th account, counting from 0. */
    private static String acct(int i) {
        return String.format(Locale.ROOT, "account-%05d", i + 1);
    }

    private static List<SyncRow> rows(int n) {
        return IntStream.range(0, n).mapToObj(i -> SyncRow.of(acct(i), Map.of("plan", "pro", "seats", i))).toList();
    }

    /** The account's custom metadata, as the API answers it now; empty when it has none. */
    private static Object custom(String id) {
        return client().accounts().get(id).metadata().additionalProperties().getOrDefault("custom", Map.of());
    }

    /** How many accounts the accounts source says are on the pro plan. */
    private static long proAccounts() {
        try (RowStream<JsonNode> rows = client().aggregations().run(Aggregation.of(Sources.ACCOUNTS)
                .filter("metadata.custom.plan == \"pro\"").select(Map.of("id", "accountId")))) {
            return rows.stream().count();
        }
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
        assertThat(first.get("accountId").asText()).isEqualTo("account-00001");
        assertThat(first.get("values")).isEqualTo(JSON.readTree("{\"plan\":\"pro\",\"seats\":0}"));
        assertThat(result.updated()).hasSize(2500);
        assertThat(result.missing()).isEmpty();
        assertThat(result.failed()).isEmpty();
        assertThat(result.batches()).isEqualTo(3);
        assertEveryRowOnce(result, 2500);

        // The accounts carry the new values, in their GET and in the accounts source.
        assertThat(custom("account-00001")).isEqualTo(Map.of("plan", "pro", "seats", 0));
        assertThat(custom("account-02500")).isEqualTo(Map.of("plan", "pro", "seats", 2499));
        assertThat(proAccounts()).isEqualTo(2500);
    }

    @Test
    void aBatchTheServerFailsIsRetriedThenFailedAndRetryFailedResendsOnlyItsRows() throws Exception {
        // The second batch (the 1001st to the 2000th account) always gets 503.
        answerBatchHolding(acct(1500), aResponse().withStatus(503));

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
        assertThat(first.failed()).extracting(f -> f.row().id()).contains(acct(1000), acct(1999))
                .doesNotContain(acct(999), acct(2000));
        assertEveryRowOnce(first, 2500);
        assertThat(custom(acct(1500))).isEqualTo(Map.of());
        assertThat(proAccounts()).isEqualTo(1500);

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
        assertThat(custom(acct(1500))).isEqualTo(Map.of("plan", "pro", "seats", 1500));
        assertThat(proAccounts()).isEqualTo(2500);
    }

    @Test
    void idsPendoDoesNotKnowComeBackMissingNotCreated() {
        List<SyncRow> input = new ArrayList<>(rows(1198));
        input.add(7, SyncRow.of("gone-1", Map.of("plan", "pro")));
        input.add(1100, SyncRow.of("gone-2", Map.of("plan", "pro")));

        SyncResult result = accounts(1).sync(input);

        assertThat(pendo.receivedRequests()).hasSize(2).allSatisfy(r -> assertThat(r.url()).doesNotContain("create"));
        assertThat(result.missing()).containsExactly("gone-1", "gone-2");
        assertThat(result.updated()).hasSize(1198).doesNotContain("gone-1", "gone-2");
        assertThat(result.failed()).isEmpty();
        assertThat(result.total()).isEqualTo(1200);
        // Update only: the unknown ids are still unknown to Pendo.
        assertThatThrownBy(() -> client().accounts().get("gone-1")).isInstanceOf(PendoNotFoundException.class);
        assertThat(proAccounts()).isEqualTo(1198);
    }

    @Test
    void rowErrorsPendoNamesFailOnlyThoseRows() {
        answerBatchHolding(acct(0), okJson("{\"total\":10,\"updated\":9,\"failed\":1,\"missing\":[],"
                + "\"errors\":[{\"accountId\":\"account-00004\",\"error\":\"invalid value for seats\"}]}"));

        SyncResult result = accounts(1).sync(rows(10));

        assertThat(result.updated()).hasSize(9);
        assertThat(result.failed()).singleElement().satisfies(f -> {
            assertThat(f.row().id()).isEqualTo(acct(3));
            assertThat(f.reason()).contains("invalid value for seats");
        });
        assertEveryRowOnce(result, 10);
    }

    @Test
    void failuresPendoDoesNotNameLeaveNoRowCountedUpdated() {
        answerBatchHolding(acct(0), okJson("{\"total\":10,\"updated\":9,\"failed\":1,\"missing\":[],\"errors\":[\"oops\"]}"));

        SyncResult result = accounts(1).sync(rows(10));

        assertThat(result.updated()).isEmpty();
        assertThat(result.failed()).hasSize(10).allSatisfy(f -> assertThat(f.retryable()).isTrue());
    }

    @Test
    void badRowsAreRefusedBeforeSendingAndTheOthersGoOn() throws Exception {
        List<SyncRow> input = List.of(
                SyncRow.of(acct(1), Map.of("plan", "pro")),
                SyncRow.of(" ", Map.of("plan", "pro")),
                SyncRow.of(acct(2), Map.of("address", Map.of("city", "Lyon"))),
                SyncRow.of(acct(3), Map.of()));

        SyncResult result = accounts(1).sync(input);

        assertThat(idsSent(pendo.receivedRequests().get(0))).containsExactly(acct(1));
        assertThat(result.updated()).containsExactly(acct(1));
        assertThat(custom(acct(2))).isEqualTo(Map.of());
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
        List<SyncRow> input = List.of(SyncRow.of(acct(1), Map.of("plan", "pro")), SyncRow.of(acct(1), Map.of("plan", "free")));

        assertThatThrownBy(() -> accounts(1).sync(input))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(acct(1));
        assertThat(pendo.receivedRequests()).isEmpty();
    }

    @Test
    void visitorsAreKeyedByVisitorId() throws Exception {
        SyncResult result = MetadataSync.builder(client(), MetadataKind.VISITOR).batchSize(2).build()
                .sync(List.of(SyncRow.of("visitor-00001", Map.of("role", "admin"))));

        ReceivedRequest request = pendo.receivedRequests().get(0);
        assertThat(request.url()).isEqualTo("/api/v1/metadata/visitor/custom/value");
        assertThat(JSON.readTree(request.body()).get(0).get("visitorId").asText()).isEqualTo("visitor-00001");
        assertThat(result.updated()).containsExactly("visitor-00001");
        assertThat(client().visitors().get("visitor-00001").metadata().additionalProperties())
                .containsEntry("custom", Map.of("role", "admin"));
    }
}
