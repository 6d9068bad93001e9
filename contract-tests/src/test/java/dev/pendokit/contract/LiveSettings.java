package dev.pendokit.contract;

import java.net.URI;
import java.util.Optional;

/**
 * Where to verify the contracts when not against the embedded mock: a live Pendo sandbox (or any
 * server that stands for one), from {@code -Dpendo.baseUrl} / {@code PENDO_BASE_URL} and
 * {@code -Dpendo.integrationKey} / {@code PENDO_INTEGRATION_KEY}. Requests that change data run
 * only with {@code -Dpendo.allowWrites=true}.
 */
record LiveSettings(URI baseUrl, String integrationKey, boolean allowWrites) {

    static final String BASE_URL = "pendo.baseUrl";
    static final String KEY = "pendo.integrationKey";
    static final String ALLOW_WRITES = "pendo.allowWrites";

    /** The live settings, or empty to verify against the embedded mock. */
    static Optional<LiveSettings> read() {
        String url = setting(BASE_URL, "PENDO_BASE_URL");
        if (url == null) {
            return Optional.empty();
        }
        String key = setting(KEY, "PENDO_INTEGRATION_KEY");
        if (key == null) {
            throw new IllegalStateException("Contracts are to be verified against " + url + " (" + BASE_URL
                    + " or PENDO_BASE_URL), but no integration key is set: set PENDO_INTEGRATION_KEY (or -D" + KEY + ")");
        }
        URI baseUrl;
        try {
            baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(BASE_URL + " '" + url + "' is not a URL: " + e.getMessage(), e);
        }
        if (baseUrl.getHost() == null) {
            throw new IllegalStateException(BASE_URL + " '" + url + "' is not a URL; give one such as https://app.pendo.io");
        }
        return Optional.of(new LiveSettings(baseUrl, key, Boolean.parseBoolean(setting(ALLOW_WRITES, "PENDO_ALLOW_WRITES"))));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Never the key: these settings appear in messages. */
    @Override
    public String toString() {
        return "LiveSettings[baseUrl=" + baseUrl + ", integrationKey=****, allowWrites=" + allowWrites + "]";
    }
}
