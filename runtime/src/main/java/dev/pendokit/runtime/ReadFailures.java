package dev.pendokit.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.OptionalLong;

/**
 * What can go wrong once a call is answered 2xx, told apart and turned into the client's
 * exceptions: a body that does not decode is the server's answer, not a network fault, and a
 * stream of rows that breaks says how many rows came before. One per answer; it stays with the
 * rows the answer streams, since they can break long after the call returned.
 */
final class ReadFailures implements RowStream.Failures {

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
     * @param rowsDelivered the rows handed over before, for streamed rows; else empty
     */
    RuntimeException undecoded(JsonProcessingException failure, String valueRoot, OptionalLong rowsDelivered) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String excerpt = response.body() instanceof BodyStart start ? start.excerpt(BodyExcerpt.DECODE_CHARS, mask) : "";
        return errors.decodeError(new DecodeError(call.operation, call.method, call.path(), response.statusCode(),
                mask.mask(contentType), mask.mask(JsonErrorText.location(failure, valueRoot)),
                JsonErrorText.problem(failure, mask), excerpt, mask.mask(String.valueOf(server)), rowsDelivered));
    }

    /** Reading the body failed otherwise (the connection dropped after the status came). */
    RuntimeException brokenOff(IOException failure) {
        IOException clean = mask.scrub(failure);
        return errors.brokenOff(answered() + ", then the answer broke off: " + clean, call.operation,
                OptionalLong.empty(), clean);
    }

    @Override
    public RuntimeException broke(IOException cause, long rowsDelivered, String rowPath) {
        if (cause instanceof JsonProcessingException json) {
            return undecoded(json, rowPath, OptionalLong.of(rowsDelivered));
        }
        IOException clean = mask.scrub(cause);
        return errors.brokenOff(answered() + ", then the answer broke off after delivering "
                + RowStream.rowCount(rowsDelivered) + ": " + clean, call.operation, OptionalLong.of(rowsDelivered), clean);
    }

    private String answered() {
        return call.operation + ": " + call.method + " " + call.path() + " answered " + response.statusCode();
    }
}
