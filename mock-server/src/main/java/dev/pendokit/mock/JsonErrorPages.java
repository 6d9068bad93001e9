package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.jetty11.NotFoundHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ContextHandler;

/**
 * Jetty's error pages, in JSON ({@link JsonErrors}) and without a stack trace: Jetty's own pages
 * are HTML, and for a failure they print the exception and its stack (a 50 MB body was answered
 * so, {@code java.lang.OutOfMemoryError: Java heap space}). A 500 names the root cause in a line. Used for the requests Jetty
 * refuses before any handler (a bad URI, bad headers, headers too large: {@link #badMessageError})
 * and for errors raised while handling one (a 500).
 *
 * <p>A 404 still goes to WireMock's not-matched page, which the mock renders as JSON naming the
 * closest documented request ({@link JsonNotMatchedRenderer}).
 */
final class JsonErrorPages extends NotFoundHandler {

    /** @param mockService the context of the stubs, whose 404s WireMock's not-matched page answers */
    JsonErrorPages(ContextHandler mockService) {
        super(mockService);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        if (status == 404) {
            super.handle(target, baseRequest, request, response);
            return;
        }
        JsonErrors.write(response, status, status >= 500 ? failure(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
                : safe(request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
        baseRequest.setHandled(true);
    }

    /** Jetty's answer to a request it could not read at all: no handler runs, so no stack can show. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonErrors.CONTENT_TYPE);
        return ByteBuffer.wrap(JsonErrors.bytes(status, safe(reason)));
    }

    /**
     * What failed, in a line, for the test that got the 500: the root cause's message ("Java heap
     * space"), or its class's simple name when it has none; never a stack trace.
     */
    private static String failure(Object exception) {
        if (!(exception instanceof Throwable thrown)) {
            return "";
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
        return "The mock server failed while answering: " + what;
    }

    /**
     * Jetty's reason for a 4xx ("Ambiguous URI empty segment", "Request header too large"), but
     * never an exception's text, which names the mock's classes.
     */
    private static String safe(Object reason) {
        if (!(reason instanceof String text) || text.isBlank() || text.contains("Exception") || text.contains("Error")
                || text.contains("java.") || text.contains("\n")) {
            return "";
        }
        return text;
    }
}
