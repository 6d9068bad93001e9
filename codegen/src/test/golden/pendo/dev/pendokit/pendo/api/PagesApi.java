package dev.pendokit.pendo.api;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.PendoNotFoundException;
import dev.pendokit.pendo.model.Page;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Page".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PagesApi {
    private final Transport transport;

    private final ResponseReader<List<Page>> pageListReader;

    private final ResponseReader<Page> pageReader;

    /**
     * Made by the client; use its {@code pages()} accessor.
     *
     * @param transport sends the calls
     */
    public PagesApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.pageListReader = Readers.json(transport.mapper(), new TypeReference<List<Page>>() {});
        this.pageReader = Readers.first(transport.mapper(), Page.class, "page");
    }

    /**
     * Returns full list of pages
     *
     * <p>{@code GET /api/v1/page} (request "Page/Return List of All Pages").
     *
     * @param params the request's parameters
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Page> list(ListParams params) {
        return transport.send(listCall(params), pageListReader);
    }

    /**
     * Like {@link #list(PagesApi.ListParams)}, without blocking.
     *
     * @param params the request's parameters
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Page>> listAsync(ListParams params) {
        return transport.sendAsync(listCall(params), pageListReader);
    }

    /**
     * {@link #list(PagesApi.ListParams)} without any of its optional parameters.
     *
     * @return the answer (200: Response is sent as body)
     */
    public List<Page> list() {
        return list(ListParams.builder().build());
    }

    private Call listCall(ListParams params) {
        Objects.requireNonNull(params, "params");
        return Call.builder("pages.list", "GET", "baseUrl", "/api/v1/page")
            .query("expand", params.expand())
            .query("appId", params.appId())
            .build();
    }

    /**
     * The pageId referenced below can be found at the end of the URL when viewing details for a specific page within the app. You can view your list of available pages here.
     *
     * <p>{@code GET /api/v1/page} (request "Page/Return a Specific Page").
     *
     * @param id ID of the page to return (query parameter {@code id})
     * @return the one element of the answer
     * @throws PendoNotFoundException when the answer holds none (an empty list)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public Page get(String id) {
        return transport.send(getCall(id), pageReader);
    }

    /**
     * Like {@link #get(String)}, without blocking.
     *
     * @param id ID of the page to return (query parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<Page> getAsync(String id) {
        return transport.sendAsync(getCall(id), pageReader);
    }

    private Call getCall(String id) {
        Objects.requireNonNull(id, "id");
        return Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page")
            .query("id", id)
            .build();
    }

    /**
     * Return List of Specific Pages.
     *
     * <p>{@code GET /api/v1/page} (request "Page/Return List of Specific Pages").
     *
     * @param ids Comma-separated pageIds (query parameter {@code id})
     * @return the answer (200: Response is sent as body)
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public List<Page> get(List<String> ids) {
        return transport.send(getCall(ids), pageListReader);
    }

    /**
     * Like {@link #get(List)}, without blocking.
     *
     * @param ids Comma-separated pageIds (query parameter {@code id})
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<List<Page>> getAsync(List<String> ids) {
        return transport.sendAsync(getCall(ids), pageListReader);
    }

    private Call getCall(List<String> ids) {
        Objects.requireNonNull(ids, "ids");
        return Call.builder("pages.get", "GET", "baseUrl", "/api/v1/page")
            .queryList("id", ids)
            .build();
    }

    /**
     * The parameters of {@code list}.
     *
     * @param expand Return all pages from all applications within the subscription (query parameter {@code expand})
     * @param appId Return all pages from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
     */
    public record ListParams(String expand, Long appId) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link ListParams}; every parameter is optional.
         */
        public static final class Builder {
            private String expand;

            private Long appId;

            private Builder() {
            }

            /**
             * Return all pages from all applications within the subscription (query parameter {@code expand})
             *
             * @param expand the value, or null to leave it out
             * @return this builder
             */
            public Builder expand(String expand) {
                this.expand = expand;
                return this;
            }

            /**
             * Return all pages from a single application within the subscription. This ID can be found at the end of the URL when viewing app details in subscription settings (query parameter {@code appId})
             *
             * @param appId the value, or null to leave it out
             * @return this builder
             */
            public Builder appId(Long appId) {
                this.appId = appId;
                return this;
            }

            /**
             * The parameters as set.
             *
             * @return the parameters
             */
            public ListParams build() {
                return new ListParams(expand, appId);
            }
        }
    }
}
