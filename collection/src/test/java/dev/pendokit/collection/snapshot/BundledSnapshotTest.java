package dev.pendokit.collection.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build stores the bundled model, and the stored model is the one resolving the collection gives. */
class BundledSnapshotTest {

    @Test
    void theBuildStoredTheBundledModelAsResolvingGivesIt() {
        ApiModel resolved = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);

        assertThat(BundledSnapshot.read()).as("the snapshot in target/classes, made by the build").contains(resolved);
        assertThat(ApiModels.loadBundled(ResolveOptions.DEFAULTS)).isEqualTo(resolved);
    }

    @Test
    void otherOptionsResolveTheCollection() {
        ResolveOptions readOnly = ResolveOptions.DEFAULTS.withReadOnlyOperations(List.of("**"));

        assertThatThrownBy(() -> ApiModels.loadBundled(ResolveOptions.DEFAULTS.withStrict(true)))
                .as("strict mode still stops at the collection's warnings").isInstanceOf(CollectionException.class)
                .hasMessageStartingWith("pendo-api.postman_collection.json has 2 problems (strict mode: warnings"
                        + " count as errors):");
        assertThat(ApiModels.loadBundled(readOnly)).isEqualTo(ApiModels.resolveBundled(readOnly))
                .isNotEqualTo(ApiModels.resolveBundled(ResolveOptions.DEFAULTS));
    }

    @Test
    void theBuildStepWritesTheSameBytesEachTime(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));

        BundledSnapshot.main(new String[] {first.toString()});
        BundledSnapshot.main(new String[] {second.toString()});

        assertThat(first.resolve(BundledSnapshot.RESOURCE)).hasSameBinaryContentAs(second.resolve(BundledSnapshot.RESOURCE));
    }

    @Test
    void aSnapshotOfAnotherCollectionIsNotRead() {
        byte[] snapshot = ModelSnapshot.write(ApiModels.resolveBundled(ResolveOptions.DEFAULTS), BundledSnapshot.fingerprint() ^ 1);

        assertThat(ModelSnapshot.read(snapshot, BundledSnapshot.fingerprint())).isEmpty();
    }
}
