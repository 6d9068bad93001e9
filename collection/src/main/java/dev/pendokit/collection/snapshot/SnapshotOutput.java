package dev.pendokit.collection.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a snapshot is written: a header (what kind of snapshot, its format, and a fingerprint of
 * what it was made from), then values in an order the matching {@link SnapshotInput} reads them
 * back in. Each string is written once; later uses name the first.
 */
public final class SnapshotOutput {

    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();

    private SnapshotOutput(DataOutputStream out) {
        this.out = out;
    }

    /** The bytes of a snapshot of {@code kind} (a magic number), in {@code format}, made from {@code fingerprint}. */
    public static byte[] write(int kind, int format, long fingerprint, Part<SnapshotOutput> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(kind);
            out.writeInt(format);
            out.writeLong(fingerprint);
            body.write(new SnapshotOutput(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Null, a string written before (by its number), or a new one (its UTF-8 bytes). */
    public void string(String value) throws IOException {
        if (value == null) {
            out.writeInt(SnapshotInput.NULL_STRING);
            return;
        }
        Integer seen = strings.get(value);
        if (seen != null) {
            out.writeInt(-2 - seen);
            return;
        }
        strings.put(value, strings.size());
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    public void bool(boolean value) throws IOException {
        out.writeBoolean(value);
    }

    /** A small number: an enum's ordinal or a tag. */
    public void tag(int value) throws IOException {
        out.writeByte(value);
    }

    public void integer(int value) throws IOException {
        out.writeInt(value);
    }

    public void longInteger(long value) throws IOException {
        out.writeLong(value);
    }

    public void decimal(double value) throws IOException {
        out.writeDouble(value);
    }

    public void decimal(float value) throws IOException {
        out.writeFloat(value);
    }

    public <T> void optional(Optional<T> value, Part<T> part) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            part.write(value.get());
        }
    }

    /** A value that may be null. */
    public <T> void nullable(T value, Part<T> part) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            part.write(value);
        }
    }

    public <T> void list(List<T> values, Part<T> part) throws IOException {
        out.writeInt(values.size());
        for (T value : values) {
            part.write(value);
        }
    }

    /** A map's entries in its order, each key a string. */
    public <T> void map(Map<String, T> values, Part<T> part) throws IOException {
        out.writeInt(values.size());
        for (Map.Entry<String, T> entry : values.entrySet()) {
            string(entry.getKey());
            part.write(entry.getValue());
        }
    }

    /** Writes one value. */
    @FunctionalInterface
    public interface Part<T> {
        void write(T value) throws IOException;
    }
}
