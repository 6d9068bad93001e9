package dev.pendokit.mock.proxy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the proxy forwards: an http or https base URL ({@code https://app.pendo.io}, or one with
 * a path prefix), to which each request's path and query are appended as sent.
 */
public final class Upstream {

    private Upstream() {}

    /**
     * The URL, checked.
     *
     * @throws IllegalArgumentException naming what is wrong and the fix
     */
    public static URI check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("The upstream must be an http or https URL with a host, like"
                    + " https://app.pendo.io, not '" + url + "'");
        }
        if (url.getRawUserInfo() != null) {
            // The URL goes into messages and the ready line; a password in it would go with it.
            throw new IllegalArgumentException("The upstream URL must not hold a user or password: the proxy forwards"
                    + " each request's own credential headers (give " + url.getScheme() + "://" + url.getHost()
                    + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getRawPath() + ")");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("The upstream URL must not hold a query or fragment: each request's own"
                    + " path and query are appended to it, not '" + url + "'");
        }
        return url;
    }

    /** The URL of a command-line flag, checked; the message names the flag. */
    public static URI parse(String flag, String value) {
        try {
            return check(new URI(value));
        } catch (URISyntaxException | IllegalArgumentException e) {
            String reason = e instanceof URISyntaxException ? "The upstream must be an http or https URL with a host,"
                    + " like https://app.pendo.io, not '" + value + "'" : e.getMessage();
            throw new IllegalArgumentException(flag + ": " + reason);
        }
    }

    /** The upstream URL of a request's path and query, as sent ({@code /api/v1/page?expand=*}). */
    static URI resolve(URI upstream, String pathAndQuery) {
        String base = upstream.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + pathAndQuery);
    }
}
