package dev.pendokit.generator;

import dev.pendokit.collection.naming.ReservedNames;
import javax.lang.model.SourceVersion;

/**
 * Everything the generator is told, in one immutable place: the Mojo only translates its
 * parameters into this. Names that would not compile are refused here, naming the option.
 *
 * @param packageName the package of the client; models go to {@code .model}, groups to {@code .api},
 *     the runtime to {@code .runtime}
 * @param clientName the client class ({@code PendoClient}); its stem names the exceptions
 *     ({@code PendoException})
 */
public record GeneratorOptions(String packageName, String clientName) {

    public GeneratorOptions {
        if (packageName == null || !SourceVersion.isName(packageName, SourceVersion.RELEASE_17)) {
            throw new IllegalArgumentException("The package name \"" + packageName + "\" is not a Java package name"
                    + " (identifiers separated by dots, none of them a keyword). Set pendokit.packageName"
                    + " (GeneratorOptions.packageName) to one, such as " + DefaultOptions.BASE_PACKAGE + ".myapi");
        }
        if (clientName == null || !SourceVersion.isIdentifier(clientName)
                || SourceVersion.isKeyword(clientName, SourceVersion.RELEASE_17) || clientName.equals("Region")
                || ReservedNames.isTakenType(clientName) || DefaultOptions.shadowsJavaLang(stem(clientName))) {
            throw new IllegalArgumentException("The client name \"" + clientName + "\" is not a Java class name the"
                    + " client can have (an identifier, not a keyword, not Region, and neither it nor its exceptions"
                    + " named like a type of java.lang). Set pendokit.clientName (GeneratorOptions.clientName) to"
                    + " one, such as MyApiClient");
        }
    }

    /** The class name stem: {@code PendoClient} → {@code Pendo}. */
    public String stem() {
        return stem(clientName);
    }

    private static String stem(String clientName) {
        return clientName.endsWith("Client") && clientName.length() > "Client".length()
                ? clientName.substring(0, clientName.length() - "Client".length())
                : clientName;
    }

    /**
     * Defaults derived from a collection's name: {@code Pendo API} → package {@code dev.pendokit.pendo},
     * client {@code PendoClient} ({@link DefaultOptions}, which also says where no name could be derived).
     */
    public static GeneratorOptions defaultsFor(String collectionName) {
        return DefaultOptions.of(collectionName).options();
    }
}
