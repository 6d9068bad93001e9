package dev.pendokit.pendo;

import java.net.URI;
import javax.annotation.processing.Generated;

/**
 * The regions the collection documents, each with its hosts. A host the collection does not give for a region is null: set it on the client builder after {@code region(...)}.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public enum Region {
    /**
     * https://app.pendo.io, https://data.pendo.io.
     */
    US("https://app.pendo.io", "https://data.pendo.io"),

    /**
     * https://app.eu.pendo.io, https://data.eu.pendo.io.
     */
    EU("https://app.eu.pendo.io", "https://data.eu.pendo.io"),

    /**
     * https://us1.app.pendo.io, https://us1.data.pendo.io.
     */
    US1("https://us1.app.pendo.io", "https://us1.data.pendo.io"),

    /**
     * https://app.jpn.pendo.io, https://data.jpn.pendo.io.
     */
    JPN("https://app.jpn.pendo.io", "https://data.jpn.pendo.io"),

    /**
     * https://app.au.pendo.io.
     */
    AU("https://app.au.pendo.io", null);

    private final URI baseUrl;

    private final URI dataHost;

    Region(String baseUrl, String dataHost) {
        this.baseUrl = baseUrl == null ? null : URI.create(baseUrl);
        this.dataHost = dataHost == null ? null : URI.create(dataHost);
    }

    /**
     * This region's {@code baseUrl}.
     *
     * @return the URL, or null where the collection gives none
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * This region's {@code dataHost}.
     *
     * @return the URL, or null where the collection gives none
     */
    public URI dataHost() {
        return dataHost;
    }
}
