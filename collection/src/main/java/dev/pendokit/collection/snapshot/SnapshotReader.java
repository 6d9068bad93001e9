package dev.pendokit.collection.snapshot;

import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.Example;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.model.Server;
import dev.pendokit.collection.model.Severity;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.collection.model.Variable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads back what {@link SnapshotWriter} wrote, in the same order. */
final class SnapshotReader {

    private final SnapshotInput in;
    private final List<ObjectShape> objects = new ArrayList<>();

    SnapshotReader(SnapshotInput in) {
        this.in = in;
    }

    ApiModel model() throws IOException {
        return new ApiModel(in.string(), in.string(), in.string(), in.list(i -> variable()),
                in.list(i -> response()), in.list(i -> operation()), in.list(i -> (ObjectShape) shape()),
                in.list(i -> diagnostic()));
    }

    private Variable variable() throws IOException {
        return new Variable(in.string(), in.string(), in.string());
    }

    private Operation operation() throws IOException {
        return new Operation(in.string(), in.string(), in.list(SnapshotInput::string), in.string(), in.string(),
                in.string(), in.bool(), in.nullable(i -> server()),
                new PathTemplate(in.list(i -> new PathTemplate.Segment(in.string(), in.bool()))),
                in.list(i -> parameter()), in.optional(i -> requestBody()), in.list(i -> response()), auth(),
                in.string(), in.nullable(i -> location()));
    }

    private Server server() throws IOException {
        return new Server(in.string(), in.string(), in.string());
    }

    private Parameter parameter() throws IOException {
        return new Parameter(in.string(), in.string(), in.constant(ParameterIn.values()), in.bool(),
                in.bool(), in.bool(), (ScalarShape) shape(), in.string(), in.string());
    }

    private RequestBody requestBody() throws IOException {
        return new RequestBody(in.constant(BodyKind.values()), in.string(), in.string(),
                in.optional(JsonTreeSnapshot::read), in.bool(), shape(), in.list(i -> parameter()));
    }

    private Response response() throws IOException {
        return new Response(in.integer(), in.list(SnapshotInput::string), in.constant(ResponseSource.values()),
                in.constant(BodyKind.values()), in.string(), in.list(i -> example()), shape());
    }

    private Example example() throws IOException {
        return new Example(in.string(), in.string(), in.string());
    }

    private AuthScheme auth() throws IOException {
        byte tag = in.tag();
        return switch (tag) {
            case Tags.NULL -> null;
            case Tags.AUTH_API_KEY ->
                    new AuthScheme.ApiKey(in.string(), in.constant(AuthScheme.In.values()), in.string());
            case Tags.AUTH_BEARER -> new AuthScheme.Bearer(in.string());
            case Tags.AUTH_BASIC -> new AuthScheme.Basic(in.string(), in.string());
            case Tags.AUTH_NONE -> new AuthScheme.None();
            case Tags.AUTH_OTHER -> new AuthScheme.Other(in.string());
            default -> throw unknown("authentication", tag);
        };
    }

    private Diagnostic diagnostic() throws IOException {
        return new Diagnostic(in.constant(Severity.values()), in.nullable(i -> location()), in.string(), in.string());
    }

    private Location location() throws IOException {
        return new Location(in.string(), in.string());
    }

    private Shape shape() throws IOException {
        byte tag = in.tag();
        return switch (tag) {
            case Tags.NULL -> null;
            case Tags.OBJECT -> {
                ObjectShape object = new ObjectShape(in.string(), in.string(), in.constant(ObjectShape.Origin.values()),
                        in.string(), in.list(i -> field()));
                objects.add(object);
                yield object;
            }
            case Tags.OBJECT_AGAIN -> objects.get(in.integer());
            case Tags.ARRAY -> new ArrayShape(shape());
            case Tags.MAP -> new MapShape(shape());
            case Tags.SCALAR -> scalar(in.constant(ScalarType.values()));
            case Tags.ANY -> in.constant(AnyShape.values());
            default -> throw unknown("shape", tag);
        };
    }

    /** The shared constants where the resolver uses them, so the model is as it was, shared instances included. */
    private static ScalarShape scalar(ScalarType type) {
        return switch (type) {
            case STRING -> ScalarShape.STRING;
            case BOOLEAN -> ScalarShape.BOOLEAN;
            case INTEGER -> ScalarShape.INTEGER;
            case NUMBER -> ScalarShape.NUMBER;
            case EPOCH_MILLIS -> ScalarShape.EPOCH_MILLIS;
            case BINARY -> new ScalarShape(type);
        };
    }

    private Field field() throws IOException {
        return new Field(in.string(), in.string(), shape(), in.bool(), in.bool(), in.string());
    }

    private static IOException unknown(String what, byte tag) {
        return new IOException("unknown " + what + " tag " + tag);
    }
}
