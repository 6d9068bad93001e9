package dev.pendokit.cli;

import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import java.util.List;
import java.util.Locale;

/**
 * What a collection holds, as {@code pendokit inspect} shows it: a view of the API model made for
 * reading (and for scripts, as JSON), with shapes summarized in a word ({@code Page[]}).
 */
record Inventory(String name, String source, List<OperationRow> operations, List<TypeRow> types,
                 List<DiagnosticRow> diagnostics) {

    /** One request: how the client names it, what it sends, and what each documented status answers. */
    record OperationRow(String operation, String item, String method, String path, boolean readOnly,
                        List<Integer> statuses, String request, String success) {}

    /** One named object shape and how many fields it documents. */
    record TypeRow(String name, int fields) {}

    record DiagnosticRow(String severity, String location, String message, String fix) {}

    static Inventory of(ApiModel model) {
        return new Inventory(model.name(), model.source(),
                model.operations().stream().map(Inventory::row).toList(),
                model.types().stream().map(t -> new TypeRow(t.name(), t.fields().size())).toList(),
                model.diagnostics().stream().map(Inventory::row).toList());
    }

    private static OperationRow row(Operation op) {
        String accessor = op.groupJavaName().isEmpty() ? op.javaName() : op.groupJavaName() + "." + op.javaName();
        return new OperationRow(accessor, op.location().itemPath(), op.method(), op.path().toString(), op.readOnly(),
                op.responses().stream().map(Response::status).toList(),
                op.requestBody().map(b -> b.kind() == BodyKind.JSON ? summary(b.shape()) : kind(b.kind())).orElse(""),
                op.successResponse().map(Inventory::summary).orElse(""));
    }

    private static DiagnosticRow row(Diagnostic d) {
        return new DiagnosticRow(d.severity().name().toLowerCase(Locale.ROOT), d.location().toString(), d.message(), d.fix());
    }

    private static String summary(Response response) {
        return response.kind() == BodyKind.JSON && response.shape() != null ? summary(response.shape()) : kind(response.kind());
    }

    /** {@code Page}, {@code Page[]}, {@code map<string, integer>}, {@code epoch_millis}, {@code any}. */
    static String summary(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return object.name();
        } else if (shape instanceof ArrayShape array) {
            return summary(array.items()) + "[]";
        } else if (shape instanceof MapShape map) {
            return "map<string, " + summary(map.values()) + ">";
        } else if (shape instanceof ScalarShape scalar) {
            return scalar.type().name().toLowerCase(Locale.ROOT);
        }
        return shape == AnyShape.ANY ? "any" : "";
    }

    private static String kind(BodyKind kind) {
        return kind == null ? "" : kind.name().toLowerCase(Locale.ROOT);
    }
}
