package dev.pendokit.collection.resolve;

import dev.pendokit.collection.Secrets;
import dev.pendokit.collection.model.Location;

/**
 * Credentials typed into a collection where a {@code {{variable}}} belongs. Public repositories
 * hold collections with real keys committed this way; the value is dropped from the model (so no
 * generated code, stub, report or log can repeat it) and the warning names the place, never the
 * value.
 */
final class LiteralSecrets {

    private final Diagnostics diagnostics;

    LiteralSecrets(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Warns when {@code value} is a literal credential: {@code what} ("the header X-Api-Key")
     * names something that holds one and the value is neither empty nor a placeholder.
     */
    void check(String what, String value, Location where) {
        if (isLiteral(value)) {
            diagnostics.warning(where, what + " is written into the collection as a literal value; pendokit does"
                            + " not carry it into generated code, stubs or reports",
                    "Replace it with a {{variable}} and set the value outside the collection");
        }
    }

    /** Not empty, and no placeholder: not {@code {{key}}}, {@code Bearer {{token}}} nor {@code <your key>}. */
    private static boolean isLiteral(String value) {
        return value != null && !value.isBlank() && value.indexOf("{{") < 0 && !Secrets.isPlaceholder(value.strip());
    }
}
