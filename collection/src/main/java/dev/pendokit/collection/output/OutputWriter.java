package dev.pendokit.collection.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes generated files into a directory that belongs to the generator, incrementally: when the
 * inputs' hash and every file written last time are unchanged nothing is generated or touched;
 * otherwise only files whose bytes differ are written, and files no longer produced are removed.
 * The state (inputs' hash, each file's hash) lives in a separate file, never among the sources.
 */
public final class OutputWriter {

    /** What a run did. */
    public record Outcome(boolean upToDate, int files, int written, int deleted) {}

    private final Path directory;
    private final Path stateFile;

    public OutputWriter(Path directory, Path stateFile) {
        this.directory = directory;
        this.stateFile = stateFile;
    }

    /** Generates with {@code generate} unless {@code inputHash} and the files are as the last run left them. */
    public Outcome write(String inputHash, Supplier<List<GeneratedFile>> generate) {
        try {
            Map<String, String> previous = readState(inputHash);
            if (previous != null && unchanged(previous)) {
                return new Outcome(true, previous.size(), 0, 0);
            }
            List<GeneratedFile> files = generate.get();
            Map<String, String> hashes = new TreeMap<>();
            int written = 0;
            for (GeneratedFile file : files) {
                Path target = directory.resolve(file.path());
                hashes.put(file.path(), sha256(file.content()));
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), file.content())) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.content());
                    written++;
                }
            }
            int deleted = deleteOthers(hashes.keySet());
            writeState(inputHash, hashes);
            return new Outcome(false, files.size(), written, deleted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated sources to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The file hashes of the last run if it had the same inputs, else null. */
    private Map<String, String> readState(String inputHash) throws IOException {
        if (!Files.exists(stateFile)) {
            return null;
        }
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            state.load(in);
        }
        if (!inputHash.equals(state.getProperty("inputs"))) {
            return null;
        }
        Map<String, String> files = new TreeMap<>();
        state.stringPropertyNames().stream().filter(k -> k.startsWith("file."))
                .forEach(k -> files.put(k.substring("file.".length()), state.getProperty(k)));
        return files;
    }

    private boolean unchanged(Map<String, String> previous) throws IOException {
        for (Map.Entry<String, String> file : previous.entrySet()) {
            try {
                if (!sha256(Files.readAllBytes(directory.resolve(file.getKey()))).equals(file.getValue())) {
                    return false;
                }
            } catch (NoSuchFileException e) {
                return false;
            }
        }
        return previous.size() == existingFiles().size();
    }

    private int deleteOthers(Set<String> keep) throws IOException {
        int deleted = 0;
        for (String stale : existingFiles()) {
            if (!keep.contains(stale)) {
                Files.delete(directory.resolve(stale));
                deleted++;
            }
        }
        if (deleted > 0) {
            deleteEmptyFolders();
        }
        return deleted;
    }

    /** Removes folders a removal left empty (a package no longer generated), deepest first. */
    private void deleteEmptyFolders() throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path folder : walk.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (!folder.equals(directory) && entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        }
    }

    private List<String> existingFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> directory.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    private void writeState(String inputHash, Map<String, String> hashes) throws IOException {
        Files.createDirectories(stateFile.getParent());
        StringBuilder state = new StringBuilder("inputs=").append(inputHash).append('\n');
        hashes.forEach((path, hash) -> state.append("file.").append(path).append('=').append(hash).append('\n'));
        try (OutputStream out = Files.newOutputStream(stateFile)) {
            out.write(state.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
