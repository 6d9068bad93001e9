package dev.pendokit.stubs.snapshot;

import dev.pendokit.collection.snapshot.SnapshotInput;
import dev.pendokit.collection.snapshot.SnapshotOutput;
import dev.pendokit.stubs.RequestPattern;
import dev.pendokit.stubs.Stub;
import dev.pendokit.stubs.StubMetadata;
import dev.pendokit.stubs.StubResponse;
import dev.pendokit.stubs.ValueMatch;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stubs as bytes, read back in milliseconds where generating them from the model takes a few
 * hundred in a cold JVM. Like the model's snapshot, the bytes name what they were made from (a
 * fingerprint chosen by the caller) and are not read for anything else.
 */
public final class StubSnapshot {

    /** Raised whenever the bytes written change meaning. */
    static final int FORMAT = 1;
    private static final int KIND = 0x504b5353; // "PKSS"

    private static final byte ABSENT = 0;
    private static final byte EQUAL_TO = 1;
    private static final byte MATCHES = 2;

    private StubSnapshot() {}

    public static byte[] write(List<Stub> stubs, long fingerprint) {
        return SnapshotOutput.write(KIND, FORMAT, fingerprint, out -> out.list(stubs, stub -> stub(out, stub)));
    }

    /** The stubs in {@code snapshot}, or empty when it was made from something other than {@code fingerprint}. */
    public static Optional<List<Stub>> read(byte[] snapshot, long fingerprint) {
        return SnapshotInput.read(snapshot, KIND, FORMAT, fingerprint, in -> in.list(StubSnapshot::stub));
    }

    private static void stub(SnapshotOutput out, Stub stub) throws IOException {
        out.longInteger(stub.id().getMostSignificantBits());
        out.longInteger(stub.id().getLeastSignificantBits());
        out.string(stub.name());
        out.integer(stub.priority());
        RequestPattern request = stub.request();
        out.string(request.method());
        out.string(request.urlPathTemplate());
        out.string(request.urlPattern());
        out.map(request.queryParameters(), match -> match(out, match));
        out.map(request.headers(), match -> match(out, match));
        out.list(request.bodyJsonPaths(), out::string);
        StubResponse response = stub.response();
        out.integer(response.status());
        out.string(response.statusMessage());
        out.map(response.headers(), out::string);
        out.string(response.body());
        out.string(response.bodyFileName());
        out.bool(response.template());
        StubMetadata metadata = stub.metadata();
        out.string(metadata.request());
        out.integer(metadata.status());
        out.string(metadata.selector());
        out.string(metadata.example());
    }

    private static Stub stub(SnapshotInput in) throws IOException {
        return new Stub(new UUID(in.longInteger(), in.longInteger()), in.string(), in.integer(),
                new RequestPattern(in.string(), in.string(), in.string(), in.map(StubSnapshot::match),
                        in.map(StubSnapshot::match), in.list(SnapshotInput::string)),
                new StubResponse(in.integer(), in.string(), in.map(SnapshotInput::string), in.string(), in.string(),
                        in.bool()),
                new StubMetadata(in.string(), in.integer(), in.string(), in.string()));
    }

    private static void match(SnapshotOutput out, ValueMatch match) throws IOException {
        if (match instanceof ValueMatch.EqualTo equal) {
            out.tag(EQUAL_TO);
            out.string(equal.value());
        } else if (match instanceof ValueMatch.Matches matches) {
            out.tag(MATCHES);
            out.string(matches.regex());
        } else {
            out.tag(ABSENT);
        }
    }

    private static ValueMatch match(SnapshotInput in) throws IOException {
        byte tag = in.tag();
        return switch (tag) {
            case ABSENT -> ValueMatch.ABSENT;
            case EQUAL_TO -> new ValueMatch.EqualTo(in.string());
            case MATCHES -> new ValueMatch.Matches(in.string());
            default -> throw new IOException("unknown value match tag " + tag);
        };
    }
}
