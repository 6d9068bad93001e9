package dev.pendokit.maven;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * The collection a goal reads, as its parameters name it: the file (or the bundled Pendo
 * collection), the name overrides, the requests that only read, and strictness. Shared by the goals so that they read the same
 * collection the same way and refuse a missing file with the same message.
 */
final class CollectionInput {

    private final File collection;
    private final List<String> nameOverrides;
    private final File nameOverridesFile;
    private final List<String> readOnlyOperations;
    private final boolean strict;
    private final byte[] source;
    private final String fetchedFrom;

    CollectionInput(File collection, List<String> nameOverrides, File nameOverridesFile,
            List<String> readOnlyOperations, boolean strict) {
        this(collection, read(collection), null, nameOverrides, nameOverridesFile, readOnlyOperations, strict);
    }

    /** A collection already fetched from a URL, named in messages by {@code shownUrl} (masked, no query). */
    CollectionInput(byte[] fetched, String shownUrl, List<String> nameOverrides, File nameOverridesFile,
            List<String> readOnlyOperations, boolean strict) {
        this(null, fetched.clone(), shownUrl, nameOverrides, nameOverridesFile, readOnlyOperations, strict);
    }

    private CollectionInput(File collection, byte[] source, String fetchedFrom, List<String> nameOverrides,
            File nameOverridesFile, List<String> readOnlyOperations, boolean strict) {
        this.collection = collection;
        this.source = source;
        this.fetchedFrom = fetchedFrom;
        this.nameOverrides = List.copyOf(nameOverrides);
        this.nameOverridesFile = nameOverridesFile;
        this.readOnlyOperations = List.copyOf(readOnlyOperations);
        this.strict = strict;
    }

    /** The API model; throws {@link CollectionException} with the place and the fix. */
    ApiModel load() {
        ResolveOptions resolve = ResolveOptions.DEFAULTS.withOverrides(overrides())
                .withReadOnlyOperations(readOnlyOperations).withStrict(strict);
        if (fetchedFrom != null) {
            return ApiModels.load(source, fetchedFrom, resolve);
        }
        return collection == null ? ApiModels.loadBundled(resolve) : ApiModels.load(source, collection.getName(), resolve);
    }

    /** The collection's bytes as read (the file, the bundled collection, or what was fetched). */
    byte[] bytes() {
        return source.clone();
    }

    /** A hash of everything read here, for deciding whether output is up to date. */
    String hash() {
        StringBuilder text = new StringBuilder()
                .append("collection=").append(OutputWriter.sha256(source)).append('\n')
                .append("nameOverrides=").append(nameOverrides).append('\n')
                .append("retryableOperations=").append(readOnlyOperations).append('\n')
                .append("strict=").append(strict).append('\n');
        if (nameOverridesFile != null && nameOverridesFile.isFile()) {
            try {
                text.append("nameOverridesFile=").append(OutputWriter.sha256(Files.readAllBytes(nameOverridesFile.toPath())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return OutputWriter.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(File collection) {
        try {
            if (collection == null) {
                try (InputStream in = BundledCollection.open()) {
                    return in.readAllBytes();
                }
            }
            if (!collection.isFile()) {
                throw new CollectionException("The collection file " + collection + " does not exist. Check"
                        + " pendokit.collection (<collection> in the plugin's configuration), or leave it unset for"
                        + " the bundled Pendo collection");
            }
            return Files.readAllBytes(collection.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the collection " + collection + ": " + e.getMessage(), e);
        }
    }

    private NameOverrides overrides() {
        NameOverrides fromPom = NameOverrides.parse(nameOverrides, "<nameOverrides>");
        if (nameOverridesFile == null) {
            return fromPom;
        }
        try {
            return NameOverrides.parse(Files.readAllLines(nameOverridesFile.toPath(), StandardCharsets.UTF_8),
                    nameOverridesFile.getName()).with(fromPom);
        } catch (IOException e) {
            throw new CollectionException("The name overrides file " + nameOverridesFile + " cannot be read: "
                    + e.getMessage() + ". Check pendokit.nameOverridesFile");
        }
    }
}
