package dev.pendokit.mock;

import static dev.pendokit.mock.MockHttp.request;
import static dev.pendokit.mock.MockHttp.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension's coverage report and minimum, run through JUnit's own engine: the report is
 * written after the class, and a class below the minimum fails, naming what it missed and the report.
 */
class PendoMockExtensionCoverageTest {

    private static final Path REPORTS = Path.of("target", "extension-coverage-test");

    @BeforeEach
    void clean() throws IOException {
        if (Files.exists(REPORTS)) {
            try (Stream<Path> files = Files.walk(REPORTS)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void writesTheClassesReportAfterItsTests() throws IOException {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Reported.class)).execute()
                .allEvents().assertThatEvents().haveExactly(1, event(container(Reported.class), finishedSuccessfully()));

        Path json = REPORTS.resolve(Reported.class.getName() + ".json");
        Path markdown = REPORTS.resolve(Reported.class.getName() + ".md");
        assertThat(Files.readString(json)).startsWith("{\n  \"collection\":\"Pendo API\",\n  \"documented\":1229,\n"
                + "  \"exercised\":2,\n  \"percent\":0.2,\n  \"requests\":3,\n");
        assertThat(Files.readString(markdown)).contains("2 of 1229 documented statuses exercised (0.2 %), by 3 requests.",
                "| Page/Return List of All Pages | `GET /api/v1/page` | 200, 404 | 400, 401, 402, 422, 429, 500, 502, 503,"
                        + " 504 |  | 2 |");
    }

    @Test
    void failsAClassBelowTheMinimumNamingWhatItMissedAndTheReport() {
        Path report = REPORTS.resolve(BelowMinimum.class.getName() + ".md");
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(BelowMinimum.class)).execute()
                .allEvents().assertThatEvents().haveExactly(1, event(container(BelowMinimum.class),
                        finishedWithFailure(message("The tests exercised 0.1 % of the documented statuses (1 of 1229),"
                                + " below the minimum of 50 %. Not exercised: Page/Return List of All Pages (400, 401,"
                                + " 402, 404, 422, 429, 500, 502, 503, 504); Page/Return a Specific Page (200, 400, 401,"
                                + " 402, 404, 422, 429, 500, 502, 503, 504); Page/Return List of Specific Pages (200, 400,"
                                + " 401, 402, 404, 422, 429, 500, 502, 503, 504); Feature/Return List of All Features"
                                + " (200, 400, 401, 402, 404, 422, 429, 500, 502, 503, 504); Feature/Return a Specific"
                                + " Feature (200, 400, 401, 402, 404, 422, 429, 500, 502, 503, 504); and 105 more"
                                + " operations. Report: " + report))));
        assertThat(report).exists();
    }

    @Test
    void aClassAtTheMinimumPasses() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(AtMinimum.class)).execute()
                .allEvents().assertThatEvents().haveExactly(1, event(container(AtMinimum.class), finishedSuccessfully()));
    }

    @Test
    void theMinimumIsAPercentage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PendoMockExtension.builder().minCoverage(101))
                .hasMessage("The minimum coverage is a percentage from 0 to 100, not 101.0");
    }

    static class Reported {

        @RegisterExtension
        static PendoMockExtension pendo = PendoMockExtension.builder().coverageReport(REPORTS).build();

        @Test
        void twoStatusesOfOneOperation() {
            send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "k"));
            send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "k", "Prefer", "code=404"));
            send(request(pendo.mock(), "GET", "/api/v1/pagez", null, "x-pendo-integration-key", "k"));
        }
    }

    static class BelowMinimum {

        @RegisterExtension
        static PendoMockExtension pendo = PendoMockExtension.builder().coverageReport(REPORTS).minCoverage(50).build();

        @Test
        void oneStatus() {
            send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "k"));
        }
    }

    static class AtMinimum {

        @RegisterExtension
        static PendoMockExtension pendo = PendoMockExtension.builder().coverageReport(null).minCoverage(0.1).build();

        @Test
        void twoStatuses() {
            send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "k"));
            send(request(pendo.mock(), "GET", "/api/v1/page", null, "x-pendo-integration-key", "k", "Prefer", "code=404"));
        }
    }
}
