package dev.pendokit.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

/**
 * Turns a successful response into the operation's result. A reader that returns the stream
 * itself (rows, raw bytes) takes ownership of closing it; the others close it when done.
 */
@FunctionalInterface
public interface ResponseReader<T> {

    T read(HttpResponse<InputStream> response) throws IOException;
}
