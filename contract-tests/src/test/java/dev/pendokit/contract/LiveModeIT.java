package dev.pendokit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.pendokit.collection.BundledCollection;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The live mode, run as a nightly job runs it (the live settings, a server started apart) against
 * a mock server standing in for Pendo: the mock of the collection passes; the mock of a drifted
 * copy fails, naming the interaction and the difference. The provider test runs inside JUnit's
 * own engine, so what is checked is what a user's run reports.
 */
class LiveModeIT {

    @Test
    void aMockStartedApartPassesThroughTheLiveSettings() throws Exception {
        String key = "live-mode-" + UUID.randomUUID();
        try (MockProcess mock = MockProcess.start(key, null)) {
            Run run = Run.provider(Map.of(LiveSettings.BASE_URL, mock.baseUrl().toString(), LiveSettings.KEY, key));

            assertThat(run.events().failed().count()).as(run.failures()).isZero();
            // Successes and missing keys are arranged live; other errors and writes are skipped, with reasons.
            assertThat(run.events().succeeded().count()).isGreaterThanOrEqualTo(Contracts.operationCount());
            // A skipped contract is an aborted test: JUnit XML reports it as skipped, with the reason.
            assertThat(run.events().aborted().count()).isPositive();
            assertThat(run.events().aborted().stream().map(Run::message))
                    .allMatch(reason -> reason.contains("cannot be arranged against a live Pendo")
                            || reason.contains("changes data; run with -Dpendo.allowWrites=true")
                            // Job ids come from a bulk job started by a write.
                            || reason.startsWith("no jobId found to stand for exampleJob ("));
            assertThat(run.output()).contains("Verifying the Pendo API contracts against " + mock.baseUrl()
                    + " (live settings, read-only)").doesNotContain(key);
        }
    }

    @Test
    void aMockOfADriftedCollectionFailsNamingTheInteractionAndTheDifference(@TempDir Path work) throws Exception {
        Path drifted = work.resolve("drifted.postman_collection.json");
        String collection;
        try (InputStream in = BundledCollection.open()) {
            collection = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A field taken out of a documented shape, and a documented status changed.
        String removedField = "| rootVersionId | string | The unique identifier of the root entity, which nominally"
                + " matches the public id field of the page. |\\n";
        String listStatus = "| URI | /api/v1/page |\\n| Optional Parameters for Multi-App Subscriptions |";
        assertThat(collection).contains(removedField).contains(listStatus);
        String drift = collection.replace(removedField, "");
        int statusAt = drift.indexOf("| Status Codes | 200:", drift.indexOf(listStatus));
        Files.writeString(drifted, drift.substring(0, statusAt) + "| Status Codes | 201:"
                + drift.substring(statusAt + "| Status Codes | 200:".length()));
        String key = "drift-" + UUID.randomUUID();
        try (MockProcess mock = MockProcess.start(key, drifted)) {
            Run run = Run.provider(Map.of(LiveSettings.BASE_URL, mock.baseUrl().toString(), LiveSettings.KEY, key,
                    "pact.filter.description", "Page/.*"));

            Map<String, String> failures = run.failuresByInteraction();
            assertThat(failures.get("Page/Return List of All Pages answers 200"))
                    .contains("expected status of 200 but was 201");
            assertThat(failures.get("Page/Return a Specific Page answers 200")).contains("rootVersionId");
            assertThat(run.output()).doesNotContain(key);
        }
    }

    /** One run of the provider test with some system properties set, and what it printed. */
    private record Run(Events events, String output) {

        static Run provider(Map<String, String> properties) {
            Properties saved = (Properties) System.getProperties().clone();
            PrintStream out = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            try {
                properties.forEach(System::setProperty);
                System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(PendoApiProviderIT.class))
                        .execute().testEvents();
                return new Run(events, printed.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(out);
                System.setProperties(saved);
                System.out.print(printed.toString(StandardCharsets.UTF_8).lines()
                        .filter(l -> l.startsWith("Verifying the") || l.startsWith("Provider verification"))
                        .collect(Collectors.joining("\n", "", "\n")));
            }
        }

        String failures() {
            return String.join("\n\n", failuresByInteraction().values());
        }

        /** Each failed interaction's description, with the mismatches Pact reported. */
        Map<String, String> failuresByInteraction() {
            Map<String, String> failures = new HashMap<>();
            for (Event event : events.failed().list()) {
                String message = message(event);
                String name = event.getTestDescriptor().getDisplayName();
                failures.put(interaction(name, message), message);
            }
            return failures;
        }

        static String message(Event event) {
            return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                    .map(Throwable::getMessage).orElse("");
        }

        private static String interaction(String displayName, String message) {
            for (String line : List.of(displayName, message)) {
                int at = line.indexOf(" - Upon ");
                if (at >= 0) {
                    String rest = line.substring(at + " - Upon ".length());
                    int end = rest.indexOf('\n');
                    return (end < 0 ? rest : rest.substring(0, end)).trim();
                }
            }
            return displayName;
        }
    }
}
