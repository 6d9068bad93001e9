package dev.pendokit.generator.fuzz;

import java.util.List;
import java.util.Random;

/** The values mutations put into a collection: names and texts that generators trip on. */
final class HostileValues {

    /** Names Java, the file system or the generated client would not take as they are. */
    static final List<String> NAMES = List.of("class", "Class", "int", "Int", "enum", "Enum", "null", "true", "false",
            "goto", "const", "var", "yield", "record", "sealed", "permits", "_", "__", "$", "String", "Object",
            "Record", "Override", "Builder", "builder", "Transport", "transport", "close", "toString", "hashCode",
            "getClass", "Region", "region", "build", "httpClient", "missing", "params", "body", "additionalProperties",
            "123", "123 API", "4xx", "日本語", "Café", "Ελληνικά", "😀", "🎉 Party", "", " ", "\t", "CON", "aux", "nul",
            "com1", "a/b", "../..", "a\\b", "{{var}}", ":id", "Get", "get", "List", "Async", "getAsync", "runCall",
            "x".repeat(300), "Get " + "very long name ".repeat(25), "a.b.c", "a-b-c", "%00", "\u0000", "\u200b",
            "Ω", "ǅ", "Pages", "pages", "PAGES");

    private static final List<String> TEXTS = List.of("", " ", "\u0000\u0001\u001f", "\uFFFF", "\uFEFF", "\u202E",
            "{{", "}}", "{{}}", "{{ baseUrl }}", "{{a}}{{b}}", "\"", "\\", "\\u0000", "<script>", "*/", "/*", "//",
            "%", "%zz", "#", "?", "&", "=", ":", "::", "|", "| a | b |", "\n|---|\n", "null", "undefined", "NaN",
            "-0", "1e309", "9999999999999999999999", "0x1F", "true", "日本語テキスト", "😀😀😀", "x".repeat(5000));

    private static final List<String> URLS = List.of("", ":", ":::", "/", "//", "{{baseUrl}}", "{{baseUrl}}/:a/:a",
            "{{baseUrl}}/{{", "{{}}/x", "{{baseUrl}}/:/x", "{{baseUrl}}/%zz/%", "{{baseUrl}}/?&&=&=x&a", "http://[::1",
            "http://a:b@host:99999/p", "https://example.com/" + "seg/".repeat(200), "{{baseUrl}}/:id/{{id}}/:id",
            "file:///etc/passwd", "{{baseUrl}}/a b/c\td", "{{baseUrl}}/日本/:名前", "mailto:x", "{{baseUrl}}#frag",
            "{{baseUrl}}/:class/:int/:null", "{{baseUrl}}/x?class=1&transport=2&builder=3&missing=4");

    private static final List<String> DESCRIPTIONS = List.of("",
            "| Details | |\n|---|---|\n| Status Codes | 999999999999: x<br>200 - 100: y<br>abc<br>-5: z |\n",
            "| Details | |\n|---|---|\n| Status Codes | 100 - 599: all of them |\n",
            "| Details | |\n|---|---|\n| Method | |\n| URI | |\n| Status Codes | |\n",
            "### The String Object\n\n| Attribute | Type | Description |\n|---|---|---|\n| a.b.c.d | array[definition] | x |\n"
                    + "| a | object | |\n| a.b | string | (required) |\n| a.b.c | number | |\n",
            "### The Builder Object\n\n| Attribute | Type | Description |\n|---|---|---|\n| class | string | |\n"
                    + "| builder | object or string | |\n| missing | boolean | Required. |\n| . | | |\n| .. | x | |\n",
            "### Response\n\n| Attribute | Type | Description |\n|---|---|---|\n| results | array | |\n| results.x | |\n",
            "| Status Code | Definition |\n|---|---|\n| 200 - OK | a |\n| 999 - Odd | b |\n| 500, 502, x - Errors | c |\n",
            "### \n\n| Attribute |\n|---|\n| only one column |\n", "|".repeat(500), "### The  Object\n\n"
                    + "| Attribute | Type | Description |\n|---|---|---|\n| id | string | |\n");

    private static final List<String> BODIES = List.of("", "{", "}", "[", "{\"a\": }", "{\"a\": 1,}", "{\"a\": {{x}}}",
            "{\"a\": \"{{x}}\" // comment\n}", "/* open", "{\"a\": 1} trailing", "[1, 2, {\"b\": [3, {\"c\": null}]}]",
            "{\"\": 1, \"class\": 2, \"a.b\": 3, \"123\": 4, \"日本語\": 5}", "{\"a\": 1, \"a\": \"two\"}",
            "{\"response\": {\"mimeType\": \"application/json\"}, \"request\": {\"pipeline\": [{\"source\": 1}]}}",
            "{\"request\": {\"pipeline\": \"not a list\"}}", "{\"request\": {\"pipeline\": [{}, [], null]}}",
            "1e999999", "-", "\"unterminated", "<xml>", "true", "null",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "[".repeat(5000), "[".repeat(150) + "1" + "]".repeat(150),
            "{\"class\":".repeat(150) + "{\"x\": 1}" + "}".repeat(150));

    /** Content types, for header values: some the client reads as text, some it cannot read at all. */
    private static final List<String> CONTENT_TYPES = List.of("text/csv", "application/xml", "text/html",
            "application/octet-stream", "multipart/form-data", "application/x-www-form-urlencoded", "*/*",
            "application/json; charset=\"", "application/vnd.api+json", "application/graphql", "", ";");

    private HostileValues() {}

    static String contentType(Random random) {
        return pick(CONTENT_TYPES, random);
    }

    static String name(Random random) {
        return pick(NAMES, random);
    }

    static String text(Random random) {
        return pick(TEXTS, random);
    }

    static String url(Random random) {
        return pick(URLS, random);
    }

    static String description(Random random) {
        return pick(DESCRIPTIONS, random);
    }

    static String body(Random random) {
        return pick(BODIES, random);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
