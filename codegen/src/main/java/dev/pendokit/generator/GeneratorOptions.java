package dev.pendokit.generator;

import dev.pendokit.collection.naming.JavaIdentifiers;
import java.util.Locale;

/**
 * Everything the generator is told, in one immutable place: the Mojo only translates its
 * parameters into this.
 *
 * @param packageName the package of the client; models go to {@code .model}, groups to {@code .api},
 *     the runtime to {@code .runtime}
 * @param clientName the client class ({@code PendoClient}); its stem names the exceptions
 *     ({@code PendoException})
 */
public record GeneratorOptions(String packageName, String clientName) {

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
        String stem = JavaIdentifiers.pascal(
                collectionName.replaceAll("(?i)\\b(api|collection)\\b", " "), "Api");
        String packageName = "dev.pendokit." + stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new GeneratorOptions(packageName, stem + "Client");
    }
}
