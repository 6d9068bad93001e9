package dev.pendokit.collection.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A file a generator produces: its path under the output directory and its exact bytes. */
public record GeneratedFile(String path, byte[] content) {

    /** Writes the file under {@code directory}, creating the folders its path names. */
    public Path writeInto(Path directory) throws IOException {
        Path target = directory.resolve(path);
        Files.createDirectories(target.getParent());
        return Files.write(target, content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile file && file.path.equals(path) && Arrays.equals(file.content, content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return path + " (" + content.length + " bytes)";
    }
}
