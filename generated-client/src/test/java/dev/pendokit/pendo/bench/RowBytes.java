package dev.pendokit.pendo.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of an aggregation answer with {@code rows} rows of about 500 bytes, made as they are
 * read from 1,000 precomputed rows: the source costs next to nothing, so what is measured is the
 * reading, and no side ever holds the whole answer.
 */
final class RowBytes extends InputStream {

    static final int DISTINCT = 1000;
    private static final byte[] HEAD = "{\"startTime\":1693540800000,\"results\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = "],\"endTime\":1693627200000}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] ROWS = new byte[DISTINCT][];

    static {
        for (int i = 0; i < DISTINCT; i++) {
            ROWS[i] = row(i);
        }
    }

    private final long rows;
    private long next;
    private byte[] current = HEAD;
    private int offset;
    private boolean done;

    RowBytes(long rows) {
        this.rows = rows;
    }

    /** The {@code firstvisit} of row {@code i}, for checksums. */
    static long firstvisit(long i) {
        return 1600000000000L + i % DISTINCT;
    }

    static int averageRowSize() {
        long total = 0;
        for (byte[] row : ROWS) {
            total += row.length + 1;
        }
        return (int) (total / DISTINCT);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int from, int length) {
        int copied = 0;
        while (copied < length) {
            if (offset == current.length && !advance()) {
                return copied == 0 ? -1 : copied;
            }
            int n = Math.min(length - copied, current.length - offset);
            System.arraycopy(current, offset, buffer, from + copied, n);
            offset += n;
            copied += n;
        }
        return copied;
    }

    private boolean advance() {
        if (done) {
            return false;
        }
        offset = 0;
        if (next < rows) {
            current = next == 0 ? ROWS[0] : withComma(next);
            next++;
        } else {
            current = TAIL;
            done = true;
        }
        return true;
    }

    private static final byte[][] WITH_COMMA = new byte[DISTINCT][];

    private static byte[] withComma(long i) {
        int k = (int) (i % DISTINCT);
        byte[] cached = WITH_COMMA[k];
        if (cached == null) {
            cached = new byte[ROWS[k].length + 1];
            cached[0] = ',';
            System.arraycopy(ROWS[k], 0, cached, 1, ROWS[k].length);
            WITH_COMMA[k] = cached;
        }
        return cached;
    }

    private static byte[] row(int i) {
        String id = String.format("visitor-%08d", i);
        return ("{\"id\":\"" + id + "\",\"metadata\":{\"auto\":{\"accountId\":\"account-" + (i % 500)
                + "\",\"accountIds\":[\"account-" + (i % 500) + "\",\"account-" + (i % 700) + "\"],"
                + "\"firstvisit\":" + firstvisit(i) + ",\"idhash\":" + (i * 2654435761L % 4294967296L)
                + ",\"lastbrowsername\":\"Chrome\",\"lastbrowserversion\":\"120.0.6099.109\","
                + "\"lastoperatingsystem\":\"Mac OS X\",\"lastservername\":\"app.example.com\","
                + "\"lastupdated\":" + (1690000000000L + i) + ",\"lastvisit\":" + (1693000000000L + i) + "},"
                + "\"agent\":{\"email\":\"" + id + "@example.com\",\"role\":\"" + (i % 3 == 0 ? "admin" : "member")
                + "\",\"plan\":\"enterprise\",\"seats\":" + (i % 250) + ",\"trial\":false},"
                + "\"custom\":{\"segment\":\"northwest-region-customers\",\"score\":" + (i % 100) + ".5}}}")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
