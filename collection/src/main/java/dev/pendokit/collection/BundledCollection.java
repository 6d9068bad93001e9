package dev.pendokit.collection;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;

/**
 * The Pendo API Postman collection that ships in this jar: the source of truth every pendokit
 * stage starts from when the user names no collection of their own.
 */
public final class BundledCollection {

    /** Classpath location of the bundled collection (schema v2.1.0). */
    public static final String RESOURCE = "pendo-api.postman_collection.json";

    private BundledCollection() {}

    /** Opens the bundled collection; the caller closes the stream. */
    public static InputStream open() {
        InputStream in = BundledCollection.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException(
                    RESOURCE + " is missing from the classpath: the pendokit-collection jar is incomplete"));
        }
        return in;
    }
}
