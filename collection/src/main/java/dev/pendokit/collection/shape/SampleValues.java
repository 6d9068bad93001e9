package dev.pendokit.collection.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Realistic values for a documented shape, the same on every run: ids that read like ids
 * ({@code visitor-0001}), epoch-millisecond times, names, e-mail addresses and URLs picked from
 * the field's name, and two elements for every list, so that list endpoints answer lists.
 */
public final class SampleValues {

    /** 2023-09-01T04:00:00Z, the time every sample starts from. */
    static final long EPOCH = 1693540800000L;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NAMED = Pattern.compile("(?i)(id|ids|name|email|url|uri)$");
    private static final Pattern WHOLE = Pattern.compile("(?i)(id|count|total|number|index|size|version)$");
    /** Counts of what went wrong: a sample answer reports a call that went well, so none. */
    private static final Pattern FAILURES = Pattern.compile("(?i)^(failed|failures|errors|errorCount|missing)$");
    private static final Pattern USER = Pattern.compile("(?i)user$");

    private SampleValues() {}

    public static JsonNode of(Shape shape) {
        return of(shape, "value", "example", 1);
    }

    /**
     * @param name the field the value is for (it picks the kind of value)
     * @param owner the object the field belongs to ({@code id} of a Visitor is {@code visitor-0001})
     */
    private static JsonNode of(Shape shape, String name, String owner, int index) {
        if (shape instanceof ObjectShape object) {
            ObjectNode node = NODES.objectNode();
            String self = object.origin() == ObjectShape.Origin.DOCUMENTED ? subject(object.name()) : owner;
            for (Field field : object.fields()) {
                node.set(field.name(), of(field.shape(), field.name(), self, index));
            }
            return node;
        }
        if (shape instanceof ArrayShape array) {
            ArrayNode node = NODES.arrayNode();
            node.add(of(array.items(), singular(name), owner, index));
            node.add(of(array.items(), singular(name), owner, index + 1));
            return node;
        }
        if (shape instanceof MapShape map) {
            if (map.values() instanceof AnyShape) {
                return USER.matcher(name).find() ? user(index) : NODES.objectNode();
            }
            return NODES.objectNode().set("example", of(map.values(), "example", owner, index));
        }
        if (shape instanceof ScalarShape scalar) {
            return switch (scalar.type()) {
                case STRING -> NODES.textNode(isKind(name) ? kind(owner) : text(name.equals("id") ? owner + "Id" : name, index));
                case BOOLEAN -> NODES.booleanNode(true);
                case INTEGER -> FAILURES.matcher(name).find() ? NODES.numberNode(0L) : NODES.numberNode(42L + index - 1);
                // Ids and counts documented as "number" are whole numbers in Pendo's answers.
                case NUMBER -> FAILURES.matcher(name).find() ? NODES.numberNode(0L) : WHOLE.matcher(name).find() ? NODES.numberNode(1000L * index)
                        : NODES.numberNode(new BigDecimal("12.5"));
                case EPOCH_MILLIS -> NODES.numberNode(EPOCH + (index - 1) * 86_400_000L);
                case BINARY -> NODES.textNode("");
            };
        }
        // Undocumented: a string where the name says what it holds (ids, names, e-mails), else an object.
        return NAMED.matcher(name).find() ? NODES.textNode(text(name, index)) : NODES.objectNode();
    }

    /** A Pendo user ({@code createdByUser}, {@code lastUpdatedByUser}). */
    private static ObjectNode user(int index) {
        String number = String.format(Locale.ROOT, "%04d", index);
        return NODES.objectNode().put("id", "user-" + number).put("username", "user-" + number + "@example.com")
                .put("first", "Example").put("last", "User " + index).put("role", 8).put("userType", "");
    }

    private static boolean isKind(String field) {
        return field.equals("kind") || field.equals("type");
    }

    /** {@code kind} names the type of object: Page, Feature, Guide. */
    private static String kind(String owner) {
        return owner.equals("example") || owner.isEmpty() ? "example"
                : Character.toUpperCase(owner.charAt(0)) + owner.substring(1);
    }

    /**
     * The string a field of this name holds in the first sample ({@code visitorId} →
     * {@code visitor-0001}): what a sample answer says for the thing a request parameter of the
     * same name asks for.
     */
    public static String text(String field) {
        return text(field, 1);
    }

    /** A string that reads like what the field holds. */
    static String text(String field, int index) {
        String lower = field.toLowerCase(Locale.ROOT);
        String number = String.format(Locale.ROOT, "%04d", index);
        if (lower.contains("email")) {
            return "visitor-" + number + "@example.com";
        }
        if (lower.endsWith("url") || lower.endsWith("uri")) {
            return "https://app.example.com/" + stem(field) + "/" + number;
        }
        if (lower.endsWith("ids") || lower.endsWith("id")) {
            String stem = stem(field);
            return (stem.isEmpty() ? "example" : stem) + "-" + number;
        }
        if (lower.equals("name") || lower.endsWith("name")) {
            return "Example " + (stem(field).isEmpty() ? "name" : stem(field)) + " " + index;
        }
        return "example " + field + " " + index;
    }

    /** What a type is about: {@code VisitorsRow} → visitor, {@code Page} → page. */
    private static String subject(String typeName) {
        return singular(typeName.replaceAll("(Row|Item|Response|Request)$", "")).toLowerCase(Locale.ROOT);
    }

    /** {@code visitorId} → visitor, {@code accountIds} → account, {@code displayName} → display. */
    private static String stem(String field) {
        return field.replaceAll("(?i)(ids|id|url|uri|name)$", "").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static String singular(String name) {
        return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }
}
