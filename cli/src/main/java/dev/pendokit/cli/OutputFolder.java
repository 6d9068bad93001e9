package dev.pendokit.cli;

import dev.pendokit.collection.output.GeneratedFile;
import dev.pendokit.collection.output.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A folder a command writes generated files into and owns: files it no longer produces are
 * removed. So it refuses a folder that holds files it did not write (a source folder given by
 * mistake), and keeps the list of what it wrote beside the folder, never in it.
 */
final class OutputFolder {

    private final Path directory;
    private final Path stateFile;

    /**
     * Claims the folder, before any work is done.
     *
     * @param command the command that owns it, which names its state file
     * @param option the option that named it, for the message
     * @throws IllegalArgumentException naming the folder when it holds files this command did not write
     */
    OutputFolder(Path directory, String command, String option) {
        this.directory = directory.toAbsolutePath().normalize();
        Path parent = this.directory.getParent() == null ? this.directory : this.directory.getParent();
        this.stateFile = parent.resolve(".pendokit").resolve(command + "-"
                + OutputWriter.sha256(this.directory.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12) + ".state");
        if (!Files.exists(stateFile) && holdsFiles()) {
            throw new IllegalArgumentException(this.directory + " already holds files pendokit did not write, and "
                    + option + " removes what it does not produce there. Give " + option + " an empty or new folder");
        }
    }

    /**
     * Writes the files; only those whose bytes differ are written. Every run generates: an
     * unchanged input is for the build tool around it to notice (Gradle's up-to-date check).
     */
    OutputWriter.Outcome write(Supplier<List<GeneratedFile>> files) {
        return new OutputWriter(directory, stateFile).write(UUID.randomUUID().toString(), files);
    }

    Path directory() {
        return directory;
    }

    private boolean holdsFiles() {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory + ": " + e.getMessage(), e);
        }
    }
}
