package dev.pendokit.collection.snapshot;

import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.Example;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Server;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.collection.model.Variable;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes an {@link ApiModel} in the snapshot format {@link SnapshotReader} reads: every record's
 * components in declaration order, strings once each (later uses name the first), and an object
 * shape once however often it is used, so the model read back shares what the written one shared.
 */
final class SnapshotWriter {

    private final SnapshotOutput out;
    private final Map<ObjectShape, Integer> objects = new IdentityHashMap<>();

    SnapshotWriter(SnapshotOutput out) {
        this.out = out;
    }

    void model(ApiModel model) throws IOException {
        out.string(model.source());
        out.string(model.name());
        out.string(model.description());
        out.list(model.variables(), this::variable);
        out.list(model.collectionResponses(), this::response);
        out.list(model.operations(), this::operation);
        out.list(model.types(), this::shape);
        out.list(model.diagnostics(), this::diagnostic);
    }

    private void variable(Variable variable) throws IOException {
        out.string(variable.name());
        out.string(variable.defaultValue());
        out.string(variable.description());
    }

    private void operation(Operation operation) throws IOException {
        out.string(operation.name());
        out.string(operation.javaName());
        out.list(operation.folders(), out::string);
        out.string(operation.group());
        out.string(operation.groupJavaName());
        out.string(operation.method());
        out.bool(operation.readOnly());
        out.nullable(operation.server(), this::server);
        out.list(operation.path().segments(), segment -> {
            out.string(segment.text());
            out.bool(segment.variable());
        });
        out.list(operation.parameters(), this::parameter);
        out.optional(operation.requestBody(), this::requestBody);
        out.list(operation.responses(), this::response);
        auth(operation.auth());
        out.string(operation.description());
        out.nullable(operation.location(), this::location);
    }

    private void server(Server server) throws IOException {
        out.string(server.template());
        out.string(server.defaultUrl());
        out.string(server.variable());
    }

    private void parameter(Parameter parameter) throws IOException {
        out.string(parameter.name());
        out.string(parameter.javaName());
        out.tag(parameter.in().ordinal());
        out.bool(parameter.required());
        out.bool(parameter.constant());
        out.bool(parameter.list());
        shape(parameter.shape());
        out.string(parameter.example());
        out.string(parameter.description());
    }

    private void requestBody(RequestBody body) throws IOException {
        out.tag(body.kind().ordinal());
        out.string(body.mediaType());
        out.string(body.example());
        out.optional(body.exampleJson(), json -> JsonTreeSnapshot.write(out, json));
        out.bool(body.strictJson());
        shape(body.shape());
        out.list(body.formFields(), this::parameter);
    }

    private void response(Response response) throws IOException {
        out.integer(response.status());
        out.list(response.reasons(), out::string);
        out.tag(response.source().ordinal());
        out.tag(response.kind().ordinal());
        out.string(response.mediaType());
        out.list(response.examples(), this::example);
        shape(response.shape());
    }

    private void example(Example example) throws IOException {
        out.string(example.name());
        out.string(example.body());
        out.string(example.mediaType());
    }

    private void auth(AuthScheme auth) throws IOException {
        if (auth == null) {
            out.tag(Tags.NULL);
        } else if (auth instanceof AuthScheme.ApiKey key) {
            out.tag(Tags.AUTH_API_KEY);
            out.string(key.name());
            out.tag(key.in().ordinal());
            out.string(key.variable());
        } else if (auth instanceof AuthScheme.Bearer bearer) {
            out.tag(Tags.AUTH_BEARER);
            out.string(bearer.variable());
        } else if (auth instanceof AuthScheme.Basic basic) {
            out.tag(Tags.AUTH_BASIC);
            out.string(basic.usernameVariable());
            out.string(basic.passwordVariable());
        } else if (auth instanceof AuthScheme.None) {
            out.tag(Tags.AUTH_NONE);
        } else {
            out.tag(Tags.AUTH_OTHER);
            out.string(((AuthScheme.Other) auth).type());
        }
    }

    private void diagnostic(Diagnostic diagnostic) throws IOException {
        out.tag(diagnostic.severity().ordinal());
        out.nullable(diagnostic.location(), this::location);
        out.string(diagnostic.message());
        out.string(diagnostic.fix());
    }

    private void location(Location location) throws IOException {
        out.string(location.itemPath());
        out.string(location.pointer());
    }

    private void shape(Shape shape) throws IOException {
        if (shape == null) {
            out.tag(Tags.NULL);
        } else if (shape instanceof ObjectShape object) {
            Integer seen = objects.get(object);
            if (seen != null) {
                out.tag(Tags.OBJECT_AGAIN);
                out.integer(seen);
                return;
            }
            out.tag(Tags.OBJECT);
            out.string(object.name());
            out.string(object.title());
            out.tag(object.origin().ordinal());
            out.string(object.description());
            out.list(object.fields(), this::field);
            // Numbered once its fields are written, in the order the reader finishes building them.
            objects.put(object, objects.size());
        } else if (shape instanceof ArrayShape array) {
            out.tag(Tags.ARRAY);
            shape(array.items());
        } else if (shape instanceof MapShape map) {
            out.tag(Tags.MAP);
            shape(map.values());
        } else if (shape instanceof ScalarShape scalar) {
            out.tag(Tags.SCALAR);
            out.tag(scalar.type().ordinal());
        } else {
            out.tag(Tags.ANY);
            out.tag(((AnyShape) shape).ordinal());
        }
    }

    private void field(Field field) throws IOException {
        out.string(field.name());
        out.string(field.javaName());
        shape(field.shape());
        out.bool(field.required());
        out.bool(field.nullable());
        out.string(field.description());
    }
}
