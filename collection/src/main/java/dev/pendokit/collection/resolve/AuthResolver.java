package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.postman.PostmanAuth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out which auth applies to a request: its own, else the nearest folder's, else the
 * collection's ({@code inherit} passes the question up). Credentials are kept only as the names
 * of the variables that hold them.
 */
final class AuthResolver {

    private final Diagnostics diagnostics;

    AuthResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** {@code chain} runs from the request outwards to the collection. */
    AuthScheme effective(List<Optional<PostmanAuth>> chain, Location where) {
        for (Optional<PostmanAuth> auth : chain) {
            if (auth.isPresent() && !auth.get().type().equalsIgnoreCase("inherit")) {
                return scheme(auth.get(), where);
            }
        }
        return new AuthScheme.None();
    }

    private AuthScheme scheme(PostmanAuth auth, Location where) {
        return switch (auth.type().toLowerCase(Locale.ROOT)) {
            case "apikey" -> new AuthScheme.ApiKey(
                    auth.attribute("key").isEmpty() ? "x-api-key" : auth.attribute("key"),
                    auth.attribute("in").equalsIgnoreCase("query") ? AuthScheme.In.QUERY : AuthScheme.In.HEADER,
                    variable(auth, "value", where));
            case "bearer" -> new AuthScheme.Bearer(variable(auth, "token", where));
            case "basic" -> new AuthScheme.Basic(variable(auth, "username", where), variable(auth, "password", where));
            case "noauth" -> new AuthScheme.None();
            default -> new AuthScheme.Other(auth.type());
        };
    }

    /** The variable an auth attribute refers to; a literal credential is dropped with a warning. */
    private String variable(PostmanAuth auth, String attribute, Location where) {
        String value = auth.attribute(attribute);
        String variable = Variables.soleReference(value);
        if (variable.isEmpty() && !value.isEmpty() && !attribute.equals("username")) {
            diagnostics.warning(where, "the " + auth.type() + " auth's " + attribute + " is written into the"
                            + " collection as a literal value; pendokit does not carry it into generated code, stubs"
                            + " or reports",
                    "Replace it with a {{variable}} and set the value outside the collection");
        }
        return variable;
    }
}
