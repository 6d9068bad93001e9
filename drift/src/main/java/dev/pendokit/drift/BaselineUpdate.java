package dev.pendokit.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;

/**
 * Keeps a nightly check's baseline current: after a check that passes, the checked collection is
 * written over the baseline file, so the next run compares against this one, and a change accepted
 * today is no drift tomorrow. A check that fails leaves the baseline as it was, so the same drift
 * is found again until it is fixed or accepted. With no baseline yet (a first run, from an empty
 * folder) the collection becomes the baseline and there is nothing to compare.
 *
 * <p>The baseline is the collection itself: Postman's API wrapper {@code {"collection": {...}}} is
 * taken off, so the file reads like any exported collection. Writing the same collection again
 * leaves the file untouched, and a file is replaced whole (a temporary file moved over it), so a
 * run stopped half-way never leaves half a baseline.
 */
public final class BaselineUpdate {

    /** What happened to the baseline. */
    public enum Result {
        /** There was none: the checked collection is now the baseline. */
        CREATED,
        /** The check passed and the baseline now holds the checked collection. */
        UPDATED,
        /** The check passed and the baseline already held the checked collection. */
        UNCHANGED,
        /** The check failed: the baseline was left as it was. */
        KEPT
    }

    private final Path baseline;
    private final byte[] collection;

    private BaselineUpdate(Path baseline, byte[] collection) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.collection = collection.clone();
    }

    /**
     * An update of {@code baseline} to {@code checkedCollection}, the bytes of the collection checked
     * (as read from its file, or as fetched, wrapper and all).
     */
    public static BaselineUpdate of(Path baseline, byte[] checkedCollection) {
        return new BaselineUpdate(baseline, unwrapped(checkedCollection));
    }

    /** The baseline file this update writes. */
    public Path baseline() {
        return baseline;
    }

    /** Whether there is no baseline yet, so this run only writes it. */
    public boolean firstRun() {
        return !Files.exists(baseline);
    }

    /** Writes the collection as the first baseline. */
    public Result create() {
        write();
        return Result.CREATED;
    }

    /** Writes the collection over the baseline when {@code outcome} passed; keeps it when it failed. */
    public Result after(DriftCheck.Outcome outcome) {
        if (outcome.failed()) {
            return Result.KEPT;
        }
        try {
            if (Files.isRegularFile(baseline) && Arrays.equals(Files.readAllBytes(baseline), collection)) {
                return Result.UNCHANGED;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + baseline + ": " + e.getMessage(), e);
        }
        write();
        return Result.UPDATED;
    }

    /** The line a front-end prints for {@code result}. */
    public String describe(Result result) {
        return switch (result) {
            case CREATED -> "no baseline at " + baseline + " yet: wrote the checked collection there; the next run"
                    + " compares against it";
            case UPDATED -> "updated the baseline " + baseline + " to the checked collection; the next run compares"
                    + " against it";
            case UNCHANGED -> "the baseline " + baseline + " already holds the checked collection";
            case KEPT -> "kept the baseline " + baseline + " as it was, because the check failed: the next run finds the"
                    + " same drift until it is fixed or accepted";
        };
    }

    private void write() {
        Path absolute = baseline.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".partial");
            try {
                Files.write(partial, collection);
                move(partial, absolute);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + baseline + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The collection without Postman's API wrapper; any other bytes as they are. */
    static byte[] unwrapped(byte[] checked) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(checked);
        } catch (IOException e) {
            // The collection was read before it came here; bytes the reader took are kept as they are.
            return checked.clone();
        }
        if (root == null || root.has("info") || !root.path("collection").isObject()) {
            return checked.clone();
        }
        try {
            byte[] inner = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(root.get("collection"));
            byte[] withNewline = Arrays.copyOf(inner, inner.length + 1);
            withNewline[inner.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
