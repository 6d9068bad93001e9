package dev.pendokit.collection.postman;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a URL written as a string (schema v2.0 files and hand-written collections do this) into
 * the object form. {@code {{variables}}} may stand anywhere, including for the whole host
 * ({@code {{baseUrl}}/api/v1/page}); nothing is decoded, so the text round-trips.
 */
public final class UrlParser {

    private static final Pattern PROTOCOL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");

    private UrlParser() {}

    public static PostmanUrl parse(String raw) {
        String rest = raw.strip();
        int hashAt = indexOutsideVariables(rest, '#');
        if (hashAt >= 0) {
            rest = rest.substring(0, hashAt);
        }
        List<KeyValue> query = new ArrayList<>();
        int queryAt = indexOutsideVariables(rest, '?');
        if (queryAt >= 0) {
            query = parseQuery(rest.substring(queryAt + 1));
            rest = rest.substring(0, queryAt);
        }
        String protocol = "";
        Matcher scheme = PROTOCOL.matcher(rest);
        if (scheme.find()) {
            protocol = scheme.group(1);
            rest = rest.substring(scheme.end());
        }
        int slash = indexOutsideVariables(rest, '/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String pathPart = slash < 0 ? "" : rest.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String port = "";
        // An IPv6 literal ([::1]) holds colons of its own; the port's colon follows its ']'.
        int hostEnd = authority.startsWith("[") ? Math.max(authority.indexOf(']'), 0) : 0;
        int colon = indexOutsideVariables(authority.substring(hostEnd), ':');
        if (colon >= 0) {
            colon += hostEnd;
            port = authority.substring(colon + 1);
            authority = authority.substring(0, colon);
        }
        List<String> host = authority.isEmpty() ? List.of() : List.of(authority);
        return new PostmanUrl(raw, protocol, host, port, segments(pathPart), query, List.of());
    }

    private static List<String> segments(String path) {
        List<String> segments = splitOutsideVariables(path, '/');
        while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        return segments;
    }

    private static List<KeyValue> parseQuery(String query) {
        List<KeyValue> params = new ArrayList<>();
        for (String pair : splitOutsideVariables(query, '&')) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = indexOutsideVariables(pair, '=');
            params.add(eq < 0
                    ? new KeyValue(pair, "", "", false)
                    : new KeyValue(pair.substring(0, eq), pair.substring(eq + 1), "", false));
        }
        return params;
    }

    /** {@code text} split at every {@code c} that is not inside a {@code {{variable}}}; empty parts kept. */
    private static List<String> splitOutsideVariables(String text, char c) {
        List<String> parts = new ArrayList<>();
        int at = indexOutsideVariables(text, c);
        while (at >= 0) {
            parts.add(text.substring(0, at));
            text = text.substring(at + 1);
            at = indexOutsideVariables(text, c);
        }
        parts.add(text);
        return parts;
    }

    /** The first index of {@code c} that is not inside a {@code {{variable}}}, or -1. */
    private static int indexOutsideVariables(String text, char c) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (text.startsWith("}}", i) && depth > 0) {
                depth--;
                i++;
            } else if (depth == 0 && text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
