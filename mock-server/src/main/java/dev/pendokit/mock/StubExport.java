package dev.pendokit.mock;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.stubs.StubGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the mock's stubs in stock WireMock's layout ({@code mappings/}, {@code __files/}), for
 * a WireMock that is not this one: {@code java -jar wiremock-standalone.jar --root-dir DIR}, the
 * Docker image, WireMock Cloud. Refuses to mix them with mappings already there, which WireMock
 * would serve alongside.
 */
final class StubExport {

    /** What was written. */
    record Result(int mappings, int bodies) {}

    private StubExport() {}

    static Result write(ApiModel model, Path root) {
        List<GeneratedFile> files = StubGenerator.generate(model);
        Set<String> produced = files.stream().map(GeneratedFile::path).collect(Collectors.toSet());
        try {
            List<String> others = existing(root).stream().filter(f -> !produced.contains(f)).sorted().toList();
            if (!others.isEmpty()) {
                throw new PendoMockException(root + " already holds " + others.size() + " WireMock file(s) this export"
                        + " would not replace (" + others.get(0) + (others.size() > 1 ? ", ..." : "") + "), and WireMock"
                        + " would serve them alongside the new stubs. Export into an empty folder, or remove them first",
                        null);
            }
            int mappings = 0;
            for (GeneratedFile file : files) {
                Path target = root.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
                mappings += file.path().startsWith("mappings/") ? 1 : 0;
            }
            return new Result(mappings, files.size() - mappings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stubs to " + root + ": " + e.getMessage(), e);
        }
    }

    /** The files under {@code mappings/} and {@code __files/}, relative to the root. */
    private static List<String> existing(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("mappings", "__files")) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
                }
            }
        }
        return files;
    }
}
