package dev.pendokit.postmanecho.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.model.DelayResponseResponse;
import dev.pendokit.postmanecho.model.ResponseStatusCodeResponse;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Utilities".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class UtilitiesApi {
    private final Transport transport;

    private final ResponseReader<ResponseStatusCodeResponse> responseStatusCodeResponseReader;

    private final ResponseReader<JsonNode> jsonReader;

    private final ResponseReader<DelayResponseResponse> delayResponseResponseReader;

    /**
     * Made by the client; use its {@code utilities()} accessor.
     *
     * @param transport sends the calls
     */
    public UtilitiesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.responseStatusCodeResponseReader = Readers.json(transport.mapper(), ResponseStatusCodeResponse.class);
        this.jsonReader = Readers.tree(transport.mapper());
        this.delayResponseResponseReader = Readers.json(transport.mapper(), DelayResponseResponse.class);
    }

    /**
     * This endpoint allows one to instruct the server which status code to respond with.
     *
     * <p>Every response is accompanied by a status code. The status code provides a summary of the nature of response sent by the server. For example, a status code of {@code 200} means everything is okay with the response and a code of {@code 404} implies that the requested URL does not exist on server. A list of all valid HTTP status code can be found at the [List of Status Codes](https://en.wikipedia.org/wiki/List_of_HTTP_status_codes) wikipedia article. When using Postman, the response status code is described for easy reference.
     *
     * <p>Note that if an invalid status code is requested to be sent, the server returns a status code of {@code 400 Bad Request}.
     *
     * <p>{@code GET /status/200} (request "Utilities/Response Status Code").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public ResponseStatusCodeResponse getResponseStatusCode() {
        return transport.send(getResponseStatusCodeCall(), responseStatusCodeResponseReader);
    }

    /**
     * Like {@link #getResponseStatusCode()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<ResponseStatusCodeResponse> getResponseStatusCodeAsync() {
        return transport.sendAsync(getResponseStatusCodeCall(), responseStatusCodeResponseReader);
    }

    private Call getResponseStatusCodeCall() {
        return Call.builder("utilities.getResponseStatusCode", "GET", "baseUrl", "/status/200")
            .build();
    }

    /**
     * This endpoint allows one to recieve streaming http response using [chunked transfer encoding](https://en.wikipedia.org/wiki/Chunked_transfer_encoding) of a configurable length.
     *
     * <p>A streaming response does not wait for the entire response to be generated on server before flushing it out. This implies that for a fairly large response, parts of it can be streamed to the requestee as and when it is generated on server. The client can then take actions of processing this partially received data.
     *
     * <p>{@code GET /stream/5} (request "Utilities/Streamed Response").
     *
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getStreamedResponse() {
        return transport.send(getStreamedResponseCall(), jsonReader);
    }

    /**
     * Like {@link #getStreamedResponse()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getStreamedResponseAsync() {
        return transport.sendAsync(getStreamedResponseCall(), jsonReader);
    }

    private Call getStreamedResponseCall() {
        return Call.builder("utilities.getStreamedResponse", "GET", "baseUrl", "/stream/5")
            .build();
    }

    /**
     * Using this endpoint one can configure how long it takes for the server to come back with a response. Appending a number to the URL defines the time (in seconds) the server will wait before responding.
     *
     * <p>Note that a maximum delay of 10 seconds is accepted by the server.
     *
     * <p>{@code GET /delay/2} (request "Utilities/Delay Response").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public DelayResponseResponse getDelayResponse() {
        return transport.send(getDelayResponseCall(), delayResponseResponseReader);
    }

    /**
     * Like {@link #getDelayResponse()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<DelayResponseResponse> getDelayResponseAsync() {
        return transport.sendAsync(getDelayResponseCall(), delayResponseResponseReader);
    }

    private Call getDelayResponseCall() {
        return Call.builder("utilities.getDelayResponse", "GET", "baseUrl", "/delay/2")
            .build();
    }

    /**
     * If a response of an endpoint requires to send data beyond the basic English / ASCII character set, the {@code charset} parameter in the {@code Content-Type} response header defines the character encoding policy.
     *
     * <p>This endpoint returns an {@code UTF8} character encoded response body with text in various languages such as Greek, Latin, East Asian, etc. Postman can interpret the character encoding and use appropriate methods to display the character set in responses.
     *
     * <p>{@code GET /encoding/utf8} (request "Utilities/Get UTF8 Encoded Response").
     *
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getUtf8EncodedResponse() {
        return transport.send(getUtf8EncodedResponseCall(), jsonReader);
    }

    /**
     * Like {@link #getUtf8EncodedResponse()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getUtf8EncodedResponseAsync() {
        return transport.sendAsync(getUtf8EncodedResponseCall(), jsonReader);
    }

    private Call getUtf8EncodedResponseCall() {
        return Call.builder("utilities.getUtf8EncodedResponse", "GET", "baseUrl", "/encoding/utf8")
            .build();
    }

    /**
     * This endpoint returns the response using [gzip compression algoritm](https://en.wikipedia.org/wiki/Gzip). The uncompressed response is a JSON string containing the details of the request sent by the client. For this endpoint to work, one should request with {@code Accept-encoding} header containing {@code gzip} as part of its value. Postman supports gzip, deflate and SDCH decoding and automatically sends them as part of the request.
     *
     * <p>HTTP Compression allows the server to send responses in a compressed format, which is uncompressed by the client before processing. This reduces network bandwidth consumption at the cost of increase in CPU usage. To know more about this, refer the [HTTP Compression](https://en.wikipedia.org/wiki/HTTP_compression) wikipedia article.
     *
     * <p>{@code GET /gzip} (request "Utilities/GZip Compressed Response").
     *
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getZipCompressedResponse() {
        return transport.send(getZipCompressedResponseCall(), jsonReader);
    }

    /**
     * Like {@link #getZipCompressedResponse()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getZipCompressedResponseAsync() {
        return transport.sendAsync(getZipCompressedResponseCall(), jsonReader);
    }

    private Call getZipCompressedResponseCall() {
        return Call.builder("utilities.getZipCompressedResponse", "GET", "baseUrl", "/gzip")
            .build();
    }

    /**
     * This endpoint returns the response using [deflate compression algoritm](https://en.wikipedia.org/wiki/DEFLATE). The uncompressed response is a JSON string containing the details of the request sent by the client. For this endpoint to work, one should request with {@code Accept-encoding} header containing {@code deflate} as part of its value. Postman supports gzip, deflate and SDCH decoding and automatically sends them as part of the request.
     *
     * <p>HTTP Compression allows the server to send responses in a compressed format, which is uncompressed by the client before processing. This reduces network bandwidth consumption at the cost of increase in CPU usage. To know more about this, refer the [HTTP Compression](https://en.wikipedia.org/wiki/HTTP_compression) wikipedia article.
     *
     * <p>{@code GET /deflate} (request "Utilities/Deflate Compressed Response").
     *
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getDeflateCompressedResponse() {
        return transport.send(getDeflateCompressedResponseCall(), jsonReader);
    }

    /**
     * Like {@link #getDeflateCompressedResponse()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getDeflateCompressedResponseAsync() {
        return transport.sendAsync(getDeflateCompressedResponseCall(), jsonReader);
    }

    private Call getDeflateCompressedResponseCall() {
        return Call.builder("utilities.getDeflateCompressedResponse", "GET", "baseUrl", "/deflate")
            .build();
    }

    /**
     * A simple {@code GET} request to return the IP address of the source request in the following {@code JSON} format:
     *
     * <p>{@code GET /ip} (request "Utilities/IP address in JSON format").
     *
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getIpAddress() {
        return transport.send(getIpAddressCall(), jsonReader);
    }

    /**
     * Like {@link #getIpAddress()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getIpAddressAsync() {
        return transport.sendAsync(getIpAddressCall(), jsonReader);
    }

    private Call getIpAddressCall() {
        return Call.builder("utilities.getIpAddress", "GET", "baseUrl", "/ip")
            .build();
    }
}
