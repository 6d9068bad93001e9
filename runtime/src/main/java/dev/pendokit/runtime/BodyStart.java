package dev.pendokit.runtime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An answer's body that keeps its first bytes as the reader reads them, so a body that does not
 * decode can be quoted after the parser has consumed it. Only what the reader read is kept: nothing
 * more is read for the quote, since the rest of a body may never come.
 */
final class BodyStart extends FilterInputStream {

    /** Enough for an excerpt of {@link BodyExcerpt#DECODE_CHARS} characters even where whitespace is collapsed. */
    static final int KEPT_BYTES = 2048;

    private byte[] kept = new byte[0];
    private boolean more;

    BodyStart(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            keep(buffer, offset, n);
        }
        return n;
    }

    private void keep(byte[] buffer, int offset, int length) {
        int room = KEPT_BYTES - kept.length;
        if (room <= 0) {
            more = true;
            return;
        }
        int taken = Math.min(room, length);
        // Grown to what was read, not to KEPT_BYTES at once: most answers are read whole and never quoted.
        int start = kept.length;
        kept = Arrays.copyOf(kept, start + taken);
        System.arraycopy(buffer, offset, kept, start, taken);
        more |= taken < length;
    }

    /**
     * The start of the body read so far, for a message.
     *
     * @param maxChars the longest excerpt, an ellipsis aside
     * @param mask hides the client's secrets
     * @return the excerpt, on one line; "" when nothing was read
     */
    String excerpt(int maxChars, SecretMask mask) {
        return BodyExcerpt.of(kept, more, maxChars, mask);
    }
}
