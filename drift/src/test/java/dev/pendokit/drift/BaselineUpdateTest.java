package dev.pendokit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.drift.diff.EditedCollection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline a nightly check keeps: written after a pass, kept after a failure, created on the
 * first run, untouched when nothing changed, and always a plain collection file.
 */
class BaselineUpdateTest {

    @TempDir
    Path work;

    @Test
    void aFirstRunWritesTheCollectionAsTheBaseline() throws IOException {
        byte[] pendo = pendo();
        Path baseline = work.resolve("drift/pendo.baseline.json");
        BaselineUpdate update = BaselineUpdate.of(baseline, pendo);

        assertThat(update.firstRun()).isTrue();
        BaselineUpdate.Result result = update.create();

        assertThat(result).isEqualTo(BaselineUpdate.Result.CREATED);
        assertThat(baseline).hasBinaryContent(pendo);
        assertThat(update.firstRun()).isFalse();
        assertThat(update.describe(result)).isEqualTo("no baseline at " + baseline + " yet: wrote the checked"
                + " collection there; the next run compares against it");
        assertThat(work.resolve("drift")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void aCheckThatPassesWritesTheCheckedCollectionOverTheBaseline() throws IOException {
        Path baseline = Files.write(work.resolve("baseline.json"), pendo());
        byte[] newer = changedPendo();
        DriftCheck.Outcome outcome = check(baseline, newer, FailOn.NONE);

        BaselineUpdate update = BaselineUpdate.of(baseline, newer);
        BaselineUpdate.Result result = update.after(outcome);

        assertThat(result).isEqualTo(BaselineUpdate.Result.UPDATED);
        assertThat(baseline).hasBinaryContent(newer);
        assertThat(update.describe(result)).isEqualTo("updated the baseline " + baseline + " to the checked collection;"
                + " the next run compares against it");
        // Tomorrow, the same collection is no drift.
        assertThat(check(baseline, newer, FailOn.ANY).report().summary())
                .isEqualTo("no drift: 109 operations checked, nothing changed");
    }

    @Test
    void aCheckThatFailsKeepsTheBaseline() throws IOException {
        byte[] pendo = pendo();
        Path baseline = Files.write(work.resolve("baseline.json"), pendo);
        byte[] newer = changedPendo();
        DriftCheck.Outcome outcome = check(baseline, newer, FailOn.BREAKING);
        assertThat(outcome.failed()).isTrue();

        BaselineUpdate update = BaselineUpdate.of(baseline, newer);
        BaselineUpdate.Result result = update.after(outcome);

        assertThat(result).isEqualTo(BaselineUpdate.Result.KEPT);
        assertThat(baseline).hasBinaryContent(pendo);
        assertThat(update.describe(result)).isEqualTo("kept the baseline " + baseline + " as it was, because the check"
                + " failed: the next run finds the same drift until it is fixed or accepted");
    }

    @Test
    void theSameCollectionLeavesTheFileUntouched() throws IOException {
        byte[] pendo = pendo();
        Path baseline = Files.write(work.resolve("baseline.json"), pendo);
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(baseline, longAgo);

        BaselineUpdate.Result result = BaselineUpdate.of(baseline, pendo).after(check(baseline, pendo, FailOn.ANY));

        assertThat(result).isEqualTo(BaselineUpdate.Result.UNCHANGED);
        assertThat(Files.getLastModifiedTime(baseline)).isEqualTo(longAgo);
    }

    @Test
    void postmansApiWrapperIsTakenOffSoTheBaselineIsAPlainCollection() throws IOException {
        ObjectMapper json = new ObjectMapper();
        byte[] wrapped = ("{\"collection\":" + new String(pendo(), StandardCharsets.UTF_8) + "}")
                .getBytes(StandardCharsets.UTF_8);
        Path baseline = work.resolve("baseline.json");

        BaselineUpdate.of(baseline, wrapped).create();

        assertThat(json.readTree(baseline.toFile())).isEqualTo(json.readTree(pendo()));
        assertThat(Files.readString(baseline)).startsWith("{\n  \"info\" : {").endsWith("}\n");
        // Written again from the same answer: byte for byte the same, so nothing to commit.
        assertThat(BaselineUpdate.of(baseline, wrapped).after(check(baseline, wrapped, FailOn.ANY)))
                .isEqualTo(BaselineUpdate.Result.UNCHANGED);
    }

    private DriftCheck.Outcome check(Path baseline, byte[] current, FailOn failOn) {
        DriftOptions.Collection old = new DriftOptions.Collection(
                ApiModels.load(baseline, ResolveOptions.DEFAULTS), baseline.getFileName().toString());
        DriftOptions.Collection checked = new DriftOptions.Collection(
                ApiModels.load(current, "current.json", ResolveOptions.DEFAULTS), "current.json");
        return DriftCheck.run(new DriftOptions(Optional.of(old), checked, Optional.empty(), failOn,
                work.resolve("reports")));
    }

    private static byte[] pendo() throws IOException {
        try (InputStream in = BundledCollection.open()) {
            return in.readAllBytes();
        }
    }

    /** Pendo's collection with its first Page request gone: one breaking change. */
    private byte[] changedPendo() throws IOException {
        EditedCollection edited = EditedCollection.pendo();
        edited.items("Page").remove(0);
        return edited.bytes();
    }
}
