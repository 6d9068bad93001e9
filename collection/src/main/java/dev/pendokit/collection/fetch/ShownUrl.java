package dev.pendokit.collection.fetch;

import dev.pendokit.runtime.SecretMask;
import java.net.URI;
import java.util.List;

/**
 * The collection URL as messages show it: scheme, host, port and path only. The query and the
 * user info are dropped because that is where a key or token rides ({@code ?apikey=...},
 * {@code ?access_key=...}), and what is left is masked for the Postman key too, in case someone
 * put it in the path.
 */
final class ShownUrl {

    private ShownUrl() {}

    static String of(URI url, String key) {
        StringBuilder shown = new StringBuilder();
        if (url.getScheme() != null) {
            shown.append(url.getScheme()).append("://");
        }
        if (url.getHost() != null) {
            shown.append(url.getHost());
        }
        if (url.getPort() >= 0) {
            shown.append(':').append(url.getPort());
        }
        if (url.getRawPath() != null) {
            shown.append(url.getRawPath());
        }
        if (url.getRawQuery() != null) {
            shown.append("?...");
        }
        return mask(shown.toString(), key);
    }

    static String mask(String text, String key) {
        return SecretMask.of(key == null ? List.of() : List.of(key)).mask(text);
    }
}
