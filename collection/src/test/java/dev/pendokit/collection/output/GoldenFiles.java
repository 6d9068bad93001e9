package dev.pendokit.collection.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares generated files with golden copies under {@code src/test/golden*}, file by file. With
 * {@code -Dpendokit.recreateGolden=true} the golden copies are rewritten first (review the diff).
 */
public final class GoldenFiles {

    private static final boolean RECREATE = Boolean.getBoolean("pendokit.recreateGolden");

    private GoldenFiles() {}

    public static void assertMatch(List<GeneratedFile> files, Path golden) throws IOException {
        if (RECREATE) {
            recreate(golden, files);
        }
        TreeSet<String> expected = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(golden)) {
            walk.filter(Files::isRegularFile).forEach(p -> expected.add(golden.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(files).extracting(GeneratedFile::path).containsExactlyElementsOf(expected);
        List<String> differing = new ArrayList<>();
        for (GeneratedFile file : files) {
            String want = Files.readString(golden.resolve(file.path()), StandardCharsets.UTF_8);
            if (!want.equals(new String(file.content(), StandardCharsets.UTF_8))) {
                differing.add(file.path());
            }
        }
        assertThat(differing).as("files that differ from %s (re-create with -Dpendokit.recreateGolden=true and"
                + " review the diff)", golden).isEmpty();
    }

    private static void recreate(Path golden, List<GeneratedFile> files) throws IOException {
        if (Files.exists(golden)) {
            try (Stream<Path> walk = Files.walk(golden)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (GeneratedFile file : files) {
            file.writeInto(golden);
        }
    }
}
