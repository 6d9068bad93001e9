package dev.pendokit.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The start of a body as it is quoted in messages: UTF-8, secrets masked, whitespace collapsed
 * to single spaces, control characters replaced, and cut with an ellipsis.
 */
final class BodyExcerpt {

    /** Error bodies say what went wrong, often at length: quoted up to here. */
    static final int ERROR_CHARS = 500;

    /**
     * A body that did not decode is quoted shorter: the message also says where it failed and what
     * to check, and its first characters already tell HTML, a proxy's page or JSON apart.
     */
    static final int DECODE_CHARS = 200;

    private BodyExcerpt() {}

    /**
     * The excerpt of a body's first bytes.
     *
     * @param start the bytes read from the start of the body
     * @param cut whether the body went on past {@code start}
     * @param maxChars the longest excerpt, an ellipsis aside
     * @param mask hides the client's secrets; applied before the cut, so a cut cannot split a secret out of sight of it
     * @return the excerpt; "" for an empty body
     */
    static String of(byte[] start, boolean cut, int maxChars, SecretMask mask) {
        String text = new String(start, StandardCharsets.UTF_8);
        text = cut ? mask.maskCut(text) : mask.mask(text);
        text = text.replaceAll("\\s+", " ").strip().replaceAll("\\p{Cntrl}", "\uFFFD");
        return text.length() > maxChars ? text.substring(0, maxChars) + "…" : text;
    }
}
