package dev.pendokit.runtime;

import java.util.Objects;

/**
 * How a call authenticates: which of the client's credentials it sends, and where. It names
 * credentials, never their values, which only {@link Credentials} holds. The client gives the
 * {@link Transport} the one most operations use, so a {@link Call} names its own only where it
 * differs (another key, or none).
 */
public final class Authentication {

    /** Sends no credential. */
    public static final Authentication NONE = new Authentication(null, null, null, Call.KeyIn.HEADER);

    final String credential;
    final String password;
    final String name;
    final Call.KeyIn in;

    private Authentication(String credential, String password, String name, Call.KeyIn in) {
        this.credential = credential;
        this.password = password;
        this.name = name;
        this.in = in;
    }

    /**
     * A key in a header or query parameter.
     *
     * @param credential the credential's name in the client ({@code integrationKey}), never its value
     * @param name the header or query parameter that carries it ({@code x-pendo-integration-key})
     * @param in {@link Call.KeyIn#HEADER} or {@link Call.KeyIn#QUERY}
     * @return the authentication
     * @throws IllegalArgumentException if {@code in} is BEARER or BASIC, which have factories of their own
     */
    public static Authentication apiKey(String credential, String name, Call.KeyIn in) {
        if (in == Call.KeyIn.BEARER || in == Call.KeyIn.BASIC) {
            throw new IllegalArgumentException("an API key travels in a header or the query; use bearer(...) or basic(...)");
        }
        return new Authentication(Objects.requireNonNull(credential, "credential"), null,
                Objects.requireNonNull(name, "name"), in);
    }

    /**
     * {@code Authorization: Bearer <credential>}.
     *
     * @param credential the credential's name in the client, never its value
     * @return the authentication
     */
    public static Authentication bearer(String credential) {
        return new Authentication(Objects.requireNonNull(credential, "credential"), null, "Authorization",
                Call.KeyIn.BEARER);
    }

    /**
     * {@code Authorization: Basic base64(<username>:<password>)}.
     *
     * @param username the name of the credential that holds the user name, never its value
     * @param password the name of the credential that holds the password, never its value
     * @return the authentication
     */
    public static Authentication basic(String username, String password) {
        return new Authentication(Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(password, "password"), "Authorization", Call.KeyIn.BASIC);
    }

    /** Names the credentials and where they go; never a value (this object holds none). */
    @Override
    public String toString() {
        if (credential == null) {
            return "Authentication[none]";
        }
        return "Authentication[" + in + (in == Call.KeyIn.BASIC ? " " + credential + ":" + password
                : " " + credential + (in == Call.KeyIn.BEARER ? "" : " as " + name)) + "]";
    }
}
