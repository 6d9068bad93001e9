package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns documented attribute tables into object drafts. Dotted names become nested objects
 * ({@code metadata.auto.firstvisit}); a type that names another table of the same description
 * ({@code array[definition]} → "The Definition Object", {@code steps} → "The Steps Object") links
 * to that table's object; numbers described as milliseconds since the epoch are epoch millis.
 * A table is turned into one draft however often it is used, so it becomes one type.
 */
final class DocumentedShapes {

    private static final Pattern TYPED_ARRAY = Pattern.compile("(?i)^(?:array|list)\\s*\\[\\s*(\\w+)\\s*]$|^(\\w+)\\s*\\[]$");
    private static final Pattern EPOCH = Pattern.compile("(?i)epoch|milliseconds");

    private final Map<AttributeTable, Draft.Obj> built = new IdentityHashMap<>();
    private final Map<AttributeTable, Boolean> building = new IdentityHashMap<>();
    private final Diagnostics diagnostics;

    DocumentedShapes(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The draft of {@code table}, named {@code name}; {@code context} holds the tables it may link
     * to, and {@code linkPrefix} goes before the subject of linked tables ("" keeps "Definition").
     */
    Draft.Obj build(AttributeTable table, String name, List<AttributeTable> context, String linkPrefix,
                    Location where) {
        Draft.Obj done = built.get(table);
        if (done != null) {
            return done;
        }
        building.put(table, true);
        Draft.Obj root = new Draft.Obj(name, table.heading(), ObjectShape.Origin.DOCUMENTED, "");
        for (AttributeTable.Attribute attribute : table.attributes()) {
            add(root, attribute, context, linkPrefix, where);
        }
        building.remove(table);
        built.put(table, root);
        return root;
    }

    /** Whether {@code table} was linked into (or built as) some object already. */
    boolean isBuilt(AttributeTable table) {
        return built.containsKey(table);
    }

    private void add(Draft.Obj root, AttributeTable.Attribute attribute, List<AttributeTable> context,
                     String linkPrefix, Location where) {
        String[] path = attribute.name().split("\\.");
        if (path.length == 0) {
            diagnostics.warning(where, "the attribute \"" + attribute.name() + "\" (in " + describe(root)
                    + ") names no field, only dots; it is left out", "Name the attribute in that table, or remove"
                    + " the row");
            return;
        }
        Draft.Obj parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = objectAt(parent, path[i], attribute, where);
        }
        String leaf = path[path.length - 1];
        if (KEY_PATTERN.matcher(leaf).find()) {
            parent.keyPatterns.add(leaf + (attribute.description().isBlank() ? ""
                    : " (" + attribute.description().strip() + ")"));
            return;
        }
        Draft shape = typeShape(attribute.type(), attribute.description(), leaf, context, linkPrefix, where);
        Draft.Slot existing = parent.fields.get(leaf);
        if (existing != null && existing.shape instanceof Draft.Obj) {
            // Nested attributes came first; this row only describes the object they form.
            if (!(shape instanceof Draft.Obj) && !(shape instanceof Draft.FreeForm) && !(shape instanceof Draft.Any)) {
                conflict(where, attribute, parent, leaf);
            }
            existing.description = attribute.description();
            return;
        }
        parent.fields.put(leaf, new Draft.Slot(shape, attribute.required(), !attribute.required(),
                attribute.description()));
    }

    /** The object draft of field {@code name} in {@code parent}, made an object if it was not one. */
    private Draft.Obj objectAt(Draft.Obj parent, String name, AttributeTable.Attribute cause, Location where) {
        Draft.Slot slot = parent.fields.get(name);
        if (slot != null && slot.shape instanceof Draft.Obj obj) {
            return obj;
        }
        Draft.Obj obj = new Draft.Obj(parent.name + " " + name, parent.title, ObjectShape.Origin.DOCUMENTED, "");
        if (slot == null) {
            parent.fields.put(name, new Draft.Slot(obj, false, true, ""));
        } else {
            if (slot.shape instanceof Draft.Scalar || slot.shape instanceof Draft.Array) {
                conflict(where, cause, parent, name);
            }
            slot.shape = obj;
        }
        return obj;
    }

    private void conflict(Location where, AttributeTable.Attribute cause, Draft.Obj parent, String name) {
        diagnostics.warning(where, "the documentation gives \"" + name + "\" (in " + describe(parent)
                        + ") a type that is not an object, but also documents nested attributes such as \""
                        + cause.name() + "\"; it is read as an object",
                "Document \"" + name + "\" as an object in that table");
    }

    private static String describe(Draft.Obj obj) {
        return obj.title.isEmpty() ? obj.name : obj.title;
    }

    /** A documented key that stands for many: {@code autoxxxxx}, {@code auto_<appId>}, {@code {appId}}. */
    private static final Pattern KEY_PATTERN = Pattern.compile("(?i)x{4,}$|[<{].*[>}]");

    /** A field that names a list of ids: {@code accountIds}, {@code metadata.auto.accountids}, {@code guideids}. */
    private static final Pattern IDS = Pattern.compile("(?i)ids$");

    private Draft typeShape(String type, String description, String fieldName, List<AttributeTable> context,
                            String linkPrefix, Location where) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        boolean epoch = EPOCH.matcher(description).find();
        switch (t) {
            case "string", "str", "text":
                return new Draft.Scalar(ScalarType.STRING);
            case "boolean", "bool":
                return new Draft.Scalar(ScalarType.BOOLEAN);
            case "integer", "int", "long":
                return new Draft.Scalar(epoch ? ScalarType.EPOCH_MILLIS : ScalarType.INTEGER);
            case "number", "float", "double", "decimal":
                return new Draft.Scalar(epoch ? ScalarType.EPOCH_MILLIS : ScalarType.NUMBER);
            case "timestamp":
                return new Draft.Scalar(ScalarType.EPOCH_MILLIS);
            case "object", "map":
                return linked(fieldName, context, linkPrefix, where).<Draft>map(o -> o)
                        .orElse(new Draft.FreeForm(Draft.ANY));
            case "array", "list":
                return new Draft.Array(linked(fieldName, context, linkPrefix, where).<Draft>map(o -> o)
                        .orElse(IDS.matcher(fieldName).find() ? Draft.ID : Draft.ANY));
            case "":
                // An untyped plural of ids ("accountIds | | The account IDs ...") is a list of them.
                return IDS.matcher(fieldName).find() ? new Draft.Array(Draft.ID) : Draft.ANY;
            default:
                break;
        }
        Matcher typed = TYPED_ARRAY.matcher(t);
        if (typed.matches()) {
            String element = typed.group(1) != null ? typed.group(1) : typed.group(2);
            Draft items = linked(element, context, linkPrefix, where).<Draft>map(o -> o)
                    .orElseGet(() -> typeShape(element, description, element, List.of(), linkPrefix, where));
            return new Draft.Array(items);
        }
        if (t.contains(" or ") || t.contains("|")) {
            return Draft.ANY;
        }
        // A word that is no JSON type names an object ("user"): a linked table, or an object of unknown fields.
        return linked(t, context, linkPrefix, where).<Draft>map(o -> o).orElse(new Draft.FreeForm(Draft.ANY));
    }

    private Optional<Draft.Obj> linked(String word, List<AttributeTable> context, String linkPrefix, Location where) {
        for (AttributeTable table : context) {
            if (table.isAbout(word) && !building.containsKey(table)) {
                String name = (linkPrefix.isEmpty() ? "" : linkPrefix + " ") + table.subject();
                return Optional.of(build(table, name, context, linkPrefix, where));
            }
        }
        return Optional.empty();
    }
}
