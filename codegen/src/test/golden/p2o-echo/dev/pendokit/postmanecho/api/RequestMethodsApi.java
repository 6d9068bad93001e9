package dev.pendokit.postmanecho.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.model.GetRequestResponse;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Forms;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Request Methods".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class RequestMethodsApi {
    private final Transport transport;

    private final ResponseReader<GetRequestResponse> getRequestResponseReader;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code requestMethods()} accessor.
     *
     * @param transport sends the calls
     */
    public RequestMethodsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.getRequestResponseReader = Readers.json(transport.mapper(), GetRequestResponse.class);
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * The HTTP {@code GET} request method is meant to retrieve data from a server. The data is identified by a unique URI (Uniform Resource Identifier).
     *
     * <p>A {@code GET} request can pass parameters to the server using "Query String Parameters". For example, in the following request,
     *
     * <p>&gt; http://example.com/hi/there?hand=wave
     *
     * <p>The parameter "hand" has the value "wave".
     *
     * <p>This endpoint echoes the HTTP headers, request parameters and the complete URI requested.
     *
     * <p>{@code GET /get} (request "Request Methods/GET Request").
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public GetRequestResponse get(String foo1, String foo2) {
        return transport.send(getCall(foo1, foo2), getRequestResponseReader);
    }

    /**
     * Like {@link #get(String, String)}, without blocking.
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<GetRequestResponse> getAsync(String foo1, String foo2) {
        return transport.sendAsync(getCall(foo1, foo2), getRequestResponseReader);
    }

    private Call getCall(String foo1, String foo2) {
        Objects.requireNonNull(foo1, "foo1");
        Objects.requireNonNull(foo2, "foo2");
        return Call.builder("requestMethods.get", "GET", "baseUrl", "/get")
            .query("foo1", foo1)
            .query("foo2", foo2)
            .build();
    }

    /**
     * The HTTP {@code POST} request method is meant to transfer data to a server (and elicit a response). What data is returned depends on the implementation of the server.
     *
     * <p>A {@code POST} request can pass parameters to the server using "Query String Parameters", as well as the Request Body. For example, in the following request,
     *
     * <p>&gt; POST /hi/there?hand=wave &gt; &gt; &lt;request-body&gt;
     *
     * <p>The parameter "hand" has the value "wave". The request body can be in multiple formats. These formats are defined by the MIME type of the request. The MIME Type can be set using the `{@code Content-Type}` HTTP header. The most commonly used MIME types are:
     *
     * <p>* {@code multipart/form-data} * {@code application/x-www-form-urlencoded} * {@code application/json}
     *
     * <p>This endpoint echoes the HTTP headers, request parameters, the contents of the request body and the complete URI requested.
     *
     * <p>{@code POST /post} (request "Request Methods/POST Raw Text").
     *
     * @param body the request body
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode sendPostRawText(String body) {
        return transport.send(sendPostRawTextCall(body), jsonReader);
    }

    /**
     * Like {@link #sendPostRawText(String)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendPostRawTextAsync(String body) {
        return transport.sendAsync(sendPostRawTextCall(body), jsonReader);
    }

    private Call sendPostRawTextCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("requestMethods.sendPostRawText", "POST", "baseUrl", "/post")
            .textBody(body, "text/plain")
            .build();
    }

    /**
     * The HTTP {@code POST} request method is meant to transfer data to a server (and elicit a response). What data is returned depends on the implementation of the server.
     *
     * <p>A {@code POST} request can pass parameters to the server using "Query String Parameters", as well as the Request Body. For example, in the following request,
     *
     * <p>&gt; POST /hi/there?hand=wave &gt; &gt; &lt;request-body&gt;
     *
     * <p>The parameter "hand" has the value "wave". The request body can be in multiple formats. These formats are defined by the MIME type of the request. The MIME Type can be set using the `{@code Content-Type}` HTTP header. The most commonly used MIME types are:
     *
     * <p>* {@code multipart/form-data} * {@code application/x-www-form-urlencoded} * {@code application/json}
     *
     * <p>This endpoint echoes the HTTP headers, request parameters, the contents of the request body and the complete URI requested when data is sent as a form parameter.
     *
     * <p>{@code POST /post} (request "Request Methods/POST Form Data").
     *
     * @param foo1 the form parameter {@code foo1}
     * @param foo2 the form parameter {@code foo2}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode sendPostFormData(String foo1, String foo2) {
        return transport.send(sendPostFormDataCall(foo1, foo2), jsonReader);
    }

    /**
     * Like {@link #sendPostFormData(String, String)}, without blocking.
     *
     * @param foo1 the form parameter {@code foo1}
     * @param foo2 the form parameter {@code foo2}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> sendPostFormDataAsync(String foo1, String foo2) {
        return transport.sendAsync(sendPostFormDataCall(foo1, foo2), jsonReader);
    }

    private Call sendPostFormDataCall(String foo1, String foo2) {
        Objects.requireNonNull(foo1, "foo1");
        Objects.requireNonNull(foo2, "foo2");
        return Call.builder("requestMethods.sendPostFormData", "POST", "baseUrl", "/post")
            .body(Forms.builder().field("foo1", foo1).field("foo2", foo2).urlencoded())
            .build();
    }

    /**
     * The HTTP {@code PUT} request method is similar to HTTP {@code POST}. It too is meant to transfer data to a server (and elicit a response). What data is returned depends on the implementation of the server.
     *
     * <p>A {@code PUT} request can pass parameters to the server using "Query String Parameters", as well as the Request Body. For example, in the following raw HTTP request,
     *
     * <p>&gt; PUT /hi/there?hand=wave &gt; &gt; &lt;request-body&gt;
     *
     * <p>{@code PUT /put} (request "Request Methods/PUT Request").
     *
     * @param body the request body
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode updatePut(String body) {
        return transport.send(updatePutCall(body), jsonReader);
    }

    /**
     * Like {@link #updatePut(String)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updatePutAsync(String body) {
        return transport.sendAsync(updatePutCall(body), jsonReader);
    }

    private Call updatePutCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("requestMethods.updatePut", "PUT", "baseUrl", "/put")
            .textBody(body, "text/plain")
            .build();
    }

    /**
     * The HTTP {@code PATCH} method is used to update resources on a server. The exact use of {@code PATCH} requests depends on the server in question. There are a number of server implementations which handle {@code PATCH} differently. Technically, {@code PATCH} supports both Query String parameters and a Request Body.
     *
     * <p>This endpoint accepts an HTTP {@code PATCH} request and provides debug information such as the HTTP headers, Query String arguments, and the Request Body.
     *
     * <p>{@code PATCH /patch} (request "Request Methods/PATCH Request").
     *
     * @param body the request body
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode update(String body) {
        return transport.send(updateCall(body), jsonReader);
    }

    /**
     * Like {@link #update(String)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> updateAsync(String body) {
        return transport.sendAsync(updateCall(body), jsonReader);
    }

    private Call updateCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("requestMethods.update", "PATCH", "baseUrl", "/patch")
            .textBody(body, "text/plain")
            .build();
    }

    /**
     * The HTTP {@code DELETE} method is used to delete resources on a server. The exact use of {@code DELETE} requests depends on the server implementation. In general, {@code DELETE} requests support both, Query String parameters as well as a Request Body.
     *
     * <p>This endpoint accepts an HTTP {@code DELETE} request and provides debug information such as the HTTP headers, Query String arguments, and the Request Body.
     *
     * <p>{@code DELETE /delete} (request "Request Methods/DELETE Request").
     *
     * @param body the request body
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode delete(String body) {
        return transport.send(deleteCall(body), jsonReader);
    }

    /**
     * Like {@link #delete(String)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> deleteAsync(String body) {
        return transport.sendAsync(deleteCall(body), jsonReader);
    }

    private Call deleteCall(String body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("requestMethods.delete", "DELETE", "baseUrl", "/delete")
            .textBody(body, "text/plain")
            .build();
    }
}
