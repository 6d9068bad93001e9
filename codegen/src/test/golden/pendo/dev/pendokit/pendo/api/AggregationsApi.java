package dev.pendokit.pendo.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Paging;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.RowStream;
import dev.pendokit.pendo.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Aggregation".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class AggregationsApi {
    private final Transport transport;

    private final ResponseReader<RowStream<JsonNode>> jsonRowsReader;

    /**
     * Made by the client; use its {@code aggregations()} accessor.
     *
     * @param transport sends the calls
     */
    public AggregationsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.jsonRowsReader = Readers.rows(transport.mapper(), JsonNode.class);
    }

    /**
     * {@code POST /api/v1/aggregation}: the collection has 46 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>visitors (request "Aggregation/Metadata and object sources/visitors")</li>
     *   <li>accounts (request "Aggregation/Metadata and object sources/accounts")</li>
     *   <li>pages (request "Aggregation/Metadata and object sources/pages")</li>
     *   <li>features (request "Aggregation/Metadata and object sources/features")</li>
     *   <li>trackTypes (request "Aggregation/Metadata and object sources/trackTypes")</li>
     *   <li>doNotProcessVisitors (request "Aggregation/Metadata and object sources/doNotProcessVisitors")</li>
     *   <li>doNotProcessAccounts (request "Aggregation/Metadata and object sources/doNotProcessAccounts")</li>
     *   <li>guides (request "Aggregation/Metadata and object sources/guides")</li>
     *   <li>groups (request "Aggregation/Metadata and object sources/groups")</li>
     *   <li>guideEvents (request "Aggregation/Events sources/guideEvents")</li>
     *   <li>guidesSeen (request "Aggregation/Events sources/guidesSeen")</li>
     *   <li>guidesSeenEver (request "Aggregation/Events sources/guidesSeenEver")</li>
     *   <li>pollEvents (request "Aggregation/Events sources/pollEvents")</li>
     *   <li>pollsSeen (request "Aggregation/Events sources/pollsSeen")</li>
     *   <li>pollsSeenEver (request "Aggregation/Events sources/pollsSeenEver")</li>
     *   <li>emailEvents (request "Aggregation/Events sources/emailEvents")</li>
     *   <li>vocItems (request "Aggregation/Listen sources/vocItems")</li>
     *   <li>votes (request "Aggregation/Listen sources/votes")</li>
     *   <li>General expressions (request "Aggregation/Expressions/General expressions")</li>
     *   <li>String manipulation (request "Aggregation/Expressions/String manipulation")</li>
     *   <li>List manipulation (request "Aggregation/Expressions/List manipulation")</li>
     *   <li>Date manipulation (request "Aggregation/Expressions/Date manipulation")</li>
     *   <li>Pendo-specific expressions (request "Aggregation/Expressions/Pendo-specific expressions")</li>
     *   <li>Basic operators (request "Aggregation/Operators/Basic operators")</li>
     *   <li>Pendo-specific operators (request "Aggregation/Operators/Pendo-specific operators")</li>
     *   <li>Advanced operators (request "Aggregation/Operators/Advanced operators")</li>
     *   <li>PES (request "Aggregation/PES/PES")</li>
     *   <li>PES Minimal (request "Aggregation/PES/PES Minimal")</li>
     *   <li>Adoption (request "Aggregation/PES/Adoption")</li>
     *   <li>Adoption Minimal (request "Aggregation/PES/Adoption Minimal")</li>
     *   <li>Growth (request "Aggregation/PES/Growth")</li>
     *   <li>Growth Minimal (request "Aggregation/PES/Growth Minimal")</li>
     *   <li>Stickiness (request "Aggregation/PES/Stickiness")</li>
     *   <li>Stickiness Minimal (request "Aggregation/PES/Stickiness Minimal")</li>
     *   <li>visitors by segmentId (request "Aggregation/Common aggregations/visitors by segmentId")</li>
     *   <li>Active visitors per hour (request "Aggregation/Common aggregations/Active visitors per hour")</li>
     *   <li>events by visitor (request "Aggregation/Common aggregations/events by visitor")</li>
     *   <li>events by account (request "Aggregation/Common aggregations/events by account")</li>
     *   <li>Usage by browser, device and OS (request "Aggregation/Common aggregations/Usage by browser, device and OS")</li>
     *   <li>pageEvents with parameters (request "Aggregation/Common aggregations/pageEvents with parameters")</li>
     *   <li>guideEvents and guide categories (request "Aggregation/Common aggregations/guideEvents and guide categories")</li>
     *   <li>Guide elements metrics (request "Aggregation/Common aggregations/Guide elements metrics")</li>
     *   <li>Guide goals (request "Aggregation/Common aggregations/Guide goals")</li>
     *   <li>NPS (request "Aggregation/Common aggregations/NPS")</li>
     *   <li>Add product area to responses (request "Aggregation/Common aggregations/Add product area to responses")</li>
     *   <li>Add application name to another source's output (request "Aggregation/Common aggregations/Add application name to another source's output")</li>
     * </ul>
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> run(JsonNode body) {
        return transport.send(runCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #run(JsonNode)}, without blocking.
     *
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<RowStream<JsonNode>> runAsync(JsonNode body) {
        return transport.sendAsync(runCall(body), jsonRowsReader);
    }

    private Call runCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.run", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Runs an aggregation built with {@link Aggregation}: its rows typed by its source
     * ({@code Aggregation.of(Sources.VISITORS)} gives {@code RowStream<VisitorsRow>}), or JSON once an
     * operator reshapes them.
     *
     * @param <R> the rows' type
     * @param aggregation the query
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every failed call, with its status, reason and body
     */
    public <R> RowStream<R> run(Aggregation<R> aggregation) {
        Objects.requireNonNull(aggregation, "aggregation");
        return transport.send(runCall(aggregation.toJson()), Readers.rows(transport.mapper(), aggregation.rowType()));
    }

    /**
     * Like {@link #run(Aggregation)}, without blocking: the future fails with the same exceptions.
     *
     * @param <R> the rows' type
     * @param aggregation the query
     * @return the rows, once the answer starts
     */
    public <R> CompletableFuture<RowStream<R>> runAsync(Aggregation<R> aggregation) {
        Objects.requireNonNull(aggregation, "aggregation");
        return transport.sendAsync(runCall(aggregation.toJson()), Readers.rows(transport.mapper(), aggregation.rowType()));
    }

    /**
     * Every row of an aggregation, {@code pageSize} at a time, as one stream: sorted on the
     * fields that make a row unique (the source's, or {@code keyedBy}), each page starting after the
     * last row of the one before. No row is lost or read twice at a page boundary.
     *
     * @param <R> the rows' type
     * @param aggregation the query, without sort or limit of its own
     * @param pageSize the rows of one request at most
     * @return every row; close them when done
     * @throws PendoException for every failed call, with its status, reason and body
     */
    public <R> RowStream<R> runAll(Aggregation<R> aggregation, int pageSize) {
        return Paging.over(aggregation, pageSize, transport.mapper(), this::run);
    }

    /**
     * {@code POST /api/v1/aggregation}: the collection has 4 examples of this call, which differ in their bodies:
     * <ul>
     *   <li>events (request "Aggregation/Events sources/events")</li>
     *   <li>pageEvents (request "Aggregation/Events sources/pageEvents")</li>
     *   <li>featureEvents (request "Aggregation/Events sources/featureEvents")</li>
     *   <li>trackEvents (request "Aggregation/Events sources/trackEvents")</li>
     * </ul>
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> run(RunParams params, JsonNode body) {
        return transport.send(runCall(params, body), jsonRowsReader);
    }

    /**
     * Like {@link #run(AggregationsApi.RunParams, JsonNode)}, without blocking.
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<RowStream<JsonNode>> runAsync(RunParams params, JsonNode body) {
        return transport.sendAsync(runCall(params, body), jsonRowsReader);
    }

    private Call runCall(RunParams params, JsonNode body) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.run", "POST", "baseUrl", "/api/v1/aggregation")
            .query("details", params.details())
            .body(transport.json(body), "application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The parameters of {@code run}.
     *
     * @param details When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
     */
    public record RunParams(Boolean details) {
        /**
         * A builder with no parameter set.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link RunParams}; every parameter is optional.
         */
        public static final class Builder {
            private Boolean details;

            private Builder() {
            }

            /**
             * When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
             *
             * @param details the value, or null to leave it out
             * @return this builder
             */
            public Builder details(Boolean details) {
                this.details = details;
                return this;
            }

            /**
             * The parameters as set.
             *
             * @return the parameters
             */
            public RunParams build() {
                return new RunParams(details);
            }
        }
    }
}
