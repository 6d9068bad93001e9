package dev.pendokit.collection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A small Postman v2.1 collection written from a test, for names and shapes a real collection
 * would rarely hold: every request is a GET on {@code {{baseUrl}}} with a saved JSON example, so
 * it answers a type of its own; a folder may document its object in an attribute table.
 */
public final class TinyCollection {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private final ObjectNode root = JSON.objectNode();
    private final ArrayNode items;

    private TinyCollection(String name) {
        root.putObject("info").put("name", name).put("schema", V21);
        root.putArray("variable").addObject().put("key", "baseUrl").put("value", "https://api.example.com");
        items = root.putArray("item");
    }

    public static TinyCollection named(String name) {
        return new TinyCollection(name);
    }

    /** A folder holding one request per name. */
    public TinyCollection folder(String name, String... requests) {
        ArrayNode inner = items.addObject().put("name", name).putArray("item");
        for (String request : requests) {
            inner.add(get(request, "{\"id\": \"1\"}"));
        }
        return this;
    }

    /** A folder that documents {@code The <object> Object} with an id, and one request that lists them. */
    public TinyCollection documentedFolder(String name, String object) {
        ObjectNode folder = items.addObject().put("name", name).put("description", "### The " + object
                + " Object\n\n| Attribute | Type | Description |\n|---|---|---|\n| id | string | Its id. |\n");
        folder.putArray("item").add(get("List " + name, "[{\"id\": \"1\"}]"));
        return this;
    }

    /** A request at the top level. */
    public TinyCollection request(String name) {
        items.add(get(name, "{\"id\": \"1\"}"));
        return this;
    }

    /** Any item, as JSON. */
    public TinyCollection item(ObjectNode item) {
        items.add(item);
        return this;
    }

    /** The collection's root object, to add what the methods above do not. */
    public ObjectNode root() {
        return root;
    }

    /** A GET request named {@code name} whose saved example answers {@code exampleJson}. */
    public static ObjectNode get(String name, String exampleJson) {
        ObjectNode item = JSON.objectNode().put("name", name);
        String path = "/" + Integer.toHexString(name.hashCode()).toLowerCase(Locale.ROOT);
        item.putObject("request").put("method", "GET").put("url", "{{baseUrl}}" + path);
        item.putArray("response").addObject().put("name", "ok").put("code", 200).put("body", exampleJson)
                .putArray("header").addObject().put("key", "Content-Type").put("value", "application/json");
        return item;
    }

    public byte[] json() {
        try {
            return new ObjectMapper().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiModel model() {
        return ApiModels.load(json(), "tiny.json", ResolveOptions.DEFAULTS);
    }
}
