package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension as another project's tests use it: run through JUnit's own engine, so that what
 * it does before and after each test, and how it fails one, is what a user sees.
 */
class PendoMockExtensionTest {

    @Test
    void aStaticExtensionServesTheClassAndGivesEachTestItsOwnRequests() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(StaticUse.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void failOnUnmatchedFailsTheTestThatSentAnUndocumentedRequest() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnmatchedUse.class)).execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(1, event(test("documented"), finishedSuccessfully()))
                .haveExactly(1, event(test("undocumented"), finishedWithFailure(message(m -> m.startsWith(
                        "1 request(s) matched no documented Pendo request:\n  GET /api/v1/pagez")))));
    }

    @Test
    void anInstanceExtensionServesEachTestOnItsOwnServer() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(InstanceUse.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticUse {

        @RegisterExtension
        static PendoMockExtension pendo = PendoMockExtension.builder().integrationKey("test-key").build();
        static URI first;

        @Test
        @Order(1)
        void first() {
            first = pendo.baseUrl();
            assertThat(send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "test-key"))
                    .statusCode()).isEqualTo(200);
            assertThat(pendo.receivedRequests()).hasSize(1);
        }

        @Test
        @Order(2)
        void second() {
            assertThat(pendo.baseUrl()).isEqualTo(first);
            assertThat(pendo.receivedRequests()).isEmpty();
            assertThat(send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "wrong"))
                    .statusCode()).isEqualTo(401);
            assertThat(pendo.receivedRequests()).singleElement().satisfies(r -> assertThat(r.matched()).isTrue());
        }
    }

    static class UnmatchedUse {

        @RegisterExtension
        static PendoMockExtension pendo = PendoMockExtension.builder().failOnUnmatched().build();

        @Test
        void documented() {
            send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "k"));
        }

        @Test
        void undocumented() {
            send(request(pendo.mock(), "GET", "/api/v1/pagez", null, "x-pendo-integration-key", "k"));
        }
    }

    static class InstanceUse {

        @RegisterExtension
        PendoMockExtension pendo = PendoMockExtension.builder().journalLimit(10).build();

        @Test
        void one() {
            assertThat(pendo.port()).isPositive();
        }

        @Test
        void two() {
            assertThat(pendo.receivedRequests()).isEmpty();
        }
    }
}
