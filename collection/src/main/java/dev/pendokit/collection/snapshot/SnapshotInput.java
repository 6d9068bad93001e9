package dev.pendokit.collection.snapshot;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads back, in the same order, what a {@link SnapshotOutput} wrote. */
public final class SnapshotInput {

    static final int NULL_STRING = -1;

    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();

    private SnapshotInput(DataInputStream in) {
        this.in = in;
    }

    /**
     * What {@code body} reads from {@code snapshot}, or empty when the snapshot is of another kind or
     * format, was made from something other than {@code fingerprint}, is cut short or goes on after.
     */
    public static <T> Optional<T> read(byte[] snapshot, int kind, int format, long fingerprint, Part<T> body) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            if (in.readInt() != kind || in.readInt() != format || in.readLong() != fingerprint) {
                return Optional.empty();
            }
            T value = body.read(new SnapshotInput(in));
            return in.read() == -1 ? Optional.of(value) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Cut short, or written by a build whose classes differ: the caller makes the value instead.
            return Optional.empty();
        }
    }

    public String string() throws IOException {
        int length = in.readInt();
        if (length == NULL_STRING) {
            return null;
        }
        if (length < 0) {
            return strings.get(-2 - length);
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        String value = new String(utf8, StandardCharsets.UTF_8);
        strings.add(value);
        return value;
    }

    public boolean bool() throws IOException {
        return in.readBoolean();
    }

    public byte tag() throws IOException {
        return in.readByte();
    }

    /** The constant of {@code type} whose ordinal comes next. */
    public <E extends Enum<E>> E constant(E[] values) throws IOException {
        return values[in.readByte()];
    }

    public int integer() throws IOException {
        return in.readInt();
    }

    public long longInteger() throws IOException {
        return in.readLong();
    }

    public double decimal() throws IOException {
        return in.readDouble();
    }

    public float decimalFloat() throws IOException {
        return in.readFloat();
    }

    public <T> Optional<T> optional(Part<T> part) throws IOException {
        return in.readBoolean() ? Optional.of(part.read(this)) : Optional.empty();
    }

    /** A value written with {@link SnapshotOutput#nullable}. */
    public <T> T nullable(Part<T> part) throws IOException {
        return in.readBoolean() ? part.read(this) : null;
    }

    public <T> List<T> list(Part<T> part) throws IOException {
        int size = in.readInt();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(part.read(this));
        }
        return values;
    }

    /** A map written with {@link SnapshotOutput#map}, in its order. */
    public <T> Map<String, T> map(Part<T> part) throws IOException {
        int size = in.readInt();
        Map<String, T> values = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            values.put(string(), part.read(this));
        }
        return values;
    }

    /** Reads one value. */
    @FunctionalInterface
    public interface Part<T> {
        T read(SnapshotInput in) throws IOException;
    }
}
