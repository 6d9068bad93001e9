package dev.pendokit.collection;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.nio.file.Path;

/** The models tests start from: the bundled Pendo collection, and the real collections of {@code testdata}. */
public final class TestModels {

    /** The real-world collections under {@code testdata/postman-corpus}, from any module's folder. */
    public static final Path CORPUS = Path.of("..", "testdata", "postman-corpus");

    private TestModels() {}

    public static ApiModel pendo() {
        return ApiModels.loadBundled(ResolveOptions.DEFAULTS);
    }

    /** A collection of the corpus by file name ({@code p2o-echo.postman.json}). */
    public static ApiModel corpus(String file) {
        return ApiModels.load(CORPUS.resolve(file), ResolveOptions.DEFAULTS);
    }
}
