package dev.pendokit.drift.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.SyntheticCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.drift.Change;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift between two versions of a 2,000-request collection, read and compared, within 5 s. */
class ModelDiffScaleTest {

    static final int REQUESTS = 2_000;

    @Test
    void twoVersionsOfA2000RequestCollectionAreComparedWithinFiveSeconds(@TempDir Path work) throws Exception {
        String baseline = new String(SyntheticCollection.json(REQUESTS), StandardCharsets.UTF_8);
        // The newer version: a field gone from every resource, a field retyped, the host moved.
        String current = baseline.replace("| tags | array | Labels. |\\n", "")
                .replace("| name | string | Display name. |", "| name | number | Display name. |")
                .replace("https://api.example.com", "https://api.eu.example.com");
        Path old = Files.writeString(work.resolve("v1.json"), baseline);
        Path now = Files.writeString(work.resolve("v2.json"), current);

        long start = System.nanoTime();
        ApiModel before = ApiModels.load(old, ResolveOptions.DEFAULTS);
        ApiModel after = ApiModels.load(now, ResolveOptions.DEFAULTS);
        long read = System.nanoTime();
        List<Change> changes = ModelDiff.between(before, after);
        System.out.printf("read both in %d ms, compared in %d ms%n", (read - start) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("Drift of a %d-request collection: %d changes in %d ms (both read and compared)%n",
                REQUESTS, changes.size(), took.toMillis());
        assertThat(before.operations()).hasSize(REQUESTS);
        assertThat(changes).anyMatch(c -> c.kind().equals("response-field-removed"))
                .anyMatch(c -> c.kind().equals("response-type-changed"))
                .anyMatch(c -> c.kind().equals("variable-changed"));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
