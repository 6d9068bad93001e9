package dev.pendokit.collection;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The models tests start from: the bundled Pendo collection, and the real collections of {@code testdata}. */
public final class TestModels {

    /** The real-world collections under {@code testdata/postman-corpus}, from any module's folder. */
    public static final Path CORPUS = Path.of("..", "testdata", "postman-corpus");

    private TestModels() {}

    public static ApiModel pendo() {
        return ApiModels.loadBundled(ResolveOptions.DEFAULTS);
    }

    /** The file names of every collection of the corpus the reader takes (all but the v1 one), sorted. */
    public static Stream<String> readableCorpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .sorted().toList();
            return names.stream().filter(TestModels::readable);
        }
    }

    private static boolean readable(String file) {
        try {
            corpus(file);
            return true;
        } catch (CollectionException refused) {
            return false;
        }
    }

    /** A collection of the corpus by file name ({@code p2o-echo.postman.json}). */
    public static ApiModel corpus(String file) {
        return ApiModels.load(CORPUS.resolve(file), ResolveOptions.DEFAULTS);
    }
}
