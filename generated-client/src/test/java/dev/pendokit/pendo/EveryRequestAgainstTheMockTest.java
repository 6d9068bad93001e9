package dev.pendokit.pendo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.request.DocumentedRequest;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.mock.PendoMockExtension;
import dev.pendokit.mock.ReceivedRequest;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Source;
import dev.pendokit.pendo.aggregation.Sources;
import dev.pendokit.pendo.runtime.RowStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every request of the collection, sent through the generated client to the mock Pendo server (the
 * jar's server, not a stub written for the test) and its answer decoded. The 50 aggregation
 * requests are examples of one call: each goes through the typed API
 * ({@code aggregations().run(Aggregation)}) and is read to the last row; a pipeline that keeps the
 * source's rows gives rows of the source's type ({@code VisitorsRow} for visitors), one that
 * reshapes them gives JSON. The other 60 go through their own methods, with the documented
 * arguments.
 */
class EveryRequestAgainstTheMockTest {

    private static final String KEY = "aggregation-examples-key";

    @RegisterExtension
    static PendoMockExtension mock = PendoMockExtension.builder().integrationKey(KEY).failOnUnmatched().build();

    private static final ApiModel MODEL = ApiModels.loadBundled(ResolveOptions.DEFAULTS);

    @Test
    void theCollectionHasFiftyExamplesOfTheOneCallAndSixtyOtherRequests() {
        assertThat(examples()).hasSize(50);
        assertThat(others()).hasSize(60);
    }

    @TestFactory
    Stream<DynamicTest> everyOtherRequestGoesThroughItsMethod() {
        PendoClient pendo = PendoClient.builder().baseUrl(mock.baseUrl()).dataHost(mock.baseUrl()).integrationKey(KEY)
                .trackEventSecret(KEY).build();
        return others().stream().map(operation -> DynamicTest.dynamicTest(operation.location().itemPath(),
                () -> call(pendo, operation)));
    }

    private static List<Operation> others() {
        return MODEL.operations().stream().filter(o -> !examples().contains(o)).toList();
    }

    private static void call(PendoClient pendo, Operation operation) throws Exception {
        Object api = PendoClient.class.getMethod(operation.groupJavaName()).invoke(pendo);
        Method method = Arguments.method(api.getClass(), operation);
        Object result = method.invoke(api, Arguments.of(DocumentedRequest.of(operation), method));
        if (result instanceof RowStream<?> rows) {
            try (rows) {
                List<Object> all = new ArrayList<>();
                rows.forEach(all::add);
                assertThat(all).doesNotContainNull();
            }
        }
        ReceivedRequest received = mock.receivedRequests().get(mock.receivedRequests().size() - 1);
        assertThat(received.matched()).as(received.toString()).isTrue();
        assertThat(received.status()).as(received.toString()).isBetween(200, 299);
        if (method.getReturnType() != void.class) {
            assertThat(result).as("the decoded answer of %s", operation.name()).isNotNull();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGoesThroughTheTypedApi() {
        PendoClient pendo = PendoClient.builder().baseUrl(mock.baseUrl()).integrationKey(KEY).build();
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.location().itemPath(),
                () -> send(pendo, example)));
    }

    private static List<Operation> examples() {
        return MODEL.operations().stream().filter(o -> o.path().toUriTemplate().equals("/api/v1/aggregation")).toList();
    }

    private static void send(PendoClient pendo, Operation example) {
        JsonNode body = DocumentedRequest.of(example).body().flatMap(DocumentedRequest.Body::json).orElseThrow();
        JsonNode start = body.path("request").path("pipeline").path(0).path("source");
        // Some examples start with another operator (spawn, ...): their rows are JSON.
        Source<?> source = start.isObject() ? Sources.named(start.fieldNames().next()) : Source.named("");
        boolean keepsRows = Aggregation.keepsSourceRows(body);
        Aggregation<?> aggregation = keepsRows ? Aggregation.fromJson(source, body) : Aggregation.fromJson(body);

        List<Object> rows = new ArrayList<>();
        try (RowStream<?> answer = pendo.aggregations().run(aggregation)) {
            answer.forEach(rows::add);
        }

        ReceivedRequest received = mock.receivedRequests().get(mock.receivedRequests().size() - 1);
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.matched()).as(received.toString()).isTrue();
        assertThat(rows).as("the rows of %s", example.name()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).isInstanceOf(keepsRows ? source.rowType() : JsonNode.class));
        if (keepsRows && source.rowType() != JsonNode.class) {
            assertThat(aggregation.rowType()).isEqualTo(source.rowType());
        }
    }
}
