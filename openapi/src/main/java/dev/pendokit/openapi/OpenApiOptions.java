package dev.pendokit.openapi;

import java.util.Objects;

/**
 * What the OpenAPI writer needs beyond the model.
 *
 * @param apiVersion {@code info.version}: a Postman collection carries no version of its API, and
 *     OpenAPI requires one
 */
public record OpenApiOptions(String apiVersion) {

    /** The version written when none is given. */
    public static final String DEFAULT_API_VERSION = "1.0.0";

    public static final OpenApiOptions DEFAULTS = new OpenApiOptions(DEFAULT_API_VERSION);

    public OpenApiOptions {
        Objects.requireNonNull(apiVersion, "apiVersion");
        if (apiVersion.isBlank()) {
            throw new IllegalArgumentException("apiVersion must not be blank: OpenAPI requires info.version");
        }
    }
}
