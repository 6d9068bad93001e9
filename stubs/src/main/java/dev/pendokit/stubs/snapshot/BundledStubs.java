package dev.pendokit.stubs.snapshot;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.collection.snapshot.BundledSnapshot;
import dev.pendokit.stubs.Stub;
import dev.pendokit.stubs.StubGenerator;
import dev.pendokit.stubs.StubGenerator.Selection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stubs of the bundled collection (its model with the default options), made when the jar is
 * built and stored beside it, one resource per {@link Selection} a server asks for: the mock
 * server serving the bundled collection, the usual case, starts without generating them. Like the
 * model's snapshot they name the collection's bytes they were made from, and another collection
 * gets its stubs generated.
 */
public final class BundledStubs {

    private BundledStubs() {}

    /**
     * {@link StubGenerator#stubs}{@code (model, selection)} for {@code model}, the bundled
     * collection's model with the default options: from the snapshot when the jar has one that fits.
     */
    public static List<Stub> of(ApiModel model, Selection selection) {
        return read(selection).orElseGet(() -> StubGenerator.stubs(model, selection));
    }

    static Optional<List<Stub>> read(Selection selection) {
        return BundledSnapshot.stored(resource(selection))
                .flatMap(snapshot -> StubSnapshot.read(snapshot, BundledSnapshot.fingerprint()));
    }

    /** Run by the build: {@code BundledStubs DIR} writes the snapshots into DIR (the jar's classes). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: BundledStubs OUTPUT_DIRECTORY");
        }
        ApiModel model = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);
        for (Selection selection : List.of(Selection.DEFAULT, Selection.CHOSEN)) {
            byte[] snapshot = StubSnapshot.write(StubGenerator.stubs(model, selection), BundledSnapshot.fingerprint());
            Files.write(Path.of(args[0]).resolve(resource(selection)), snapshot);
        }
    }

    /** {@code pendo-api.default-stubs}, {@code pendo-api.chosen-stubs}. */
    static String resource(Selection selection) {
        return "pendo-api." + selection.name().toLowerCase(Locale.ROOT) + "-stubs";
    }
}
