package dev.pendokit.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The secrets a client authenticates with, by the name of the collection variable that stands
 * for each ({@code integrationKey}, {@code trackEventSecret}). Nothing here ever prints a value.
 */
public final class Credentials {

    private final Map<String, String> secrets;

    private Credentials(Map<String, String> secrets) {
        this.secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
    }

    /**
     * The credentials a client is built with. A null or empty value counts as not set, so the call
     * that needs it fails naming the credential instead of sending an empty key.
     *
     * @param secrets each value by the credential's name ({@code integrationKey}); copied
     * @return the credentials that have a value
     * @throws NullPointerException if a name that has a value is null
     */
    public static Credentials of(Map<String, String> secrets) {
        Map<String, String> set = new LinkedHashMap<>();
        secrets.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                set.put(Objects.requireNonNull(name, "name"), value);
            }
        });
        return new Credentials(set);
    }

    boolean has(String name) {
        return secrets.containsKey(name);
    }

    String get(String name) {
        return secrets.get(name);
    }

    /** Every value, for masking them where a server sends them back. */
    Collection<String> values() {
        return secrets.values();
    }

    /** Which credentials are set, never their values. */
    @Override
    public String toString() {
        return "Credentials" + secrets.keySet();
    }
}
