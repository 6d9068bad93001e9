package dev.pendokit.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

/**
 * Turns a successful response into the operation's result. A reader that returns the stream
 * itself (rows, raw bytes) takes ownership of closing it; the others close it when done.
 *
 * @param <T> the operation's result type
 */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * Reads the result from the body of a 2xx answer.
     *
     * @param response the answer, its body not read yet
     * @return the result; null for an empty JSON body or a {@code Void} result
     * @throws IOException if the body cannot be read or parsed; the transport reports it as the client's I/O error
     */
    T read(HttpResponse<InputStream> response) throws IOException;
}
