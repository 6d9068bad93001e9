package dev.pendokit.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for URLs as RFC 3986 defines it (not HTML forms): the one encoder of paths and
 * queries that generated clients, stubs and documented requests share, so that what a client
 * sends is what a stub matches.
 */
public final class UrlEncoding {

    /** What RFC 3986 allows in a path segment besides escapes: unreserved, sub-delims, ':' and '@'. */
    private static final String PATH_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlEncoding() {}

    /**
     * A value as one path segment: everything but unreserved characters encoded, so it never splits the path.
     *
     * @param value a path parameter's value
     * @return the value, percent-encoded as UTF-8
     */
    public static String pathSegment(String value) {
        return component(value);
    }

    /**
     * A query parameter's name or value: everything but unreserved characters encoded.
     *
     * @param value the name or value
     * @return the value, percent-encoded as UTF-8, a space as {@code %20} (never {@code +})
     */
    public static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /**
     * A fixed segment of a path template, as it goes on the wire: characters a path cannot hold
     * percent-encoded (spaces, and the braces of an unresolved {@code {{variable}}}, which a URI
     * template would read as a variable), escapes already there and everything else as written.
     *
     * @param segment the fixed text of the template, as the collection writes it
     * @return the text as sent
     */
    public static String literalSegment(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || (b < 0x80 && PATH_CHARACTERS.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
