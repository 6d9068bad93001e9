package dev.pendokit.collection.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns collection text into Java identifiers: splits it into words (at punctuation, spaces and
 * camelCase boundaries), joins them in camel or Pascal case, and repairs what Java forbids
 * (reserved words, a leading digit, an empty result) and what file systems forbid (a name longer
 * than {@link ShortNames#MAX_BYTES} is cut, with a hash). Unicode letters are kept: they are valid Java.
 * {@link ReservedNames} adds the names the generated code keeps for itself.
 */
public final class JavaIdentifiers {

    /**
     * Keywords, literals ({@code true}, {@code false}, {@code null}) and restricted or contextual
     * identifiers that Java 17 refuses somewhere a generated name goes ({@code var}, {@code yield},
     * {@code record}, {@code sealed}, {@code permits}, {@code _}), plus Object's methods (a field
     * named hashCode breaks a record).
     */
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_",
            "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private JavaIdentifiers() {}

    /** {@code "Get Visitor by ID"} → {@code getVisitorById}. */
    public static String camel(String text, String fallback) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return fallback;
        }
        StringBuilder out = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.size(); i++) {
            out.append(capitalize(words.get(i)));
        }
        return repair(out.toString());
    }

    /** {@code "The page object"} → {@code ThePageObject}. */
    public static String pascal(String text, String fallback) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return fallback;
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(capitalize(word));
        }
        return repair(out.toString());
    }

    /** Whether {@code name} can be used as is for a Java method, field or type. */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || RESERVED.contains(name)) {
            return false;
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    /** Whether {@code text} has a letter or digit to make a name of. */
    public static boolean hasWords(String text) {
        return !words(text).isEmpty();
    }

    /** Whether {@code name} is a keyword, a literal, a restricted identifier or a method of Object. */
    static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /**
     * The words of {@code text}: runs of letters and digits, split further where a lower-case
     * letter or digit meets an upper-case one ({@code accountIds} → account, Ids) and before the
     * last capital of an acronym ({@code HTTPServer} → HTTP, Server), except before the plural
     * {@code s} of an acronym ({@code IDs} stays one word and becomes {@code Ids}).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c == '\'' || c == '\u2019') {
                continue; // "customer's" is one word, not "customer" and "s"
            }
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0) {
                int prev = word.codePointBefore(word.length());
                int next = i + Character.charCount(c);
                boolean lowerToUpper = (Character.isLowerCase(prev) || Character.isDigit(prev)) && Character.isUpperCase(c);
                boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c)
                        && next < text.length() && Character.isLowerCase(text.codePointAt(next))
                        && !isAcronymPlural(text, next);
                if (lowerToUpper || acronymEnd) {
                    flush(word, words);
                }
            }
            word.appendCodePoint(c);
        }
        flush(word, words);
        return words;
    }

    /** Whether the character at {@code i} is a lone {@code s} ending a word ({@code IDs}, {@code URLs}). */
    private static boolean isAcronymPlural(String text, int i) {
        return text.charAt(i) == 's' && (i + 1 == text.length() || !Character.isLowerCase(text.codePointAt(i + 1)));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** {@code ID} → {@code Id}, {@code visitor} → {@code Visitor}: acronyms read as words. */
    private static String capitalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int first = lower.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(lower.substring(Character.charCount(first))).toString();
    }

    private static String repair(String name) {
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "_" + name;
        }
        if (RESERVED.contains(name)) {
            name = name + "_";
        }
        return ShortNames.fit(name);
    }
}
