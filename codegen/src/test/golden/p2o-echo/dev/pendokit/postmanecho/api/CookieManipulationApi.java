package dev.pendokit.postmanecho.api;

import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.model.DeleteCookiesResponse;
import dev.pendokit.postmanecho.model.GetCookiesResponse;
import dev.pendokit.postmanecho.model.SetCookiesResponse;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Cookie Manipulation".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class CookieManipulationApi {
    private final Transport transport;

    private final ResponseReader<SetCookiesResponse> setCookiesResponseReader;

    private final ResponseReader<GetCookiesResponse> getCookiesResponseReader;

    private final ResponseReader<DeleteCookiesResponse> deleteCookiesResponseReader;

    /**
     * Made by the client; use its {@code cookieManipulation()} accessor.
     *
     * @param transport sends the calls
     */
    public CookieManipulationApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.setCookiesResponseReader = Readers.json(transport.mapper(), SetCookiesResponse.class);
        this.getCookiesResponseReader = Readers.json(transport.mapper(), GetCookiesResponse.class);
        this.deleteCookiesResponseReader = Readers.json(transport.mapper(), DeleteCookiesResponse.class);
    }

    /**
     * The cookie setter endpoint accepts a list of cookies and their values as part of URL parameters of a {@code GET} request. These cookies are saved and can be subsequently retrieved or deleted. The response of this request returns a JSON with all cookies listed.
     *
     * <p>To set your own set of cookies, simply replace the URL parameters "foo1=bar1&amp;foo2=bar2" with your own set of key-value pairs.
     *
     * <p>{@code GET /cookies/set} (request "Cookie Manipulation/Set Cookies").
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public SetCookiesResponse setCookies(String foo1, String foo2) {
        return transport.send(setCookiesCall(foo1, foo2), setCookiesResponseReader);
    }

    /**
     * Like {@link #setCookies(String, String)}, without blocking.
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<SetCookiesResponse> setCookiesAsync(String foo1, String foo2) {
        return transport.sendAsync(setCookiesCall(foo1, foo2), setCookiesResponseReader);
    }

    private Call setCookiesCall(String foo1, String foo2) {
        Objects.requireNonNull(foo1, "foo1");
        Objects.requireNonNull(foo2, "foo2");
        return Call.builder("cookieManipulation.setCookies", "GET", "baseUrl", "/cookies/set")
            .query("foo1", foo1)
            .query("foo2", foo2)
            .build();
    }

    /**
     * Use this endpoint to get a list of all cookies that are stored with respect to this domain. Whatever key-value pairs that has been previously set by calling the "Set Cookies" endpoint, will be returned as response JSON.
     *
     * <p>{@code GET /cookies} (request "Cookie Manipulation/Get Cookies").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public GetCookiesResponse getCookies() {
        return transport.send(getCookiesCall(), getCookiesResponseReader);
    }

    /**
     * Like {@link #getCookies()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<GetCookiesResponse> getCookiesAsync() {
        return transport.sendAsync(getCookiesCall(), getCookiesResponseReader);
    }

    private Call getCookiesCall() {
        return Call.builder("cookieManipulation.getCookies", "GET", "baseUrl", "/cookies")
            .build();
    }

    /**
     * One or more cookies that has been set for this domain can be deleted by providing the cookie names as part of the URL parameter. The response of this request is a JSON containing the list of currently set cookies.
     *
     * <p>{@code GET /cookies/delete} (request "Cookie Manipulation/Delete Cookies").
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public DeleteCookiesResponse deleteCookies(String foo1, String foo2) {
        return transport.send(deleteCookiesCall(foo1, foo2), deleteCookiesResponseReader);
    }

    /**
     * Like {@link #deleteCookies(String, String)}, without blocking.
     *
     * @param foo1 the query parameter {@code foo1}
     * @param foo2 the query parameter {@code foo2}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<DeleteCookiesResponse> deleteCookiesAsync(String foo1, String foo2) {
        return transport.sendAsync(deleteCookiesCall(foo1, foo2), deleteCookiesResponseReader);
    }

    private Call deleteCookiesCall(String foo1, String foo2) {
        Objects.requireNonNull(foo1, "foo1");
        Objects.requireNonNull(foo2, "foo2");
        return Call.builder("cookieManipulation.deleteCookies", "GET", "baseUrl", "/cookies/delete")
            .query("foo1", foo1)
            .query("foo2", foo2)
            .build();
    }
}
