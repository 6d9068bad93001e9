package dev.pendokit.openapi;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The documents tests read: the Pendo collection's, and those of the real-world corpus. */
final class Documents {

    private static OpenApiDocument pendo;

    private Documents() {}

    static synchronized OpenApiDocument pendo() {
        if (pendo == null) {
            pendo = OpenApiWriter.write(TestModels.pendo(), OpenApiOptions.DEFAULTS);
        }
        return pendo;
    }

    /** Every collection of {@code testdata/postman-corpus}, by file name. */
    static List<Path> corpus() {
        try (Stream<Path> files = Files.list(TestModels.CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Pendo document ({@code pendo}) and that of every corpus collection the reader takes (by
     * file name without {@code .json}), in that order.
     */
    static Map<String, OpenApiDocument> all() {
        Map<String, OpenApiDocument> documents = new LinkedHashMap<>();
        documents.put("pendo", pendo());
        for (Path file : corpus()) {
            ApiModel model = corpusModel(file);
            if (model != null) {
                documents.put(file.getFileName().toString().replaceFirst("\\.json$", ""),
                        OpenApiWriter.write(model, OpenApiOptions.DEFAULTS));
            }
        }
        return documents;
    }

    /** The model of a corpus collection, or null for one the reader refuses (schema v1). */
    static ApiModel corpusModel(Path file) {
        try {
            return ApiModels.load(file, ResolveOptions.DEFAULTS);
        } catch (CollectionException refused) {
            return null;
        }
    }
}
