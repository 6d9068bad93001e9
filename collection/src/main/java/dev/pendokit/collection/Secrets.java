package dev.pendokit.collection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keeps credentials out of {@code toString()}, logs and messages. */
public final class Secrets {

    private static final List<String> SECRET_WORDS = List.of(
            "key", "secret", "token", "password", "passwd", "credential", "authorization", "signature");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]+}}|<[^<>]+>|");

    private Secrets() {}

    /** Whether a header, variable or field of this name is likely to hold a credential. */
    public static boolean looksSecret(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code value} stands for a credential rather than being one: empty, {@code {{key}}} or {@code <your key>}. */
    public static boolean isPlaceholder(String value) {
        return value == null || PLACEHOLDER.matcher(value).matches();
    }

    /** The value, or {@code ****} when the name looks secret and the value is not a placeholder. */
    public static String redactIfSecret(String name, String value) {
        if (looksSecret(name) && !isPlaceholder(value)) {
            return "****";
        }
        return value;
    }
}
