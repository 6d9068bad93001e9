package dev.pendokit.collection.snapshot;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The bundled collection's model with the default options, resolved when the jar is built and
 * stored beside the collection ({@value #RESOURCE}): the mock server, the usual reader of it,
 * starts without reading the collection. The snapshot names the bytes of the collection and its
 * name overrides it was made from, so a jar whose collection was changed afterwards reads the
 * collection again. Maven makes it again on every build ({@code process-classes}); a run from an
 * IDE that skips that phase after a change to the resolver reads the snapshot made before it, until
 * {@code ./mvnw process-classes} makes a new one.
 */
public final class BundledSnapshot {

    public static final String RESOURCE = "pendo-api.model-snapshot";

    private BundledSnapshot() {}

    /** The bundled model from the snapshot, or empty when the jar has none that fits its collection. */
    public static Optional<ApiModel> read() {
        return stored(RESOURCE).flatMap(snapshot -> ModelSnapshot.read(snapshot, fingerprint()));
    }

    /** The bytes of a snapshot the build stored in the jar beside the collection, if it did. */
    public static Optional<byte[]> stored(String resource) {
        try (InputStream in = BundledSnapshot.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Run by the build: {@code BundledSnapshot DIR} writes the snapshot into DIR (the jar's classes). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: BundledSnapshot OUTPUT_DIRECTORY");
        }
        ApiModel model = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);
        Files.write(Path.of(args[0]).resolve(RESOURCE), ModelSnapshot.write(model, fingerprint()));
    }

    /**
     * A checksum of the bundled collection and its name overrides, as the classpath holds them:
     * what the snapshots made from them (this model's, the stubs') are checked against.
     */
    public static long fingerprint() {
        return Fingerprint.VALUE;
    }

    /** Computed once, when first asked for. */
    private static final class Fingerprint {
        static final long VALUE = compute();
    }

    private static long compute() {
        CRC32 crc = new CRC32();
        try (InputStream collection = BundledCollection.open()) {
            crc.update(collection.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream names = BundledSnapshot.class.getClassLoader().getResourceAsStream(ApiModels.BUNDLED_NAMES)) {
            if (names != null) {
                crc.update(names.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crc.getValue();
    }
}
