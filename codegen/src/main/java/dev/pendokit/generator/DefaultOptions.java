package dev.pendokit.generator;

import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.naming.JavaIdentifiers;
import dev.pendokit.collection.naming.ReservedNames;
import dev.pendokit.runtime.StatusPhrases;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The package and client class a collection's name gives when the user sets neither: {@code Pendo
 * API} → {@code dev.pendokit.pendo.PendoClient}. The class is the name's words in Pascal case, less
 * {@code API} and {@code Collection}; the package segment is that name in lower-case Latin letters
 * and digits (accents dropped: {@code Café} → {@code cafe}), repaired as the JLS advises
 * ({@code class_}, {@code int_}, {@code _123}). Where the client's package would then hold a type
 * named like one of java.lang ({@code ClassNotFoundException} for {@code Class},
 * {@code RuntimeException} for {@code Runtime}), the class name takes {@code Api}:
 * {@code dev.pendokit.class_.ClassApiClient}. Where the name gives nothing to use, the fallback is
 * {@code dev.pendokit.api.ApiClient}, and a diagnostic says which option sets the name instead.
 */
public final class DefaultOptions {

    /** The options, and the diagnostics about the collection's name they were derived from. */
    public record Derived(GeneratorOptions options, List<Diagnostic> diagnostics) {}

    static final String BASE_PACKAGE = "dev.pendokit";
    private static final String FALLBACK = "Api";
    private static final Location NAME = new Location("", "/info/name");
    /** Every type the client's package holds, after the stem ({@code PendoClient}, {@code PendoNotFoundException}). */
    private static final List<String> ROOT_SUFFIXES = rootSuffixes();

    private DefaultOptions() {}

    public static Derived of(String collectionName) {
        String stem = JavaIdentifiers.pascal(collectionName.replaceAll("(?i)\\b(api|collection)\\b", " "), FALLBACK);
        String segment = ReservedNames.packageSegment(latin(stem));
        if (shadowsJavaLang(stem)) {
            stem = stem + FALLBACK; // IllegalState would give IllegalStateException, Class ClassNotFoundException
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!JavaIdentifiers.hasWords(collectionName)) {
            segment = latin(FALLBACK);
            diagnostics.add(Diagnostic.warning(NAME, (collectionName.isBlank() ? "the collection has no name"
                    : "the collection's name \"" + collectionName + "\" has no letters or digits")
                    + " to name the client after, so it is " + BASE_PACKAGE + "." + segment + "." + stem + "Client",
                    "Set the package with pendokit.packageName and the class with pendokit.clientName"
                            + " (GeneratorOptions.packageName and clientName)"));
        } else if (segment.isEmpty()) {
            segment = latin(FALLBACK);
            diagnostics.add(Diagnostic.warning(NAME, "the collection's name \"" + collectionName + "\" has no Latin"
                    + " letters or digits to make a package name of, so the client's package is " + BASE_PACKAGE + "."
                    + segment, "Set the package with pendokit.packageName (GeneratorOptions.packageName)"));
        }
        return new Derived(new GeneratorOptions(BASE_PACKAGE + "." + segment, stem + "Client"), diagnostics);
    }

    /** Lower-case Latin letters and digits of {@code name}, accents dropped: {@code Café} → {@code cafe}. */
    private static String latin(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }

    /**
     * Whether a type of the client's package would take a name of java.lang, which generated code
     * uses without imports: checked for every status, so a newly documented one renames nothing.
     */
    static boolean shadowsJavaLang(String stem) {
        return ROOT_SUFFIXES.stream().anyMatch(suffix -> ReservedNames.isTakenType(stem + suffix));
    }

    private static List<String> rootSuffixes() {
        List<String> suffixes = new ArrayList<>(List.of("Client", "Exception", "ClientErrorException",
                "ServerErrorException", "TransportException", "Errors"));
        for (int status = 400; status < 600; status++) {
            String phrase = StatusPhrases.of(status).replaceAll("[^A-Za-z]", "");
            if (!phrase.isEmpty()) {
                suffixes.add(phrase + "Exception");
            }
        }
        return List.copyOf(suffixes);
    }
}
