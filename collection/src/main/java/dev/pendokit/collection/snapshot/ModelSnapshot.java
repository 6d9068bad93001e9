package dev.pendokit.collection.snapshot;

import dev.pendokit.collection.model.ApiModel;
import java.util.Optional;

/**
 * A resolved {@link ApiModel} as bytes, read back in a few milliseconds where reading and resolving
 * its collection takes half a second in a cold JVM. The bytes begin with what they were made from
 * (a fingerprint of the collection and the options, chosen by the caller) and the format's version;
 * a snapshot of anything else, or of another version, is not read.
 */
public final class ModelSnapshot {

    /** Raised whenever the bytes written change meaning. */
    static final int FORMAT = 1;
    private static final int KIND = 0x504b4d53; // "PKMS"

    private ModelSnapshot() {}

    public static byte[] write(ApiModel model, long fingerprint) {
        return SnapshotOutput.write(KIND, FORMAT, fingerprint, out -> new SnapshotWriter(out).model(model));
    }

    /**
     * The model in {@code snapshot}, or empty when the bytes were made from something other than
     * {@code fingerprint}, in another format, or are cut short.
     */
    public static Optional<ApiModel> read(byte[] snapshot, long fingerprint) {
        return SnapshotInput.read(snapshot, KIND, FORMAT, fingerprint, in -> new SnapshotReader(in).model());
    }
}
