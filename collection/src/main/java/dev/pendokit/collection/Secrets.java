package dev.pendokit.collection;

import java.util.regex.Pattern;

/** Keeps credentials out of {@code toString()}, logs and messages. */
public final class Secrets {

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(key|secret|token|password|passwd|credential|authorization|signature).*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]+}}|<[^<>]+>|");

    private Secrets() {}

    /** Whether a header, variable or field of this name is likely to hold a credential. */
    public static boolean looksSecret(String name) {
        return name != null && SECRET_NAME.matcher(name).matches();
    }

    /** The value, or {@code ****} when the name looks secret and the value is not a placeholder. */
    public static String redactIfSecret(String name, String value) {
        if (looksSecret(name) && value != null && !PLACEHOLDER.matcher(value).matches()) {
            return "****";
        }
        return value;
    }
}
