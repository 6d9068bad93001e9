package dev.pendokit.generator.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Changes a collection as a careless editor, a broken exporter or an attacker would, driven only
 * by a {@link Random}: the same seed gives the same changes. Structural mutations act on the JSON
 * tree; a cut, the last, acts on its bytes.
 */
final class Mutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Mutation.Kind[] TREE_KINDS = Arrays.stream(Mutation.Kind.values())
            .filter(k -> k != Mutation.Kind.TRUNCATE).toArray(Mutation.Kind[]::new);
    private static final Set<String> NAME_FIELDS = Set.of("name", "key", "id");

    /** A value in the tree: where it is held, and its JSON pointer. */
    private record Place(JsonNode container, String field, int index, String pointer, JsonNode value) {

        void replace(JsonNode with) {
            if (container instanceof ObjectNode object) {
                object.set(field, with);
            } else {
                ((ArrayNode) container).set(index, with);
            }
        }
    }

    /** The mutated collection's bytes and what was done to it. */
    record Mutated(byte[] json, List<Mutation> mutations) {}

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** One to four changes to the tree, and in one case of ten a cut of the bytes. */
    Mutated mutate(JsonNode original) {
        JsonNode tree = original.deepCopy();
        List<Mutation> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Mutation mutation = apply(TREE_KINDS[random.nextInt(TREE_KINDS.length)], tree);
            if (mutation != null) {
                mutations.add(mutation);
            }
        }
        byte[] json = bytes(tree);
        if (random.nextInt(10) == 0 && json.length > 1) {
            int at = random.nextInt(json.length);
            byte[] whole = json;
            json = Arrays.copyOf(json, at);
            mutations.add(new Mutation(Mutation.Kind.TRUNCATE, "byte " + at, "the first " + at + " of " + whole.length
                    + " bytes kept"));
        }
        return new Mutated(json, mutations);
    }

    private Mutation apply(Mutation.Kind kind, JsonNode tree) {
        List<Place> places = places(tree);
        return switch (kind) {
            case REMOVE_KEY -> removeKey(places);
            case WRONG_TYPE -> set(kind, pick(places, p -> true), wrongType(places));
            case JUNK_STRING -> setText(kind, pick(places, p -> p.value().isTextual()), switch (random.nextInt(3)) {
                case 0 -> HostileValues.name(random);
                case 1 -> HostileValues.contentType(random);
                default -> HostileValues.text(random);
            });
            case HOSTILE_NAME -> setText(kind, pick(places, p -> p.field() != null && NAME_FIELDS.contains(p.field())),
                    HostileValues.name(random));
            case DUPLICATE -> duplicate(places);
            case JUNK_BODY -> setText(kind, pick(places, p -> p.field() != null
                    && (p.field().equals("raw") && p.pointer().contains("/body/") || p.field().equals("body"))),
                    HostileValues.body(random));
            case JUNK_DESCRIPTION -> setText(kind, pick(places, p -> "description".equals(p.field())),
                    HostileValues.description(random));
            case JUNK_URL -> setText(kind, pick(places, p -> "url".equals(p.field())
                    || "raw".equals(p.field()) && p.pointer().contains("/url/")), HostileValues.url(random));
            case SWAP -> swap(places);
            case ODD_STATUS -> set(kind, pick(places, p -> "code".equals(p.field())), List.of(NODES.numberNode(0),
                    NODES.numberNode(-1), NODES.numberNode(100), NODES.numberNode(204), NODES.numberNode(299),
                    NODES.numberNode(304), NODES.numberNode(418), NODES.numberNode(599), NODES.numberNode(600),
                    NODES.numberNode(99999), NODES.numberNode(Integer.MAX_VALUE), NODES.textNode("200"),
                    NODES.textNode("abc")));
            case ODD_AUTH -> oddAuth((ObjectNode) tree);
            case ODD_SERVER -> oddServer((ObjectNode) tree, places);
            case TRUNCATE -> null;
        };
    }

    private Mutation oddAuth(ObjectNode root) {
        String variable = "{{" + HostileValues.name(random) + "}}";
        ObjectNode auth = NODES.objectNode();
        switch (random.nextInt(5)) {
            case 0 -> auth.put("type", "apikey").putArray("apikey")
                    .add(keyValue("key", HostileValues.name(random))).add(keyValue("value", variable))
                    .add(keyValue("in", random.nextBoolean() ? "query" : "header"));
            case 1 -> auth.put("type", "basic").putArray("basic").add(keyValue("username", variable))
                    .add(keyValue("password", variable));
            case 2 -> auth.put("type", "bearer").putObject("bearer").put("token", variable);
            case 3 -> auth.put("type", random.nextBoolean() ? "oauth2" : "digest");
            default -> auth.put("type", "noauth");
        }
        root.set("auth", auth);
        return new Mutation(Mutation.Kind.ODD_AUTH, "/auth", auth.toString());
    }

    /** A variable named badly, documented with regions, that a request's URL then starts with. */
    private Mutation oddServer(ObjectNode root, List<Place> places) {
        String name = HostileValues.name(random);
        if (!(root.get("variable") instanceof ArrayNode)) {
            root.putArray("variable"); // an earlier mutation may have made it something else
        }
        root.withArray("variable").addObject().put("key", name).put("value", "https://a.example.test")
                .put("description", "US https://a.example.test, EU https://b.example.test");
        Place url = pick(places, p -> "url".equals(p.field()));
        if (url != null) {
            url.replace(NODES.textNode("{{" + name + "}}/x/:id"));
        }
        return new Mutation(Mutation.Kind.ODD_SERVER, url == null ? "/variable" : url.pointer(), quoted(name));
    }

    private static ObjectNode keyValue(String key, String value) {
        return NODES.objectNode().put("key", key).put("value", value);
    }

    private Mutation removeKey(List<Place> places) {
        Place place = pick(places, p -> p.container() instanceof ObjectNode);
        if (place == null) {
            return null;
        }
        ((ObjectNode) place.container()).remove(place.field());
        return new Mutation(Mutation.Kind.REMOVE_KEY, place.pointer(), "");
    }

    /** A value whose JSON type differs from the one at a random place: chosen after the place. */
    private Mutation set(Mutation.Kind kind, Place place, List<JsonNode> candidates) {
        if (place == null) {
            return null;
        }
        List<JsonNode> other = candidates.stream().filter(c -> c.getNodeType() != place.value().getNodeType()).toList();
        JsonNode value = other.get(random.nextInt(other.size()));
        place.replace(value);
        return new Mutation(kind, place.pointer(), value.toString());
    }

    private List<JsonNode> wrongType(List<Place> places) {
        return List.of(NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1e308),
                NODES.numberNode(Long.MAX_VALUE), NODES.booleanNode(true), NODES.textNode(""),
                NODES.textNode(HostileValues.text(random)), NODES.arrayNode(), NODES.arrayNode().addNull(),
                NODES.arrayNode().add("a").add(1), NODES.objectNode(), NODES.objectNode().put("x", 1));
    }

    private Mutation setText(Mutation.Kind kind, Place place, String text) {
        if (place == null) {
            return null;
        }
        place.replace(NODES.textNode(text));
        return new Mutation(kind, place.pointer(), quoted(text));
    }

    private Mutation duplicate(List<Place> places) {
        Predicate<Place> arrays = p -> p.value() instanceof ArrayNode values && !values.isEmpty();
        // Mostly items: a request or folder twice is what a careless merge makes.
        Place place = random.nextInt(10) < 7 ? pick(places, arrays.and(p -> "item".equals(p.field()))) : null;
        if (place == null) {
            place = pick(places, arrays);
        }
        if (place == null) {
            return null;
        }
        ArrayNode array = (ArrayNode) place.value();
        int from = random.nextInt(array.size());
        int to = random.nextInt(array.size() + 1);
        array.insert(to, array.get(from).deepCopy());
        return new Mutation(Mutation.Kind.DUPLICATE, place.pointer() + "/" + from, "inserted again at " + to);
    }

    private Mutation swap(List<Place> places) {
        Place target = pick(places, p -> true);
        Place source = pick(places, p -> true);
        if (target == null || source == null) {
            return null;
        }
        target.replace(source.value().deepCopy());
        return new Mutation(Mutation.Kind.SWAP, target.pointer(), "copy of " + source.pointer());
    }

    private Place pick(List<Place> places, Predicate<Place> which) {
        List<Place> matching = places.stream().filter(which).toList();
        return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
    }

    /** Every value below the root, in document order. */
    private static List<Place> places(JsonNode root) {
        List<Place> places = new ArrayList<>();
        collect(root, "", places);
        return places;
    }

    private static void collect(JsonNode node, String pointer, List<Place> places) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                places.add(new Place(object, field.getKey(), -1, at, field.getValue()));
                collect(field.getValue(), at, places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i, pointer + "/" + i, array.get(i)));
                collect(array.get(i), pointer + "/" + i, places);
            }
        }
    }

    private static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
        return JsonNodeFactory.instance.textNode(shown).toString();
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
