package dev.pendokit.stubs.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.stubs.Stub;
import dev.pendokit.stubs.StubGenerator;
import dev.pendokit.stubs.StubGenerator.Selection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Stubs read back from a snapshot are the stubs written, and the bundled ones are those the generator makes. */
class StubSnapshotTest {

    private static final long FINGERPRINT = 42;

    @ParameterizedTest
    @EnumSource(Selection.class)
    void thePendoStubsComeBackEqual(Selection selection) {
        List<Stub> stubs = StubGenerator.stubs(TestModels.pendo(), selection);

        assertThat(StubSnapshot.read(StubSnapshot.write(stubs, FINGERPRINT), FINGERPRINT)).contains(stubs);
    }

    @ParameterizedTest
    @MethodSource("dev.pendokit.collection.TestModels#readableCorpus")
    void theStubsOfEveryCorpusCollectionComeBackEqual(String file) {
        List<Stub> stubs = StubGenerator.stubs(TestModels.corpus(file), Selection.ALL);

        assertThat(StubSnapshot.read(StubSnapshot.write(stubs, FINGERPRINT), FINGERPRINT)).contains(stubs);
    }

    @ParameterizedTest
    @EnumSource(value = Selection.class, names = {"DEFAULT", "CHOSEN"})
    void theBuildStoredTheBundledStubsAsTheGeneratorMakesThem(Selection selection) {
        ApiModel model = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);
        List<Stub> generated = StubGenerator.stubs(model, selection);

        assertThat(BundledStubs.read(selection)).as("the snapshot in target/classes, made by the build")
                .contains(generated);
        assertThat(BundledStubs.of(model, selection)).isEqualTo(generated);
    }

    @Test
    void stubsOfSomethingElseOrCutShortAreNotRead() {
        byte[] snapshot = StubSnapshot.write(StubGenerator.stubs(TestModels.pendo(), Selection.DEFAULT), FINGERPRINT);

        assertThat(StubSnapshot.read(snapshot, FINGERPRINT + 1)).as("another collection").isEmpty();
        assertThat(StubSnapshot.read(Arrays.copyOf(snapshot, snapshot.length - 1), FINGERPRINT)).as("cut short")
                .isEmpty();
        assertThat(BundledStubs.read(Selection.ALL)).as("a selection the build stores no snapshot of").isEmpty();
    }

    @Test
    void theSameStubsGiveTheSameBytes() {
        List<Stub> stubs = StubGenerator.stubs(TestModels.pendo(), Selection.ALL);

        assertThat(StubSnapshot.write(stubs, FINGERPRINT)).isEqualTo(StubSnapshot.write(stubs, FINGERPRINT));
    }
}
