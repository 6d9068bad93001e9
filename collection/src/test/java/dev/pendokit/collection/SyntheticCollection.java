package dev.pendokit.collection;

import java.nio.charset.StandardCharsets;

/**
 * Writes a Postman v2.1 collection of any size shaped like Pendo's: folders of 50 requests, each
 * folder documenting its object in an attribute table, requests with path variables, optional
 * query parameters, a Details table with status codes, JSON bodies with comments and unquoted
 * placeholders, and a saved example on every fifth request. Deterministic: the same size gives
 * the same bytes.
 */
public final class SyntheticCollection {

    private static final int PER_FOLDER = 50;

    private SyntheticCollection() {}

    public static byte[] json(int requests) {
        StringBuilder out = new StringBuilder(requests * 1400);
        out.append("{\"info\":{\"name\":\"Synthetic ").append(requests).append("\",\"schema\":")
                .append("\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\",")
                .append("\"description\":\"| Status Code | Definition |\\n|---|---|\\n| 200 - OK | Fine. |\\n")
                .append("| 401 - Unauthorized | No key. |\\n| 500, 502, 503 - Server Errors | Ours. |\\n\"},")
                .append("\"auth\":{\"type\":\"apikey\",\"apikey\":[{\"key\":\"key\",\"value\":\"x-api-key\"},")
                .append("{\"key\":\"value\",\"value\":\"{{apiKey}}\"},{\"key\":\"in\",\"value\":\"header\"}]},")
                .append("\"variable\":[{\"key\":\"baseUrl\",\"value\":\"https://api.example.com\"},")
                .append("{\"key\":\"apiKey\",\"value\":\"\"},{\"key\":\"appId\",\"value\":\"-323232\"}],\"item\":[");
        int folders = (requests + PER_FOLDER - 1) / PER_FOLDER;
        int written = 0;
        for (int f = 0; f < folders; f++) {
            if (f > 0) {
                out.append(',');
            }
            String resource = "Resource" + f;
            out.append("{\"name\":\"").append(resource).append("\",\"description\":\"### The ").append(resource)
                    .append(" Object\\n\\n| Attribute | Type | Description |\\n|---|---|---|\\n")
                    .append("| id | string | Unique identifier. |\\n")
                    .append("| name | string | Display name. |\\n")
                    .append("| createdAt | number | Milliseconds after the epoch when it was created. |\\n")
                    .append("| metadata.auto.lastvisit | integer | Time of last visit, in milliseconds since the epoch. |\\n")
                    .append("| tags | array | Labels. |\\n\",\"item\":[");
            for (int r = 0; r < PER_FOLDER && written < requests; r++, written++) {
                if (r > 0) {
                    out.append(',');
                }
                request(out, resource.toLowerCase(), written);
            }
            out.append("]}");
        }
        return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void request(StringBuilder out, String resource, int n) {
        String method = switch (n % 4) {
            case 0 -> "GET";
            case 1 -> "POST";
            case 2 -> "PUT";
            default -> "DELETE";
        };
        boolean byId = n % 2 == 1;
        String path = "\"api\",\"v1\",\"" + resource + "\"" + (byId ? ",\":itemId\"" : "") + ",\"op" + n + "\"";
        String raw = "{{baseUrl}}/api/v1/" + resource + (byId ? "/:itemId" : "") + "/op" + n;
        out.append("{\"name\":\"Operation ").append(n).append(" on ").append(resource).append("\",\"request\":{")
                .append("\"method\":\"").append(method).append("\",\"header\":[")
                .append("{\"key\":\"Content-Type\",\"value\":\"application/json\"},")
                .append("{\"key\":\"x-api-key\",\"value\":\"{{apiKey}}\"},")
                .append("{\"key\":\"x-trace\",\"value\":\"{{trace}}\",\"disabled\":true}],");
        if (method.equals("POST") || method.equals("PUT")) {
            out.append("\"body\":{\"mode\":\"raw\",\"options\":{\"raw\":{\"language\":\"json\"}},\"raw\":\"")
                    .append("{\\n    // the app to query\\n    \\\"appId\\\": {{appId}},\\n")
                    .append("    \\\"name\\\": \\\"item ").append(n).append("\\\",\\n")
                    .append("    \\\"createdAt\\\": 1693540800000,\\n    \\\"tags\\\": [\\\"a\\\", \\\"b\\\"],\\n")
                    .append("    \\\"nested\\\": {\\\"count\\\": ").append(n).append(", \\\"ratio\\\": 0.5}\\n}\"},");
        }
        out.append("\"url\":{\"raw\":\"").append(raw).append("?expand=*\",\"host\":[\"{{baseUrl}}\"],")
                .append("\"path\":[").append(path).append("],")
                .append("\"query\":[{\"key\":\"expand\",\"value\":\"*\",\"description\":\"All apps.\"},")
                .append("{\"key\":\"appId\",\"value\":\"{{appId}}\",\"disabled\":true,\"description\":\"One app.\"}]");
        if (byId) {
            out.append(",\"variable\":[{\"key\":\"itemId\",\"value\":\"id").append(n)
                    .append("\",\"description\":\"ID of the item\"}]");
        }
        out.append("},\"description\":\"Does operation ").append(n).append(".\\n\\n### Details\\n\\n")
                .append("| Details | |\\n|---|---|\\n| Method | ").append(method).append(" |\\n")
                .append("| URI | /api/v1/").append(resource).append(" |\\n")
                .append("| Status Codes | 200: Response is sent as body<br>404: Not found<br>429 - 429: Slow down |\\n\"},");
        out.append("\"response\":[");
        if (n % 5 == 0) {
            out.append("{\"name\":\"ok\",\"code\":200,\"status\":\"OK\",")
                    .append("\"header\":[{\"key\":\"Content-Type\",\"value\":\"application/json\"}],")
                    .append("\"body\":\"{\\\"id\\\": \\\"id").append(n).append("\\\", \\\"name\\\": \\\"x\\\", ")
                    .append("\\\"createdAt\\\": 1693540800000, \\\"extra\\\": [1, 2]}\"}");
        }
        out.append("]}");
    }
}
