package dev.pendokit.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Streaming the rows of an aggregation answer. */
@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class RowStreamTest {

    record Row(String visitorId, long day, int count) {}

    private static final ObjectMapper MAPPER = Fixtures.MAPPER;

    /** An InputStream that notes how much was read and whether it was closed. */
    static class Tracked extends InputStream {
        private final InputStream in;
        long bytesRead;
        boolean closed;

        Tracked(InputStream in) {
            this.in = in;
        }

        Tracked(String json) {
            this(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            in.close();
        }
    }

    private static <T> RowStream<T> open(InputStream in, Class<T> type) throws IOException {
        return RowStream.open(MAPPER, in, MAPPER.constructType(type));
    }

    private static <T> List<T> all(RowStream<T> rows) {
        List<T> out = new ArrayList<>();
        rows.forEach(out::add);
        return out;
    }

    @Test
    void readsTheRowsOfResultsWhereverItIsAndSkipsTheOtherFields() throws IOException {
        Tracked in = new Tracked("{\"startTime\": 1, \"other\": {\"results\": [{\"visitorId\": \"decoy\"}], \"n\": [1, [2]]},"
                + " \"label\": \"results\", \"results\": [{\"visitorId\": \"v1\", \"day\": 10, \"count\": 3, \"extra\": {\"a\": [1]}},"
                + " {\"visitorId\": \"v2\", \"day\": 11, \"count\": 4}], \"other2\": {\"x\": 1}, \"endTime\": 2}");

        try (RowStream<Row> rows = open(in, Row.class)) {
            assertThat(all(rows)).containsExactly(new Row("v1", 10, 3), new Row("v2", 11, 4));
        }
        assertThat(in.closed).isTrue();
    }

    @Test
    void rowsCanBeTreesOrScalars() throws IOException {
        try (RowStream<JsonNode> rows = open(new Tracked("{\"results\": [{\"a\": [1]}, 2, \"three\", null, [4]]}"),
                JsonNode.class)) {
            List<JsonNode> list = all(rows);
            assertThat(list).hasSize(5);
            assertThat(list.get(0).at("/a/0").intValue()).isEqualTo(1);
            assertThat(list.get(1).intValue()).isEqualTo(2);
            assertThat(list.get(2).textValue()).isEqualTo("three");
            assertThat(list.get(4).get(0).intValue()).isEqualTo(4);
        }
        try (RowStream<Integer> rows = open(new Tracked("{\"results\": [1, 2, 3]}"), Integer.class)) {
            assertThat(rows).containsExactly(1, 2, 3);
        }
    }

    @Test
    void emptyResultsHaveNoRows() throws IOException {
        try (RowStream<Row> rows = open(new Tracked("{\"startTime\": 1, \"results\": [], \"other\": {}}"), Row.class)) {
            assertThat(rows.iterator().hasNext()).isFalse();
        }
    }

    @Test
    void missingResultsHaveNoRows() throws IOException {
        try (RowStream<Row> rows = open(new Tracked("{\"startTime\": 1, \"other\": {\"results\": [{\"count\": 1}]}}"),
                Row.class)) {
            assertThat(all(rows)).isEmpty();
        }
        try (RowStream<Row> rows = open(new Tracked("{}"), Row.class)) {
            assertThat(all(rows)).isEmpty();
        }
    }

    @Test
    void resultsThatAreNotAnArrayHaveNoRows() throws IOException {
        try (RowStream<Row> rows = open(new Tracked("{\"results\": null, \"x\": 1}"), Row.class)) {
            assertThat(all(rows)).isEmpty();
        }
        try (RowStream<Row> rows = open(new Tracked("{\"results\": {\"count\": 1}}"), Row.class)) {
            assertThat(all(rows)).isEmpty();
        }
    }

    @Test
    void anAnswerThatIsNotAnObjectIsAnIOExceptionAndClosesTheInput() {
        Tracked array = new Tracked("[{\"count\": 1}]");
        Tracked text = new Tracked("\"results\"");

        assertThat(catchThrowableOfType(JsonParseException.class, () -> open(array, Row.class)).getOriginalMessage())
                .isEqualTo("an aggregation answers a JSON object with \"results\", but this answer starts with START_ARRAY");
        assertThat(catchThrowableOfType(JsonParseException.class, () -> open(text, Row.class)).getOriginalMessage())
                .isEqualTo("an aggregation answers a JSON object with \"results\", but this answer starts with VALUE_STRING");
        assertThat(array.closed).isTrue();
        assertThat(text.closed).isTrue();
    }

    @Test
    void anAnswerThatIsNotJsonIsAnIOExceptionAndClosesTheInput() {
        Tracked html = new Tracked("<html>Service unavailable</html>");

        assertThat(catchThrowableOfType(IOException.class, () -> open(html, Row.class)))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        assertThat(html.closed).isTrue();
    }

    @Test
    void aTruncatedAnswerFailsOnTheRowItCuts() throws IOException {
        try (RowStream<Row> rows = open(new Tracked("{\"results\": [{\"visitorId\": \"v1\"}, {\"visitorId\": \"v"),
                Row.class)) {
            Iterator<Row> it = rows.iterator();
            assertThat(it.next()).isEqualTo(new Row("v1", 0, 0));
            assertThat(it.hasNext()).isTrue();
            assertThatThrownBy(it::next).isExactlyInstanceOf(UncheckedIOException.class)
                    .hasMessage("reading the rows failed after delivering 1 row")
                    .hasRootCauseInstanceOf(com.fasterxml.jackson.core.io.JsonEOFException.class);
        }
    }

    @Test
    void hasNextCanBeAskedRepeatedlyAndNextPastTheEndFails() throws IOException {
        try (RowStream<Integer> rows = open(new Tracked("{\"results\": [7, 8]}"), Integer.class)) {
            Iterator<Integer> it = rows.iterator();
            assertThat(it.hasNext()).isTrue();
            assertThat(it.hasNext()).isTrue();
            assertThat(it.next()).isEqualTo(7);
            assertThat(it.next()).isEqualTo(8);
            assertThat(it.hasNext()).isFalse();
            assertThat(it.hasNext()).isFalse();
            assertThatThrownBy(it::next).isExactlyInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void theRowsCanBeReadOnlyOnce() throws IOException {
        String json = "{\"results\": [1, 2]}";
        try (RowStream<Integer> rows = open(new Tracked(json), Integer.class)) {
            assertThat(rows).containsExactly(1, 2);
            assertThatThrownBy(rows::iterator).isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows of an aggregation can be read only once");
            assertThatThrownBy(() -> rows.forEach(row -> { })).isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows of an aggregation can be read only once");
            assertThatThrownBy(rows::stream).isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows of an aggregation can be read only once");
        }
        try (RowStream<Integer> rows = open(new Tracked(json), Integer.class)) {
            rows.iterator();
            assertThatThrownBy(rows::iterator).isExactlyInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows of an aggregation can be read only once");
        }
    }

    @Test
    void closingTheStreamClosesTheInput() throws IOException {
        Tracked in = new Tracked("{\"results\": [{\"count\": 1}, {\"count\": 2}, {\"count\": 3}], \"tail\": 0}");
        RowStream<Row> rows = open(in, Row.class);

        try (Stream<Row> stream = rows.stream()) {
            assertThat(stream.mapToInt(Row::count).sum()).isEqualTo(6);
            assertThat(in.closed).isFalse();
        }

        assertThat(in.closed).isTrue();
    }

    @Test
    void closingAPartlyReadStreamClosesTheInput() throws IOException {
        Tracked in = new Tracked("{\"results\": [1, 2, 3, 4]}");
        RowStream<Integer> rows = open(in, Integer.class);

        try (Stream<Integer> stream = rows.stream()) {
            assertThat(stream.limit(2)).containsExactly(1, 2);
        }

        assertThat(in.closed).isTrue();
    }

    @Test
    void closingTheRowStreamClosesTheInput() throws IOException {
        Tracked in = new Tracked("{\"results\": [1]}");
        RowStream<Integer> rows = open(in, Integer.class);

        rows.close();

        assertThat(in.closed).isTrue();
    }

    // ---- a large answer ---------------------------------------------------------------------------------------

    static final int LARGE_ROWS = 200_000;

    /**
     * An aggregation answer of {@code rows} rows, made as it is read: nothing holds the whole
     * answer. Row i is {@code {"visitorId":"visitor-<i>","day":<i>,"count":<i % 7>,"pad":"..."}}.
     */
    static final class GeneratedAnswer extends Tracked {
        GeneratedAnswer(int rows) {
            super(new InputStream() {
                private static final String PAD = "p".repeat(100);
                private byte[] chunk = "{\"startTime\":1,\"other\":{\"results\":[{\"count\":1000}]},\"results\":["
                        .getBytes(StandardCharsets.UTF_8);
                private int position;
                private int next;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (length == 0) {
                        return 0;
                    }
                    while (chunk != null && position == chunk.length) {
                        chunk = refill();
                        position = 0;
                    }
                    if (chunk == null) {
                        return -1;
                    }
                    int n = Math.min(length, chunk.length - position);
                    System.arraycopy(chunk, position, buffer, offset, n);
                    position += n;
                    return n;
                }

                private byte[] refill() {
                    if (next > rows) {
                        return null;
                    }
                    if (next == rows) {
                        next++;
                        return "],\"endTime\":2,\"trailer\":{\"results\":[1,2]}}".getBytes(StandardCharsets.UTF_8);
                    }
                    StringBuilder some = new StringBuilder();
                    for (int end = Math.min(rows, next + 100); next < end; next++) {
                        some.append(next == 0 ? "" : ",").append("{\"visitorId\":\"visitor-").append(next)
                                .append("\",\"day\":").append(next).append(",\"count\":").append(next % 7)
                                .append(",\"pad\":\"").append(PAD).append("\"}");
                    }
                    return some.toString().getBytes(StandardCharsets.UTF_8);
                }
            });
        }
    }

    static long expectedCountSum(int rows) {
        long sum = 0;
        for (int i = 0; i < rows; i++) {
            sum += i % 7;
        }
        return sum;
    }

    @Test
    void aLargeAnswerIsReadRowByRow() throws IOException {
        GeneratedAnswer in = new GeneratedAnswer(LARGE_ROWS);
        long rowsSeen = 0;
        long countSum = 0;
        long readAfterFirstRow = -1;
        long outOfOrder = 0;
        Row last = null;

        try (RowStream<Row> rows = open(in, Row.class)) {
            for (Row row : rows) {
                if (rowsSeen == 0) {
                    readAfterFirstRow = in.bytesRead;
                }
                if (row.day() != rowsSeen) {
                    outOfOrder++;
                }
                rowsSeen++;
                countSum += row.count();
                last = row;
            }
        }

        assertThat(rowsSeen).isEqualTo(LARGE_ROWS);
        assertThat(outOfOrder).isZero();
        assertThat(countSum).isEqualTo(expectedCountSum(LARGE_ROWS));
        assertThat(last).isEqualTo(new Row("visitor-" + (LARGE_ROWS - 1), LARGE_ROWS - 1, (LARGE_ROWS - 1) % 7));
        assertThat(in.bytesRead).isGreaterThan(30_000_000L);
        // The first row came after reading one parser buffer, not the answer.
        assertThat(readAfterFirstRow).isPositive().isLessThan(64 * 1024L);
        assertThat(in.closed).isTrue();
    }

    /** Reads a large generated answer; run in a JVM whose heap is far smaller than the answer. */
    public static final class LargeAnswerInSmallHeap {
        public static void main(String[] args) throws IOException {
            int count = Integer.parseInt(args[0]);
            ObjectMapper mapper = JsonMapper.builder()
                    .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            JavaType type = mapper.constructType(Row.class);
            GeneratedAnswer in = new GeneratedAnswer(count);
            long rows = 0;
            long sum = 0;
            try (RowStream<Row> stream = RowStream.open(mapper, in, type); Stream<Row> all = stream.stream()) {
                for (Iterator<Row> it = all.iterator(); it.hasNext(); rows++) {
                    sum += it.next().count();
                }
            }
            System.out.println("rows=" + rows + " sum=" + sum + " bytes=" + in.bytesRead + " maxHeap="
                    + Runtime.getRuntime().maxMemory());
        }
    }

    @Test
    void aLargeAnswerNeedsNoLargeHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx24m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LargeAnswerInSmallHeap.class.getName(), String.valueOf(LARGE_ROWS))
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(20, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(finished).as("finished in time; output: %s", output).isTrue();
        assertThat(process.exitValue()).as("exit value; output: %s", output).isZero();
        assertThat(output).startsWith("rows=" + LARGE_ROWS + " sum=" + expectedCountSum(LARGE_ROWS) + " bytes=");
        long bytes = Long.parseLong(output.replaceAll(".* bytes=(\\d+) .*", "$1"));
        long maxHeap = Long.parseLong(output.replaceAll(".* maxHeap=(\\d+)$", "$1"));
        assertThat(maxHeap).isLessThanOrEqualTo(24L << 20);
        // The answer is larger than the whole heap: it cannot have been held.
        assertThat(bytes).isGreaterThan(maxHeap);
    }
}
