package dev.pendokit.cli;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.postman.PostmanReader;
import dev.pendokit.collection.resolve.ModelResolver;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that name a collection and how to read it, shared by the commands that read one (a
 * picocli mixin), so that each reads it the same way as the Maven plugin's goals do.
 */
final class CollectionOptions {

    @Option(names = "--collection", paramLabel = "FILE",
            description = "A Postman collection (v2.0 or v2.1); by default the bundled Pendo API collection.")
    Path collection;

    @Option(names = "--name-overrides", paramLabel = "FILE",
            description = "Name overrides, one kind:target=name a line (see the collection module's README).")
    Path nameOverridesFile;

    @Option(names = "--retryable-operations", paramLabel = "GLOB", split = ",",
            description = "POST and PATCH requests that only read, as Folder/Request globs (* within a name, ** across"
                    + " folders), comma-separated: the client retries them, live drift calls them.")
    List<String> retryableOperations = new ArrayList<>();

    @Option(names = "--strict", description = "Refuse the collection on warnings too, not only on errors.")
    boolean strict;

    /** The collection the options name; throws {@link CollectionException} with the place and the fix. */
    ApiModel load() {
        return collection == null ? ApiModels.loadBundled(resolveOptions()) : load(collection, "--collection");
    }

    /**
     * The model as read, with every diagnostic and refused for none: for showing what is wrong
     * rather than stopping at it. The bundled collection comes with its name overrides, as
     * {@link ApiModels#loadBundled} reads it.
     */
    ApiModel resolve() {
        ResolveOptions options = resolveOptions();
        if (collection != null) {
            requireFile(collection, "--collection");
            return ModelResolver.resolve(PostmanReader.read(collection), options);
        }
        try (InputStream in = BundledCollection.open()) {
            return ModelResolver.resolve(PostmanReader.read(in, BundledCollection.RESOURCE),
                    options.withOverrides(ApiModels.bundledNames().with(options.overrides())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another collection file, read the same way; {@code option} names where it was given, for the message. */
    ApiModel load(Path file, String option) {
        requireFile(file, option);
        return ApiModels.load(file, resolveOptions());
    }

    /** A collection fetched from a URL, read the same way; {@code shownUrl} names it in messages. */
    ApiModel load(byte[] fetched, String shownUrl) {
        return ApiModels.load(fetched, shownUrl, resolveOptions());
    }

    /** Refuses a collection file that is not there, naming the option that named it. */
    static void requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new CollectionException("The collection file " + file + " does not exist. Check " + option
                    + (option.equals("--collection") ? ", or leave it out for the bundled Pendo collection" : ""));
        }
    }

    /** How a report names the collection: its file name, or {@code bundled}. */
    String source() {
        return collection == null ? "bundled" : collection.getFileName().toString();
    }

    /** The model's warnings, on stderr, one a line. */
    static void warn(ApiModel model, PrintWriter err) {
        model.warnings().forEach(w -> err.println("pendokit: " + w));
        err.flush();
    }

    private ResolveOptions resolveOptions() {
        return ResolveOptions.DEFAULTS.withOverrides(overrides()).withReadOnlyOperations(retryableOperations)
                .withStrict(strict);
    }

    private NameOverrides overrides() {
        if (nameOverridesFile == null) {
            return NameOverrides.NONE;
        }
        try {
            return NameOverrides.parse(Files.readAllLines(nameOverridesFile, StandardCharsets.UTF_8),
                    nameOverridesFile.getFileName().toString());
        } catch (IOException e) {
            throw new CollectionException("The name overrides file " + nameOverridesFile + " cannot be read ("
                    + e.getMessage() + "). Check --name-overrides");
        }
    }
}
