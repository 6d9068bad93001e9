package dev.pendokit.drift.accept;

import java.util.regex.Pattern;

/**
 * A pattern of an accept entry: {@code *} stands for any text (a slash, a colon or a space
 * included), everything else for itself. {@code Guides/*} matches every request of the folder.
 */
final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text) {
        this.text = text;
        StringBuilder regex = new StringBuilder();
        String[] parts = text.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    static Glob of(String text) {
        return new Glob(text);
    }

    boolean matches(String value) {
        return pattern.matcher(value).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
