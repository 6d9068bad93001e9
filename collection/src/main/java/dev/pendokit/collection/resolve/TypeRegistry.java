package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.NamingStrategy;
import dev.pendokit.collection.naming.ReservedNames;
import dev.pendokit.collection.naming.UniqueNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns drafts into the model's shapes and gives every object a Java type name, unique across
 * the model: the strategy's name for the draft's suggestion, with an underscore where the generated
 * code needs the name ({@link ReservedNames#type}: {@code String_}), then {@code 2}, {@code 3}... on a
 * clash, then the user's {@code type:} override. One draft object becomes one type.
 */
final class TypeRegistry {

    private final NamingStrategy naming;
    private final NameOverrides overrides;
    private final Diagnostics diagnostics;
    private final UniqueNames typeNames = new UniqueNames();
    private final Map<Draft.Obj, ObjectShape> done = new IdentityHashMap<>();
    private final List<ObjectShape> types = new ArrayList<>();
    private final Set<String> overridden = new HashSet<>();

    TypeRegistry(NamingStrategy naming, NameOverrides overrides, Diagnostics diagnostics) {
        this.naming = naming;
        this.overrides = overrides;
        this.diagnostics = diagnostics;
    }

    Shape shape(Draft draft) {
        if (draft instanceof Draft.Obj obj) {
            return object(obj);
        }
        if (draft instanceof Draft.Array array) {
            return new ArrayShape(shape(array.items()));
        }
        if (draft instanceof Draft.FreeForm map) {
            return new MapShape(shape(map.values()));
        }
        if (draft instanceof Draft.Scalar scalar) {
            return new ScalarShape(scalar.type());
        }
        if (draft instanceof Draft.Any any && any.ids()) {
            return new ScalarShape(ScalarType.STRING);
        }
        return AnyShape.ANY;
    }

    private ObjectShape object(Draft.Obj obj) {
        ObjectShape existing = done.get(obj);
        if (existing != null) {
            return existing;
        }
        String name = typeName(obj.name);
        UniqueNames fieldNames = new UniqueNames();
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, Draft.Slot> entry : obj.fields.entrySet()) {
            Draft.Slot slot = entry.getValue();
            String json = entry.getKey();
            String javaName = overrides.lookup(NameOverrides.Kind.FIELD, name + "." + json)
                    .orElseGet(() -> naming.fieldName(json));
            fields.add(new Field(json, fieldNames.claim(javaName), shape(slot.shape), slot.required, slot.nullable,
                    slot.description == null ? "" : slot.description));
        }
        String description = obj.keyPatterns.isEmpty() ? obj.description : (obj.description.isBlank() ? ""
                : obj.description.strip() + "\n\n") + "Keys that stand for many, kept with the undocumented fields: "
                + String.join("; ", obj.keyPatterns);
        ObjectShape shape = new ObjectShape(name, obj.title, obj.origin, description, fields);
        done.put(obj, shape);
        types.add(shape);
        return shape;
    }

    private String typeName(String suggestion) {
        String name = typeNames.claim(ReservedNames.type(naming.typeName(suggestion)));
        String chosen = overrides.lookup(NameOverrides.Kind.TYPE, name).orElse(null);
        if (chosen == null) {
            return name;
        }
        overridden.add(name);
        if (!typeNames.claimExactly(chosen)) {
            diagnostics.error(Location.COLLECTION, "the override type:" + name + "=" + chosen
                    + " gives a name that another type already has", "Choose another name for " + name);
        }
        return chosen;
    }

    /** Every object type made so far, sorted by name. */
    List<ObjectShape> types() {
        return types.stream().sorted(Comparator.comparing(ObjectShape::name)).toList();
    }

    /** The generated names that a {@code type:} override replaced. */
    Set<String> overridden() {
        return overridden;
    }
}
