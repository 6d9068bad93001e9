package dev.pendokit.pendo.jobs;

import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.Region;
import dev.pendokit.pendo.jobs.events.EventRouter;
import dev.pendokit.pendo.jobs.reverseetl.MetadataKind;
import dev.pendokit.pendo.jobs.reverseetl.MetadataSync;
import dev.pendokit.pendo.jobs.reverseetl.SyncResult;
import dev.pendokit.pendo.jobs.reverseetl.SyncRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The code of RECIPES-events-and-reverse-etl.md, so the build compiles what the recipes show.
 * {@link RecipesTest} checks that every Java block of the recipes appears here verbatim, and runs
 * the two recipes against the mock server.
 */
final class RecipeSnippets {

    private RecipeSnippets() {
    }

    /** Compiled, not run: it reads real credentials. */
    static PendoClient client() {
        PendoClient pendo = PendoClient.builder()
                .region(Region.EU)                                       // app.eu.pendo.io and data.eu.pendo.io
                .integrationKey(System.getenv("PENDO_INTEGRATION_KEY"))
                .trackEventSecret(System.getenv("PENDO_TRACK_EVENT_SECRET"))
                .build();
        return pendo;
    }

    static void routeEvents(PendoClient pendo) {
        EventRouter router = new EventRouter(pendo);                     // writes the "custom" metadata group

        router.identify("user-42", Map.of("email", "ada@example.com", "plan", Map.of("name", "pro")));
        router.group("acme", Map.of("name", "Acme", "employees", 120));
        router.track("user-42", "Report Exported", Map.of("format", "csv"), Instant.now(), "acme");
    }

    static SyncResult syncAccounts(PendoClient pendo) {
        MetadataSync sync = MetadataSync.builder(pendo, MetadataKind.ACCOUNT)
                .batchSize(1000)                                         // pendokit's default; Pendo sets no count limit
                .build();
        List<SyncRow> rows = List.of(
                SyncRow.of("acme", Map.of("plan", "enterprise", "seats", 250)),
                SyncRow.of("globex", Map.of("plan", "pro", "seats", 40)));

        SyncResult result = sync.sync(rows);                             // update only: unknown ids end in result.missing()
        if (!result.complete()) {
            result = sync.retryFailed(result);                           // resends the failed rows, never the updated ones
        }
        result.failed().forEach(f -> System.err.println(f.row().id() + " not updated: " + f.reason()));
        return result;
    }
}
