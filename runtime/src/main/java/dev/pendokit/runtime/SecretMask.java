package dev.pendokit.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Hides the client's secrets in what a server sent back (error bodies, the start of a body that
 * did not decode, the text of an I/O error), before any of it goes into an exception. This is the
 * one place the rule is decided:
 * <ul>
 *   <li>A secret is replaced by {@link #MASK} only where it occurs whole: a part of a secret is
 *       left as it is, except at the very end of a text cut short, where the rest of it may have
 *       followed ({@link #maskCut}).</li>
 *   <li>A secret of {@value #ANYWHERE} characters or more is masked wherever it occurs, even
 *       inside a longer word: a key that long is not ordinary text, and a key glued to other
 *       characters is still a key.</li>
 *   <li>A shorter secret is masked only where it stands as a token of its own, neither preceded
 *       nor followed by a letter, digit, {@code -} or {@code _}: a key {@code test} is masked in
 *       {@code "key": "test"} and {@code key=test&}, but {@code latest}, {@code test-run} and
 *       {@code testing} are left whole, so a short key that is a common word does not garble
 *       the text around it.</li>
 * </ul>
 * Longer secrets are masked first, so a secret inside another is hidden with it. Live drift
 * masks its reports with the same rule.
 */
public final class SecretMask {

    /** What stands in for a secret; the mock server masks keys the same way. */
    public static final String MASK = "****";

    /** The length from which a secret is masked wherever it occurs, not only as a token. */
    static final int ANYWHERE = 8;

    /** The shortest end of a cut text taken for the start of a long secret; shorter ends say too little to hide. */
    private static final int SHORTEST_CUT_PREFIX = 4;

    static final SecretMask NONE = new SecretMask(List.of());

    private final List<String> secrets;

    private SecretMask(List<String> secrets) {
        this.secrets = secrets;
    }

    /**
     * The mask for these secrets.
     *
     * @param secrets the values to hide; empty ones are ignored
     * @return the mask
     */
    public static SecretMask of(Collection<String> secrets) {
        List<String> sorted = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty() && !sorted.contains(secret)) {
                sorted.add(secret);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMask(List.copyOf(sorted));
    }

    /**
     * {@code text} with every whole occurrence of a secret replaced by {@link #MASK}.
     *
     * @param text any text; null gives null
     * @return the masked text
     */
    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = replace(masked, secret, secret.length() >= ANYWHERE);
        }
        return masked;
    }

    /**
     * {@link #mask} for a text that was cut short (the first bytes of a longer body): its end, when
     * it is the start of a long secret, is masked too, since the secret may go on past the cut.
     *
     * @param text the text as far as it was read
     * @return the masked text
     */
    String maskCut(String text) {
        String masked = mask(text);
        if (masked == null) {
            return null;
        }
        for (String secret : secrets) {
            if (secret.length() < ANYWHERE) {
                continue;
            }
            for (int length = Math.min(secret.length() - 1, masked.length()); length >= SHORTEST_CUT_PREFIX; length--) {
                if (masked.endsWith(secret.substring(0, length))) {
                    return masked.substring(0, masked.length() - length) + MASK;
                }
            }
        }
        return masked;
    }

    /**
     * {@code failure} itself when neither it nor its causes quote a secret; else an {@code IOException}
     * with its text masked and its stack trace, standing in for it. The JDK quotes what a server sent
     * in some messages (an invalid status line), and a server that echoes requests sends the key back.
     *
     * @param failure an I/O failure of a call
     * @return an exception whose text holds no secret
     */
    IOException scrub(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t.toString();
            if (!mask(text).equals(text)) {
                IOException clean = new IOException(mask(failure.toString()));
                clean.setStackTrace(failure.getStackTrace());
                return clean;
            }
        }
        return failure;
    }

    private static String replace(String text, String secret, boolean anywhere) {
        StringBuilder out = null;
        int from = 0;
        int at = text.indexOf(secret);
        while (at >= 0) {
            int end = at + secret.length();
            if (anywhere || (!tokenCharacterAt(text, at - 1) && !tokenCharacterAt(text, end))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, at).append(MASK);
                from = end;
                at = text.indexOf(secret, end);
            } else {
                at = text.indexOf(secret, at + 1);
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private static boolean tokenCharacterAt(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** How many secrets it hides, never which. */
    @Override
    public String toString() {
        return "SecretMask[" + secrets.size() + " secrets]";
    }
}
