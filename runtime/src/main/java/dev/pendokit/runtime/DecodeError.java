package dev.pendokit.runtime;

import java.util.OptionalLong;

/**
 * A call got an answer, but its body did not decode into what the operation returns: HTML from a
 * proxy or login page, JSON cut short, or JSON of other types than documented. Not a network
 * fault, and not transient: the same answer would fail the same way, so it is never retried.
 * Every text in it that came from the server has the client's secrets masked.
 *
 * @param operation the operation's name ({@code visitors.get})
 * @param method the HTTP method
 * @param path the path sent, without the query (which may carry a key)
 * @param status the answer's HTTP status, a 2xx
 * @param contentType the answer's Content-Type; "" when it had none
 * @param location where decoding failed: a JSON path and line and column
 *     ({@code $.results[2].count (line 1, column 70)}), or only the line and column
 * @param problem what the decoder found there, in its words, on one line
 * @param bodyExcerpt the first characters of the body, on one line; "" when empty
 * @param server the URL the call was sent to, without path, for the message's advice
 * @param rowsDelivered for rows read one at a time, how many had been handed over before the one
 *     that failed; empty for answers read whole
 */
public record DecodeError(String operation, String method, String path, int status, String contentType,
                          String location, String problem, String bodyExcerpt, String server, OptionalLong rowsDelivered) {

    /**
     * The failure in one line, for an exception's message: what the call answered, where and why it
     * did not decode, how many rows came before, the start of the body, and what to check.
     *
     * @param api the API as the advice names it ({@code the Pendo API})
     * @return the message, such as {@code visitors.get: GET /api/v1/visitor/v answered 200 (text/html) with a
     *     body that did not decode, at line 1, column 2: Unexpected character ('<' (code 60)) ... Body: <html>...
     *     Check that the base URL (https://app.pendo.io) ...}
     */
    public String message(String api) {
        return operation + ": " + method + " " + path + " answered " + status
                + " (" + (contentType.isEmpty() ? "no Content-Type" : contentType) + ")"
                + " with a body that did not decode, at " + location + ": " + problem
                + (rowsDelivered.isPresent() ? "; " + RowStream.rowCount(rowsDelivered.getAsLong()) + " delivered before it" : "")
                + (bodyExcerpt.isEmpty() ? "" : ". Body: " + bodyExcerpt)
                + ". Check that the base URL (" + server + ") points at " + api
                + ", not at a proxy, a login page or another service, and that it serves the version of the API"
                + " this client was generated from";
    }
}
