package dev.pendokit.collection;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.Severity;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.postman.PostmanCollection;
import dev.pendokit.collection.postman.PostmanReader;
import dev.pendokit.collection.resolve.ModelResolver;
import dev.pendokit.collection.resolve.ResolveOptions;
import dev.pendokit.collection.snapshot.BundledSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Postman collection and resolves it into the {@link ApiModel}, the entry point for every
 * pendokit stage. Errors always stop; warnings stop only in strict mode. Either way the
 * {@link CollectionException} lists every problem with its place and fix.
 */
public final class ApiModels {

    /** Resource with the bundled collection's name overrides (pages(), guides(), ...). */
    public static final String BUNDLED_NAMES = "pendo-api.names";

    private ApiModels() {}

    public static ApiModel load(Path collection, ResolveOptions options) {
        return checked(ModelResolver.resolve(PostmanReader.read(collection), options), options.strict());
    }

    public static ApiModel load(byte[] json, String source, ResolveOptions options) {
        return checked(ModelResolver.resolve(PostmanReader.read(json, source), options), options.strict());
    }

    /**
     * The bundled Pendo collection, with its own name overrides under the user's. With the default
     * options it comes from the snapshot resolved when the jar was built ({@link BundledSnapshot}).
     */
    public static ApiModel loadBundled(ResolveOptions options) {
        if (options.equals(ResolveOptions.DEFAULTS)) {
            Optional<ApiModel> snapshot = BundledSnapshot.read();
            if (snapshot.isPresent()) {
                return snapshot.get();
            }
        }
        return resolveBundled(options);
    }

    /** The bundled Pendo collection read and resolved, never from the snapshot: the snapshot is made from this. */
    public static ApiModel resolveBundled(ResolveOptions options) {
        PostmanCollection collection;
        try (InputStream in = BundledCollection.open()) {
            collection = PostmanReader.read(in, BundledCollection.RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResolveOptions withNames = options.withOverrides(bundledNames().with(options.overrides()));
        return checked(ModelResolver.resolve(collection, withNames), options.strict());
    }

    /** The name overrides that come with the bundled collection. */
    public static NameOverrides bundledNames() {
        try (InputStream in = ApiModels.class.getClassLoader().getResourceAsStream(BUNDLED_NAMES)) {
            if (in == null) {
                return NameOverrides.NONE;
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return NameOverrides.parse(lines, BUNDLED_NAMES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model, or a {@link CollectionException} listing what stops it. */
    public static ApiModel checked(ApiModel model, boolean strict) {
        List<Diagnostic> stopping = model.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR || strict).toList();
        if (stopping.isEmpty()) {
            return model;
        }
        StringBuilder message = new StringBuilder(model.source()).append(" has ").append(stopping.size())
                .append(stopping.size() == 1 ? " problem" : " problems");
        if (strict && stopping.stream().anyMatch(d -> d.severity() == Severity.WARNING)) {
            message.append(" (strict mode: warnings count as errors)");
        }
        message.append(':');
        for (Diagnostic diagnostic : stopping) {
            message.append("\n  - ").append(diagnostic);
        }
        throw new CollectionException(message.toString(), stopping, null);
    }
}
