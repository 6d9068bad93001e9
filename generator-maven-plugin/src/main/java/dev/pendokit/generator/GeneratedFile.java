package dev.pendokit.generator;

import java.util.Arrays;

/** A file the generator produces: its path under the output directory and its exact bytes. */
public record GeneratedFile(String path, byte[] content) {

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
