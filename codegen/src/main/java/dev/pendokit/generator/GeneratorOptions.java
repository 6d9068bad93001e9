package dev.pendokit.generator;

import java.util.List;

/**
 * Everything the generator is told, in one immutable place: the Mojo only translates its
 * parameters into this.
 *
 * @param packageName the package of the client; models go to {@code .model}, groups to {@code .api},
 *     the runtime to {@code .runtime}
 * @param clientName the client class ({@code PendoClient}); its stem names the exceptions
 *     ({@code PendoException})
 * @param retryableOperations request paths ({@code Folder/Request name}, {@code *} and {@code **}
 *     wildcards) of POST and PATCH operations that only read and may be retried
 */
public record GeneratorOptions(String packageName, String clientName, List<String> retryableOperations) {

    public GeneratorOptions {
        retryableOperations = List.copyOf(retryableOperations);
    }

    /** The class name stem: {@code PendoClient} → {@code Pendo}. */
    public String stem() {
        return clientName.endsWith("Client") && clientName.length() > "Client".length()
                ? clientName.substring(0, clientName.length() - "Client".length())
                : clientName;
    }

    /**
     * Defaults derived from a collection's name: {@code Pendo API} → package {@code dev.pendokit.pendo},
     * client {@code PendoClient}.
     */
    public static GeneratorOptions defaultsFor(String collectionName) {
        String stem = dev.pendokit.collection.naming.JavaIdentifiers.pascal(
                collectionName.replaceAll("(?i)\\b(api|collection)\\b", " "), "Api");
        String packageName = "dev.pendokit." + stem.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new GeneratorOptions(packageName, stem + "Client", List.of());
    }
}
