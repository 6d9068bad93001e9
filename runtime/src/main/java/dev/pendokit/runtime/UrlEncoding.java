package dev.pendokit.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for path segments and query components (RFC 3986), not HTML forms. */
final class UrlEncoding {

    private UrlEncoding() {}

    /** Encodes everything but unreserved characters, so a value is always exactly one segment. */
    static String pathSegment(String value) {
        return component(value);
    }

    static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
