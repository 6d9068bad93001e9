package dev.pendokit.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;

/**
 * What can go wrong once a call is answered 2xx, told apart and turned into the client's
 * exceptions: a body that does not decode is the server's answer, not a network fault. One per
 * answer.
 */
final class ReadFailures {

    private final Call call;
    private final HttpResponse<InputStream> response;
    private final ErrorFactory errors;
    private final SecretMask mask;
    private final URI server;

    ReadFailures(Call call, HttpResponse<InputStream> response, ErrorFactory errors, SecretMask mask, URI server) {
        this.call = call;
        this.response = response;
        this.errors = errors;
        this.mask = mask;
        this.server = server;
    }

    /**
     * The body did not decode: the factory's decode error.
     *
     * @param failure what Jackson threw
     * @param valueRoot the JSON path of the value being decoded ({@code $} for the whole body)
     */
    RuntimeException undecoded(JsonProcessingException failure, String valueRoot) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String excerpt = response.body() instanceof BodyStart start ? start.excerpt(BodyExcerpt.DECODE_CHARS, mask) : "";
        return errors.decodeError(new DecodeError(call.operation, call.method, call.path(), response.statusCode(),
                mask.mask(contentType), mask.mask(JsonErrorText.location(failure, valueRoot)),
                JsonErrorText.problem(failure, mask), excerpt, mask.mask(String.valueOf(server))));
    }
}
