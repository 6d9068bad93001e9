package dev.pendokit.collection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a collection against the structure of Postman's collection schema v2.1.0: which keys
 * each object may hold and of which JSON type. Returns every violation with its JSON pointer, so
 * a failing test shows all of them at once.
 */
final class SchemaV21Structure {

    private static final Set<String> COLLECTION_KEYS =
            Set.of("info", "item", "event", "variable", "auth", "protocolProfileBehavior");
    private static final Set<String> INFO_KEYS =
            Set.of("name", "_postman_id", "description", "version", "schema");
    private static final Set<String> FOLDER_KEYS = Set.of(
            "id", "name", "description", "variable", "item", "event", "auth", "protocolProfileBehavior");
    private static final Set<String> ITEM_KEYS = Set.of(
            "id", "name", "description", "variable", "event", "request", "response", "protocolProfileBehavior");
    private static final Set<String> REQUEST_KEYS = Set.of(
            "url", "auth", "proxy", "certificate", "method", "description", "header", "body");
    private static final Set<String> URL_KEYS =
            Set.of("raw", "protocol", "host", "path", "port", "query", "hash", "variable");
    private static final Set<String> HEADER_KEYS = Set.of("key", "value", "disabled", "description", "type");
    private static final Set<String> QUERY_KEYS = Set.of("key", "value", "disabled", "description");
    private static final Set<String> VARIABLE_KEYS =
            Set.of("id", "key", "value", "type", "name", "description", "system", "disabled");
    private static final Set<String> BODY_KEYS = Set.of(
            "mode", "raw", "urlencoded", "formdata", "file", "graphql", "options", "disabled");
    private static final Set<String> BODY_MODES = Set.of("raw", "urlencoded", "formdata", "file", "graphql");
    private static final Set<String> AUTH_TYPES = Set.of("apikey", "awsv4", "basic", "bearer", "digest",
            "edgegrid", "hawk", "noauth", "oauth1", "oauth2", "ntlm");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "PATCH", "DELETE", "COPY", "HEAD",
            "OPTIONS", "LINK", "UNLINK", "PURGE", "LOCK", "UNLOCK", "PROPFIND", "VIEW");

    private final List<String> violations = new ArrayList<>();

    static List<String> violations(JsonNode collection) {
        SchemaV21Structure check = new SchemaV21Structure();
        check.collection(collection);
        return check.violations;
    }

    private void collection(JsonNode node) {
        keys(node, "", COLLECTION_KEYS);
        JsonNode info = node.path("info");
        keys(info, "/info", INFO_KEYS);
        text(info, "/info", "name", true);
        text(info, "/info", "schema", true);
        items(node.path("item"), "/item");
        if (node.has("auth")) {
            auth(node.get("auth"), "/auth");
        }
        variables(node.path("variable"), "/variable");
    }

    private void items(JsonNode items, String pointer) {
        if (!items.isArray()) {
            violation(pointer, "must be an array of items");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = pointer + "/" + i;
            text(item, at, "name", true);
            if (item.has("item")) {
                keys(item, at, FOLDER_KEYS);
                items(item.get("item"), at + "/item");
            } else {
                keys(item, at, ITEM_KEYS);
                request(item.path("request"), at + "/request");
                if (!item.path("response").isArray()) {
                    violation(at + "/response", "must be an array of example responses");
                }
            }
            if (item.has("auth")) {
                auth(item.get("auth"), at + "/auth");
            }
        }
    }

    private void request(JsonNode request, String pointer) {
        if (!request.isObject()) {
            violation(pointer, "must be an object");
            return;
        }
        keys(request, pointer, REQUEST_KEYS);
        if (!METHODS.contains(request.path("method").asText())) {
            violation(pointer + "/method", "is not an HTTP method of the schema: " + request.path("method"));
        }
        url(request.path("url"), pointer + "/url");
        JsonNode headers = request.path("header");
        for (int i = 0; i < headers.size(); i++) {
            keys(headers.get(i), pointer + "/header/" + i, HEADER_KEYS);
            text(headers.get(i), pointer + "/header/" + i, "key", true);
        }
        if (request.has("auth")) {
            auth(request.get("auth"), pointer + "/auth");
        }
        if (request.has("body")) {
            JsonNode body = request.get("body");
            keys(body, pointer + "/body", BODY_KEYS);
            if (!BODY_MODES.contains(body.path("mode").asText())) {
                violation(pointer + "/body/mode", "is not a body mode of the schema: " + body.path("mode"));
            }
        }
    }

    private void url(JsonNode url, String pointer) {
        if (!url.isObject()) {
            violation(pointer, "must be an object (raw, host, path, query, variable)");
            return;
        }
        keys(url, pointer, URL_KEYS);
        text(url, pointer, "raw", true);
        array(url, pointer, "host");
        array(url, pointer, "path");
        JsonNode query = url.path("query");
        for (int i = 0; i < query.size(); i++) {
            keys(query.get(i), pointer + "/query/" + i, QUERY_KEYS);
        }
        variables(url.path("variable"), pointer + "/variable");
    }

    private void auth(JsonNode auth, String pointer) {
        String type = auth.path("type").asText();
        if (!AUTH_TYPES.contains(type)) {
            violation(pointer + "/type", "is not an auth type of the schema: " + auth.path("type"));
        } else if (!type.equals("noauth") && !auth.path(type).isArray()) {
            violation(pointer + "/" + type, "must be an array of auth attributes");
        }
    }

    private void variables(JsonNode variables, String pointer) {
        for (int i = 0; i < variables.size(); i++) {
            keys(variables.get(i), pointer + "/" + i, VARIABLE_KEYS);
            text(variables.get(i), pointer + "/" + i, "key", true);
        }
    }

    private void keys(JsonNode node, String pointer, Set<String> allowed) {
        if (!node.isObject()) {
            violation(pointer, "must be an object");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                violation(pointer + "/" + name, "is not a property the schema allows here");
            }
        }
    }

    private void text(JsonNode node, String pointer, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null ? required : !value.isTextual()) {
            violation(pointer + "/" + field, "must be a string");
        }
    }

    private void array(JsonNode node, String pointer, String field) {
        if (node.has(field) && !node.get(field).isArray()) {
            violation(pointer + "/" + field, "must be an array");
        }
    }

    private void violation(String pointer, String message) {
        violations.add(pointer + " " + message);
    }
}
