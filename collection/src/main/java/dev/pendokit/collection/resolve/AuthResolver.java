package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.postman.PostmanAuth;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Works out which auth applies to a request: its own, else the nearest folder's, else the
 * collection's ({@code inherit} passes the question up). Credentials are kept only as the names
 * of the variables that hold them.
 */
final class AuthResolver {

    private final LiteralSecrets literalSecrets;
    /** Auths already warned about: the collection's own is inherited by every request. */
    private final Set<PostmanAuth> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    AuthResolver(Diagnostics diagnostics) {
        this.literalSecrets = new LiteralSecrets(diagnostics);
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
        if (variable.isEmpty() && !attribute.equals("username") && checked.add(auth)) {
            literalSecrets.check("the " + auth.type() + " auth's " + attribute, value, where);
        }
        return variable;
    }
}
