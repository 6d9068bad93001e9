package dev.pendokit.mock;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body over the mock's limit with 413 before WireMock sees it. WireMock reads
 * every body whole into memory ({@code WireMockHttpServletRequestAdapter.getBody}), and inflates
 * it whole when it is gzip (by {@code Content-Encoding} or by its first two bytes), so a large
 * body, or a small gzip bomb, ran the mock out of heap. This filter runs ahead of WireMock's
 * servlet: a declared {@code Content-Length} over the limit is refused before anything is kept; a
 * body of unknown length (chunked, or HTTP/2 without a length) is kept up to one byte past the
 * limit and no further; a gzip body is inflated to count, not to keep. WireMock then reads the
 * bytes read here, so nothing is read twice from the network.
 *
 * <p>The rest of a refused body is read and dropped ({@link #DRAIN_LIMIT} at most) before the
 * answer goes out: a client that is still sending when the connection closes (HTTP/1.1) or its
 * stream is reset (HTTP/2) fails the request instead of reading the 413; the JDK's client did,
 * one request in three. A client that asked {@code Expect: 100-continue} and has not sent its
 * body is answered at once.
 *
 * <p>A multipart body is the exception: Jetty parses its parts from the connection itself, past
 * any wrapper, so it must not be read here. One whose length is declared within the limit passes
 * unread; one of unknown length gets 411, since its size could only be known by reading it.
 */
final class BodySizeLimit implements Filter {

    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;

    /** The most of a refused body read to be dropped; past it, the connection is closed on the client. */
    static final long DRAIN_LIMIT = 1024L * 1024 * 1024;

    private final long limit;

    /** @param limit the most bytes a body may have, as sent and once inflated */
    BodySizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        long declared = http.getContentLengthLong();
        if (declared > limit) {
            if (!"100-continue".equalsIgnoreCase(http.getHeader("Expect"))) {
                drain(http.getInputStream());
            }
            refuse(answer, 413, tooLarge("The request body"));
            return;
        }
        if (isMultipart(http)) {
            if (declared < 0) {
                refuse(answer, 411, "A multipart body needs a Content-Length here: the mock reads no body of unknown"
                        + " size past its limit of " + limit + " bytes, and parts cannot be counted unread");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        InputStream input = http.getInputStream();
        byte[] body = input.readNBytes((int) limit + 1);
        if (body.length > limit) {
            drain(input);
            refuse(answer, 413, tooLarge("The request body"));
            return;
        }
        if (body.length > 0 && isGzip(http, body)) {
            try {
                if (inflatedLength(body) > limit) {
                    refuse(answer, 413, tooLarge("The request body, inflated,"));
                    return;
                }
            } catch (IOException e) {
                refuse(answer, 400, "The request body is sent as gzip (by Content-Encoding or its first bytes) but"
                        + " cannot be inflated: " + e.getMessage());
                return;
            }
        }
        chain.doFilter(body.length == 0 ? request : new ReadBody(http, body), response);
    }

    private String tooLarge(String what) {
        return what + " is over the mock's limit of " + limit + " bytes; raise the limit with --max-body-size"
                + " (PendoMock.builder().maxBodySize)";
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void drain(InputStream input) throws IOException {
        byte[] scratch = new byte[64 * 1024];
        for (long total = 0; total < DRAIN_LIMIT; ) {
            int read = input.read(scratch);
            if (read < 0) {
                return;
            }
            total += read;
        }
    }

    /** As WireMock decides to inflate: by the header, or by gzip's magic number. */
    private static boolean isGzip(HttpServletRequest request, byte[] body) {
        String encoding = request.getHeader("Content-Encoding");
        return (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip"))
                || (body.length >= 2 && (body[0] & 0xff) == GZIP_MAGIC_0 && (body[1] & 0xff) == GZIP_MAGIC_1);
    }

    /** Inflates into a scratch buffer, stopping one byte past the limit. */
    private long inflatedLength(byte[] body) throws IOException {
        byte[] scratch = new byte[8192];
        long total = 0;
        try (InputStream inflated = new GZIPInputStream(new ByteArrayInputStream(body))) {
            for (int read; total <= limit && (read = inflated.read(scratch)) >= 0; ) {
                total += read;
            }
        }
        return total;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        JsonErrors.write(response, status, message);
    }

    /** The request with its body already read here; WireMock reads it from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BytesInputStream(body);
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null || !Charset.isSupported(encoding) ? StandardCharsets.ISO_8859_1
                    : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }

    private static final class BytesInputStream extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        BytesInputStream(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("The body was read already; read it blocking");
        }
    }
}
