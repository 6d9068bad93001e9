package dev.pendokit.collection.postman;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Postman collection file (schema v2.0.0 or v2.1.0, bare or in the {@code {"collection":
 * ...}} wrapper that Postman's API returns) into a {@link PostmanCollection}. Anything it cannot
 * read is refused with a {@link CollectionException} naming the file, the JSON pointer, what was
 * found and what to do.
 */
public final class PostmanReader {

    private static final Pattern SCHEMA_VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+)");
    /** An HTTP method is a token (RFC 9110): any other text cannot be sent, and ends up in generated code. */
    private static final Pattern METHOD = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final String REEXPORT = "Open it in Postman and export it again as Collection v2.1"
            + " (the collection's ... menu > Export > Collection v2.1)";

    private final String source;

    private PostmanReader(String source) {
        this.source = source;
    }

    public static PostmanCollection read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new CollectionException("The collection file " + file + " does not exist. "
                    + "Check the path (pendokit.collection), or leave it unset for the bundled Pendo collection");
        } catch (IOException e) {
            throw new CollectionException("The collection file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static PostmanCollection read(InputStream in, String source) {
        try {
            return read(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new CollectionException("The collection " + source + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static PostmanCollection read(byte[] json, String source) {
        JsonNode root;
        try {
            root = JsonTrees.read(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new CollectionException(source + " is not JSON (" + where + e.getOriginalMessage()
                    + "). Check that the file is a Postman collection export, and fix the JSON at that place", e);
        } catch (IOException e) {
            throw new CollectionException("The collection " + source + " cannot be read: " + e.getMessage(), e);
        }
        return new PostmanReader(source).collection(root);
    }

    private PostmanCollection collection(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("", "the file holds " + kind(root) + ", not a Postman collection object", REEXPORT);
        }
        String base = "";
        if (!root.has("info") && root.path("collection").isObject()) {
            root = root.get("collection");
            base = "/collection";
        }
        SchemaVersion version = version(root, base);
        JsonNode info = root.path("info");
        return new PostmanCollection(
                source,
                version,
                name(info, base + "/info", "the collection's name (info.name)"),
                description(info.get("description")),
                items(root.get("item"), base + "/item", true),
                auth(root.get("auth"), base + "/auth"),
                variables(root.get("variable"), base + "/variable"),
                events(root.get("event")));
    }

    private SchemaVersion version(JsonNode root, String base) {
        JsonNode info = root.get("info");
        if (info == null) {
            if (root.has("requests") || root.has("order") || root.has("folders")) {
                throw new CollectionException(source + " is a Postman Collection v1 file (it has top-level"
                        + " \"requests\" and \"order\" instead of \"info\" and \"item\"), and pendokit reads only"
                        + " schema v2.0.0 and v2.1.0. " + REEXPORT);
            }
            throw fail(base, "there is no \"info\" object, so this is not a Postman collection", REEXPORT);
        }
        String schema = text(info, "schema");
        Matcher number = SCHEMA_VERSION.matcher(schema);
        if (schema.isEmpty() || !number.find()) {
            throw new CollectionException(source + " declares no schema version (info.schema is "
                    + (schema.isEmpty() ? "missing" : "\"" + schema + "\"")
                    + "), so pendokit cannot tell which Postman format it is; it reads v2.0.0 and v2.1.0. "
                    + REEXPORT);
        }
        String found = number.group(1) + "." + number.group(2) + "." + number.group(3);
        for (SchemaVersion known : SchemaVersion.values()) {
            if (known.number().equals(found)) {
                return known;
            }
        }
        String which = number.group(1).equals("1") ? "a Postman Collection v1 file" : "schema version " + found;
        throw new CollectionException(source + " is " + which + " (info.schema is \"" + schema
                + "\"), and pendokit reads only schema v2.0.0 and v2.1.0. " + REEXPORT);
    }

    private List<PostmanItem> items(JsonNode items, String pointer, boolean required) {
        if (items == null || items.isNull()) {
            if (required) {
                throw fail(pointer.substring(0, pointer.lastIndexOf('/')),
                        "there is no \"item\" array", "A collection lists its folders and requests under \"item\"");
            }
            return List.of();
        }
        if (!items.isArray()) {
            throw fail(pointer, "\"item\" is " + kind(items) + ", not an array of folders and requests",
                    REEXPORT);
        }
        List<PostmanItem> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            result.add(item(items.get(i), pointer + "/" + i));
        }
        return result;
    }

    private PostmanItem item(JsonNode item, String pointer) {
        if (!item.isObject()) {
            throw fail(pointer, "an item is " + kind(item) + ", not a folder or request object", REEXPORT);
        }
        String name = name(item, pointer, "the item's name");
        if (item.has("item")) {
            return new PostmanItem.Folder(name, description(item.get("description")), pointer,
                    items(item.get("item"), pointer + "/item", false), auth(item.get("auth"), pointer + "/auth"),
                    variables(item.get("variable"), pointer + "/variable"), events(item.get("event")));
        }
        JsonNode request = item.get("request");
        if (request == null || request.isNull()) {
            throw fail(pointer, "item \"" + name + "\" is neither a folder (it has no \"item\" array) nor a request"
                    + " (it has no \"request\")", "Give it a request, or make it a folder, or remove it");
        }
        if (request.isTextual()) {
            return new PostmanItem.Request(name, description(item.get("description")), pointer, "GET",
                    UrlParser.parse(request.asText()), List.of(), Optional.empty(), Optional.empty(),
                    examples(item.get("response"), pointer + "/response"), events(item.get("event")));
        }
        String at = pointer + "/request";
        String method = text(request, "method").isEmpty() ? "GET" : text(request, "method").toUpperCase(Locale.ROOT);
        if (!METHOD.matcher(method).matches()) {
            throw fail(at + "/method", "the method \"" + method + "\" is not an HTTP method (one word of letters,"
                    + " digits and !#$%&'*+-.^_`|~)", "Set the request's method in Postman and export it again");
        }
        String description = description(request.get("description"));
        if (description.isEmpty()) {
            description = description(item.get("description"));
        }
        return new PostmanItem.Request(name, description, pointer, method, url(request.get("url"), at + "/url"),
                keyValues(request.get("header")), body(request.get("body"), at + "/body"),
                auth(request.get("auth"), at + "/auth"), examples(item.get("response"), pointer + "/response"),
                events(item.get("event")));
    }

    private PostmanUrl url(JsonNode url, String pointer) {
        if (url == null || url.isNull()) {
            return new PostmanUrl("", "", List.of(), "", List.of(), List.of(), List.of());
        }
        if (url.isTextual()) {
            return UrlParser.parse(url.asText());
        }
        if (!url.isObject()) {
            throw fail(pointer, "the URL is " + kind(url) + ", not a string or URL object", REEXPORT);
        }
        String raw = text(url, "raw");
        if (!url.has("host") && !url.has("path") && !raw.isEmpty()) {
            PostmanUrl parsed = UrlParser.parse(raw);
            return new PostmanUrl(raw, parsed.protocol(), parsed.host(), parsed.port(), parsed.path(),
                    url.has("query") ? keyValues(url.get("query")) : parsed.query(), keyValues(url.get("variable")));
        }
        return new PostmanUrl(raw, text(url, "protocol"), parts(url.get("host"), "\\."), text(url, "port"),
                parts(url.get("path"), "/"), keyValues(url.get("query")), keyValues(url.get("variable")));
    }

    /** Host or path: an array of strings (or {type, value} objects), or one string to split. */
    private static List<String> parts(JsonNode node, String separator) {
        List<String> parts = new ArrayList<>();
        if (node == null || node.isNull()) {
            return parts;
        }
        if (node.isTextual()) {
            for (String part : node.asText().split(separator, -1)) {
                parts.add(part);
            }
            while (!parts.isEmpty() && parts.get(0).isEmpty()) {
                parts.remove(0);
            }
            return parts;
        }
        for (JsonNode part : node) {
            parts.add(part.isObject() ? text(part, "value") : part.asText());
        }
        return parts;
    }

    /** Headers, query parameters, urlencoded fields and path variables share this form. */
    private static List<KeyValue> keyValues(JsonNode node) {
        List<KeyValue> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (node.isTextual()) {
            for (String line : node.asText().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    result.add(new KeyValue(line.substring(0, colon).trim(), line.substring(colon + 1).trim(), "",
                            false));
                }
            }
            return result;
        }
        if (!node.isArray()) {
            return result;
        }
        for (JsonNode entry : node) {
            if (!entry.isObject() || entry.isEmpty()) {
                continue;
            }
            String key = entry.has("key") ? text(entry, "key") : text(entry, "id");
            result.add(new KeyValue(key, scalar(entry.get("value")), description(entry.get("description")),
                    entry.path("disabled").asBoolean(false)));
        }
        return result;
    }

    private Optional<PostmanBody> body(JsonNode body, String pointer) {
        if (body == null || !body.isObject() || body.isEmpty() || body.path("disabled").asBoolean(false)) {
            return Optional.empty();
        }
        String mode = text(body, "mode");
        switch (mode) {
            case "raw":
                String language = text(body.path("options").path("raw"), "language");
                return Optional.of(new PostmanBody.Raw(text(body, "raw"), language));
            case "urlencoded":
                return Optional.of(new PostmanBody.UrlEncoded(keyValues(body.get("urlencoded"))));
            case "formdata":
                return Optional.of(new PostmanBody.FormData(formParts(body.get("formdata"))));
            case "file":
                return Optional.of(new PostmanBody.File(text(body.path("file"), "src")));
            case "graphql":
                JsonNode graphql = body.path("graphql");
                return Optional.of(new PostmanBody.GraphQl(text(graphql, "query"), text(graphql, "variables")));
            case "":
                if (body.has("raw")) {
                    return Optional.of(new PostmanBody.Raw(text(body, "raw"), ""));
                }
                return Optional.empty();
            default:
                throw fail(pointer + "/mode", "the body mode \"" + mode + "\" is not one of Postman's (raw,"
                        + " urlencoded, formdata, file, graphql)", REEXPORT);
        }
    }

    private static List<FormPart> formParts(JsonNode node) {
        List<FormPart> parts = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return parts;
        }
        for (JsonNode part : node) {
            if (!part.isObject()) {
                continue;
            }
            boolean file = "file".equals(text(part, "type"));
            String src = part.path("src").isArray() ? part.path("src").path(0).asText("") : text(part, "src");
            parts.add(new FormPart(text(part, "key"), scalar(part.get("value")), file, src,
                    text(part, "contentType"), description(part.get("description")),
                    part.path("disabled").asBoolean(false)));
        }
        return parts;
    }

    private Optional<PostmanAuth> auth(JsonNode auth, String pointer) {
        if (auth == null || auth.isNull()) {
            return Optional.empty();
        }
        String type = text(auth, "type");
        if (type.isEmpty()) {
            throw fail(pointer, "an auth block has no \"type\"", "Set the auth type in Postman, or remove the block");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode values = auth.get(type);
        if (values != null && values.isArray()) {
            for (JsonNode attribute : values) {
                attributes.put(text(attribute, "key"), scalar(attribute.get("value")));
            }
        } else if (values != null && values.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> attribute = it.next();
                attributes.put(attribute.getKey(), scalar(attribute.getValue()));
            }
        }
        return Optional.of(new PostmanAuth(type, attributes));
    }

    private static List<PostmanVariable> variables(JsonNode node, String pointer) {
        List<PostmanVariable> variables = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return variables;
        }
        for (JsonNode variable : node) {
            String key = variable.has("key") ? text(variable, "key") : text(variable, "id");
            variables.add(new PostmanVariable(key, scalar(variable.get("value")), text(variable, "type"),
                    description(variable.get("description")), variable.path("disabled").asBoolean(false)));
        }
        return variables;
    }

    private static List<PostmanExample> examples(JsonNode node, String pointer) {
        List<PostmanExample> examples = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return examples;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode example = node.get(i);
            examples.add(new PostmanExample(text(example, "name"), example.path("code").asInt(0),
                    text(example, "status"), keyValues(example.get("header")), scalar(example.get("body")),
                    pointer + "/" + i));
        }
        return examples;
    }

    private static List<PostmanEvent> events(JsonNode node) {
        List<PostmanEvent> events = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return events;
        }
        for (JsonNode event : node) {
            JsonNode exec = event.path("script").path("exec");
            String script;
            if (exec.isArray()) {
                List<String> lines = new ArrayList<>();
                exec.forEach(line -> lines.add(line.asText()));
                script = String.join("\n", lines);
            } else {
                script = exec.asText("");
            }
            events.add(new PostmanEvent(text(event, "listen"), script));
        }
        return events;
    }

    /**
     * A name: a string, or nothing. Any other JSON is refused, since its text ({@code [null]},
     * {@code {"en":"Pages"}}) would become the name of a package, a class or a method.
     */
    private String name(JsonNode owner, String pointer, String what) {
        JsonNode name = owner.get("name");
        if (name == null || name.isNull()) {
            return "";
        }
        if (!name.isTextual()) {
            throw fail(pointer + "/name", what + " is " + kind(name) + ", not a string",
                    "Write the name as a JSON string, or rename it in Postman and export it again");
        }
        return name.asText();
    }

    /** A description: a string, or {"content": ..., "type": ...}. */
    private static String description(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isObject() ? text(node, "content") : node.asText("");
    }

    private static String text(JsonNode node, String field) {
        return node == null ? "" : scalar(node.get(field));
    }

    /** A scalar as text; objects and arrays as their JSON, null or absent as "". */
    private static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "an object";
        };
    }

    private CollectionException fail(String pointer, String problem, String fix) {
        return new CollectionException(source + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + problem
                + ". " + fix);
    }
}
