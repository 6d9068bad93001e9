package dev.pendokit.pendo.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.model.AccountsRow;
import dev.pendokit.pendo.model.EmailEventsRow;
import dev.pendokit.pendo.model.EventsRow;
import dev.pendokit.pendo.model.FeatureEventsRow;
import dev.pendokit.pendo.model.FeaturesRow;
import dev.pendokit.pendo.model.GroupsRow;
import dev.pendokit.pendo.model.GuideEventsRow;
import dev.pendokit.pendo.model.GuidesRow;
import dev.pendokit.pendo.model.GuidesSeenRow;
import dev.pendokit.pendo.model.PageEventsRow;
import dev.pendokit.pendo.model.PagesRow;
import dev.pendokit.pendo.model.PollEventsRow;
import dev.pendokit.pendo.model.PollsSeenRow;
import dev.pendokit.pendo.model.TrackEventsRow;
import dev.pendokit.pendo.model.VisitorsRow;
import dev.pendokit.pendo.model.VocItemsRow;
import dev.pendokit.pendo.model.VotesRow;
import dev.pendokit.pendo.runtime.Call;
import dev.pendokit.pendo.runtime.Readers;
import dev.pendokit.pendo.runtime.ResponseReader;
import dev.pendokit.pendo.runtime.RowStream;
import dev.pendokit.pendo.runtime.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Aggregation".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class AggregationsApi {
    private final Transport transport;

    private final ResponseReader<RowStream<VisitorsRow>> visitorsRowRowsReader;

    private final ResponseReader<RowStream<AccountsRow>> accountsRowRowsReader;

    private final ResponseReader<RowStream<PagesRow>> pagesRowRowsReader;

    private final ResponseReader<RowStream<FeaturesRow>> featuresRowRowsReader;

    private final ResponseReader<RowStream<JsonNode>> jsonRowsReader;

    private final ResponseReader<RowStream<GuidesRow>> guidesRowRowsReader;

    private final ResponseReader<RowStream<GroupsRow>> groupsRowRowsReader;

    private final ResponseReader<RowStream<EventsRow>> eventsRowRowsReader;

    private final ResponseReader<RowStream<PageEventsRow>> pageEventsRowRowsReader;

    private final ResponseReader<RowStream<FeatureEventsRow>> featureEventsRowRowsReader;

    private final ResponseReader<RowStream<TrackEventsRow>> trackEventsRowRowsReader;

    private final ResponseReader<RowStream<GuideEventsRow>> guideEventsRowRowsReader;

    private final ResponseReader<RowStream<GuidesSeenRow>> guidesSeenRowRowsReader;

    private final ResponseReader<RowStream<PollEventsRow>> pollEventsRowRowsReader;

    private final ResponseReader<RowStream<PollsSeenRow>> pollsSeenRowRowsReader;

    private final ResponseReader<RowStream<EmailEventsRow>> emailEventsRowRowsReader;

    private final ResponseReader<RowStream<VocItemsRow>> vocItemsRowRowsReader;

    private final ResponseReader<RowStream<VotesRow>> votesRowRowsReader;

    /**
     * Made by the client; use its {@code aggregations()} accessor.
     */
    public AggregationsApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.visitorsRowRowsReader = Readers.rows(transport.mapper(), VisitorsRow.class);
        this.accountsRowRowsReader = Readers.rows(transport.mapper(), AccountsRow.class);
        this.pagesRowRowsReader = Readers.rows(transport.mapper(), PagesRow.class);
        this.featuresRowRowsReader = Readers.rows(transport.mapper(), FeaturesRow.class);
        this.jsonRowsReader = Readers.rows(transport.mapper(), JsonNode.class);
        this.guidesRowRowsReader = Readers.rows(transport.mapper(), GuidesRow.class);
        this.groupsRowRowsReader = Readers.rows(transport.mapper(), GroupsRow.class);
        this.eventsRowRowsReader = Readers.rows(transport.mapper(), EventsRow.class);
        this.pageEventsRowRowsReader = Readers.rows(transport.mapper(), PageEventsRow.class);
        this.featureEventsRowRowsReader = Readers.rows(transport.mapper(), FeatureEventsRow.class);
        this.trackEventsRowRowsReader = Readers.rows(transport.mapper(), TrackEventsRow.class);
        this.guideEventsRowRowsReader = Readers.rows(transport.mapper(), GuideEventsRow.class);
        this.guidesSeenRowRowsReader = Readers.rows(transport.mapper(), GuidesSeenRow.class);
        this.pollEventsRowRowsReader = Readers.rows(transport.mapper(), PollEventsRow.class);
        this.pollsSeenRowRowsReader = Readers.rows(transport.mapper(), PollsSeenRow.class);
        this.emailEventsRowRowsReader = Readers.rows(transport.mapper(), EmailEventsRow.class);
        this.vocItemsRowRowsReader = Readers.rows(transport.mapper(), VocItemsRow.class);
        this.votesRowRowsReader = Readers.rows(transport.mapper(), VotesRow.class);
    }

    /**
     * The visitors source returns one row per visitor ever seen in the subscription and contains various metadata associated with the visitor. Each visitor has a unique visitorId that is either:
     *
     * <p>- Identified, meaning a visitorId was defined by you and passed through the installation snippet - Anonymous. If you have enabled the capture of anonymous visitor traffic, this is an auto-generated Id by Pendo when no visitorId was provided by the snippet. Anonymous visitor IDs are prepended with {@code _PENDO_T_}.
     *
     * <p>Add the source parameter since to return only visitors last updated since X time.
     *
     * <p>Visitor data can also be accessed using the bulkExpand pipeline operator. This operator is defined below and allows you to include visitor data when using other sources (e.g. event sources).
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/visitors").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<VisitorsRow> visitors(JsonNode body) {
        return transport.send(visitorsCall(body), visitorsRowRowsReader);
    }

    /**
     * Like {@link #visitors}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<VisitorsRow>> visitorsAsync(JsonNode body) {
        return transport.sendAsync(visitorsCall(body), visitorsRowRowsReader);
    }

    private Call visitorsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.visitors", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The accounts source is the analogue of the visitors source. It returns one row per account ever seen in the subscription and contains various metadata associated with the account. Each account has a unique accountId defined by you through the installation snippet. Pendo does not auto-generate anonymous account values and as such, any visitor passed with no account will be associated with no account.
     *
     * <p>Account data can also be accessed using the bulkExpand pipeline operator. This operator is defined below and allows you to include account data when using other sources (e.g. event sources).
     *
     * <p>If your subscription has the <b>Enable Parent Accounts</b> setting enabled, you can pass in parameters to control whether you are querying for child accounts (sub accounts), parent accounts, or both. If you use null source parameters, the default behavior is to return child accounts only.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/accounts").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<AccountsRow> accounts(JsonNode body) {
        return transport.send(accountsCall(body), accountsRowRowsReader);
    }

    /**
     * Like {@link #accounts}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<AccountsRow>> accountsAsync(JsonNode body) {
        return transport.sendAsync(accountsCall(body), accountsRowRowsReader);
    }

    private Call accountsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.accounts", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The pages source returns one row per page defined in your Pendo subscription and contains metadata about that page. Each page has a name defined by you during the tagging process and a Pendo-generated ID. Although pages can be accessed directly as a source, page data is most commonly retrieved in conjunction with other sources by using the expand pipeline operator defined below.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/pages").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<PagesRow> pages(JsonNode body) {
        return transport.send(pagesCall(body), pagesRowRowsReader);
    }

    /**
     * Like {@link #pages}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<PagesRow>> pagesAsync(JsonNode body) {
        return transport.sendAsync(pagesCall(body), pagesRowRowsReader);
    }

    private Call pagesCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pages", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The features source returns one row per feature defined in your Pendo subscription and contains metadata about that feature. Each feature has a name defined by you during the tagging process and a Pendo-generated ID. Although features can be accessed directly as a source, feature data is most commonly retrieved in conjunction with other sources by using the expand pipeline operator defined below.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/features").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<FeaturesRow> features(JsonNode body) {
        return transport.send(featuresCall(body), featuresRowRowsReader);
    }

    /**
     * Like {@link #features}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<FeaturesRow>> featuresAsync(JsonNode body) {
        return transport.sendAsync(featuresCall(body), featuresRowRowsReader);
    }

    private Call featuresCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.features", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The trackTypes source returns one row per track type ever seen by Pendo (and not subsequently deleted) and contains metadata about that track type. Each track type has a name defined by you in the track event submission and a Pendo-generated ID. Although trackTypes can be accessed directly as a source, track type data is most commonly retrieved in conjunction with other sources by using the expand pipeline operator defined below.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/trackTypes").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> trackTypes(JsonNode body) {
        return transport.send(trackTypesCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #trackTypes}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> trackTypesAsync(JsonNode body) {
        return transport.sendAsync(trackTypesCall(body), jsonRowsReader);
    }

    private Call trackTypesCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.trackTypes", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * doNotProcessVisitors is a special variant of the visitors source that returns ONLY records marked doNotProcess in the Pendo UI. This flag is set as part of Pendo's GDPR delete process but can also be set independent of that process either in the UI or via the API.
     *
     * <p>This source works the same way as visitors with respect to source parameters and data returned.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/doNotProcessVisitors").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> doNotProcessVisitors(JsonNode body) {
        return transport.send(doNotProcessVisitorsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #doNotProcessVisitors}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> doNotProcessVisitorsAsync(JsonNode body) {
        return transport.sendAsync(doNotProcessVisitorsCall(body), jsonRowsReader);
    }

    private Call doNotProcessVisitorsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.doNotProcessVisitors", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * doNotProcessAccounts is a special variant of the accounts source that returns ONLY records marked doNotProcess in the Pendo UI. This flag is set as part of Pendo's GDPR delete process but can also be set independent of that process either in the UI or via the API.
     *
     * <p>This source works the same way as accounts with respect to source parameters, data returned, and parent and child/sub accounts.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/doNotProcessAccounts").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> doNotProcessAccounts(JsonNode body) {
        return transport.send(doNotProcessAccountsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #doNotProcessAccounts}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> doNotProcessAccountsAsync(JsonNode body) {
        return transport.sendAsync(doNotProcessAccountsCall(body), jsonRowsReader);
    }

    private Call doNotProcessAccountsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.doNotProcessAccounts", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The guides source returns one row per guide defined in your Pendo subscription and contains metadata about that guide and its associated steps. Each guide has a name defined by you during the creation process and a Pendo-generated ID.
     *
     * <p>This source is most frequently used in conjunction with other sources by using the merge operator.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/guides").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<GuidesRow> guides(JsonNode body) {
        return transport.send(guidesCall(body), guidesRowRowsReader);
    }

    /**
     * Like {@link #guides}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<GuidesRow>> guidesAsync(JsonNode body) {
        return transport.sendAsync(guidesCall(body), guidesRowRowsReader);
    }

    private Call guidesCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.guides", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The groups source returns one row per Product Area defined in your Pendo subscription and contains metadata about that product area. Each product area has a name defined by you during the creation process and a Pendo-generated ID.
     *
     * <p>This source also includes information about Guide Category groups. This data can be retrieved with an optional source parameter.
     *
     * <p>This source is most frequently used in conjunction with other sources by using the merge operator.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Metadata and object sources/groups").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<GroupsRow> groups(JsonNode body) {
        return transport.send(groupsCall(body), groupsRowRowsReader);
    }

    /**
     * Like {@link #groups}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<GroupsRow>> groupsAsync(JsonNode body) {
        return transport.sendAsync(groupsCall(body), groupsRowRowsReader);
    }

    private Call groupsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.groups", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The events source is a grouped source of all events recorded by your Pendo installation in the specified timeSeries. This includes both tagged and untagged page loads and feature clicks as well as behind-the-scenes metadata updates and identify events. It also returns track events in the count if the application setting "Count Track Events Received For A Visitor As Time In Application" is enabled.
     *
     * <p>Events are grouped based on a unique combination of fields and then a count (numEvents) and duration (numMinutes) of each combination is added.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/events").
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<EventsRow> events(EventsParams params, JsonNode body) {
        return transport.send(eventsCall(params, body), eventsRowRowsReader);
    }

    /**
     * Like {@link #events}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<EventsRow>> eventsAsync(EventsParams params, JsonNode body) {
        return transport.sendAsync(eventsCall(params, body), eventsRowRowsReader);
    }

    /**
     * {@link #events} without any of its optional parameters.
     */
    public RowStream<EventsRow> events(JsonNode body) {
        return events(EventsParams.builder().build(), body);
    }

    private Call eventsCall(EventsParams params, JsonNode body) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.events", "POST", "baseUrl", "/api/v1/aggregation")
            .query("details", params.details())
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The pageEvents source is a grouped source of all page load events for tagged Pages in the specified timeSeries.
     *
     * <p>Events are grouped based on a unique combination of fields and then a count (numEvents) and duration (numMinutes) of each combination is added. If an event matches multiple tagged Pages, it will be counted in each match.
     *
     * <p>To include Page metadata such as name or lastUpdated, use the {@code expand} operator.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/pageEvents").
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<PageEventsRow> pageEvents(PageEventsParams params, JsonNode body) {
        return transport.send(pageEventsCall(params, body), pageEventsRowRowsReader);
    }

    /**
     * Like {@link #pageEvents}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<PageEventsRow>> pageEventsAsync(PageEventsParams params,
            JsonNode body) {
        return transport.sendAsync(pageEventsCall(params, body), pageEventsRowRowsReader);
    }

    /**
     * {@link #pageEvents} without any of its optional parameters.
     */
    public RowStream<PageEventsRow> pageEvents(JsonNode body) {
        return pageEvents(PageEventsParams.builder().build(), body);
    }

    private Call pageEventsCall(PageEventsParams params, JsonNode body) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pageEvents", "POST", "baseUrl", "/api/v1/aggregation")
            .query("details", params.details())
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The featureEvents source is a grouped source of all click events for tagged Features in the specified timeSeries.
     *
     * <p>Events are grouped based on a unique combination of fields and then a count (numEvents) and duration (numMinutes) of each combination is added. If an event matches multiple tagged Features, it will be counted in each match.
     *
     * <p>To include Feature metadata such as name or lastUpdated, use the expand operator.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/featureEvents").
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<FeatureEventsRow> featureEvents(FeatureEventsParams params, JsonNode body) {
        return transport.send(featureEventsCall(params, body), featureEventsRowRowsReader);
    }

    /**
     * Like {@link #featureEvents}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<FeatureEventsRow>> featureEventsAsync(
            FeatureEventsParams params, JsonNode body) {
        return transport.sendAsync(featureEventsCall(params, body), featureEventsRowRowsReader);
    }

    /**
     * {@link #featureEvents} without any of its optional parameters.
     */
    public RowStream<FeatureEventsRow> featureEvents(JsonNode body) {
        return featureEvents(FeatureEventsParams.builder().build(), body);
    }

    private Call featureEventsCall(FeatureEventsParams params, JsonNode body) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.featureEvents", "POST", "baseUrl", "/api/v1/aggregation")
            .query("details", params.details())
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The trackEvents source is a grouped source of all track events received in the specified timeSeries.
     *
     * <p>Events are grouped based on a unique combination of fields and then a count (numEvents) and duration (numMinutes) of each combination is added.
     *
     * <p>To include trackType metadata such as name or lastUpdated, use the expand operator.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/trackEvents").
     *
     * @param params the request's parameters
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<TrackEventsRow> trackEvents(TrackEventsParams params, JsonNode body) {
        return transport.send(trackEventsCall(params, body), trackEventsRowRowsReader);
    }

    /**
     * Like {@link #trackEvents}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<TrackEventsRow>> trackEventsAsync(TrackEventsParams params,
            JsonNode body) {
        return transport.sendAsync(trackEventsCall(params, body), trackEventsRowRowsReader);
    }

    /**
     * {@link #trackEvents} without any of its optional parameters.
     */
    public RowStream<TrackEventsRow> trackEvents(JsonNode body) {
        return trackEvents(TrackEventsParams.builder().build(), body);
    }

    private Call trackEventsCall(TrackEventsParams params, JsonNode body) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.trackEvents", "POST", "baseUrl", "/api/v1/aggregation")
            .query("details", params.details())
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The guideEvents source is an ungrouped source that returns all guide events received in the specified timeSeries.
     *
     * <p>To include guide metadata, such as name or lastUpdated, use the merge operator.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/guideEvents").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<GuideEventsRow> guideEvents(JsonNode body) {
        return transport.send(guideEventsCall(body), guideEventsRowRowsReader);
    }

    /**
     * Like {@link #guideEvents}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<GuideEventsRow>> guideEventsAsync(JsonNode body) {
        return transport.sendAsync(guideEventsCall(body), guideEventsRowRowsReader);
    }

    private Call guideEventsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.guideEvents", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The {@code guidesSeen} source is an "all-time" source that returns the visitors that have last seen the specified Guide within the timeSeries. A visitor is only returned if their most recent viewing of the guide is within the time series given.
     *
     * <p>To include guide metadata, such as name or lastUpdated, use the merge operator.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/guidesSeen").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<GuidesSeenRow> guidesSeen(JsonNode body) {
        return transport.send(guidesSeenCall(body), guidesSeenRowRowsReader);
    }

    /**
     * Like {@link #guidesSeen}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<GuidesSeenRow>> guidesSeenAsync(JsonNode body) {
        return transport.sendAsync(guidesSeenCall(body), guidesSeenRowRowsReader);
    }

    private Call guidesSeenCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.guidesSeen", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The {@code guidesSeenEver} source is a broader summary of guide events and returns the visitors that have seen the specified guide at any time in the subscription's history. This source does not require a {@code timeSeries}.
     *
     * <p>The {@code guidesSeenEver} source takes the same parameters and returns the same response attributes as {@code guidesSeen} above.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/guidesSeenEver").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> guidesSeenEver(JsonNode body) {
        return transport.send(guidesSeenEverCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #guidesSeenEver}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> guidesSeenEverAsync(JsonNode body) {
        return transport.sendAsync(guidesSeenEverCall(body), jsonRowsReader);
    }

    private Call guidesSeenEverCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.guidesSeenEver", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The pollEvents source is an ungrouped source that returns all poll responses received in the specified timeSeries.
     *
     * <p>To include guide and poll metadata, such as the poll question, use the merge operator with the guides source.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/pollEvents").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<PollEventsRow> pollEvents(JsonNode body) {
        return transport.send(pollEventsCall(body), pollEventsRowRowsReader);
    }

    /**
     * Like {@link #pollEvents}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<PollEventsRow>> pollEventsAsync(JsonNode body) {
        return transport.sendAsync(pollEventsCall(body), pollEventsRowRowsReader);
    }

    private Call pollEventsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pollEvents", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The pollsSeen source is an "all-time" source that returns the visitors that have last responded to the specified poll within the timeSeries. A visitor is only returned if their most recent response is within the time series given.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/pollsSeen").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<PollsSeenRow> pollsSeen(JsonNode body) {
        return transport.send(pollsSeenCall(body), pollsSeenRowRowsReader);
    }

    /**
     * Like {@link #pollsSeen}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<PollsSeenRow>> pollsSeenAsync(JsonNode body) {
        return transport.sendAsync(pollsSeenCall(body), pollsSeenRowRowsReader);
    }

    private Call pollsSeenCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pollsSeen", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The pollsSeenEver source is a broader summary of poll events and returns the visitors that have responded to the specified poll at any time in the subscription's history. This source does not require a timeSeries.
     *
     * <p>The pollsSeenEver source takes the same parameters and returns the same response attributes as pollsSeen above.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/pollsSeenEver").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> pollsSeenEver(JsonNode body) {
        return transport.send(pollsSeenEverCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #pollsSeenEver}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> pollsSeenEverAsync(JsonNode body) {
        return transport.sendAsync(pollsSeenEverCall(body), jsonRowsReader);
    }

    private Call pollsSeenEverCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pollsSeenEver", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The email events source is an ungrouped source that returns all email events sent from Pendo in the specified timeSeries. These are most commonly associated with NPS guides and Orchestrate campaigns.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Events sources/emailEvents").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<EmailEventsRow> emailEvents(JsonNode body) {
        return transport.send(emailEventsCall(body), emailEventsRowRowsReader);
    }

    /**
     * Like {@link #emailEvents}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<EmailEventsRow>> emailEventsAsync(JsonNode body) {
        return transport.sendAsync(emailEventsCall(body), emailEventsRowRowsReader);
    }

    private Call emailEventsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.emailEvents", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The vocItems source is an object source containing "Listen objects" which includes both feedback items and ideas. Unless otherwise specified, the fields below apply to all Listen objects.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Listen sources/vocItems").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<VocItemsRow> vocItems(JsonNode body) {
        return transport.send(vocItemsCall(body), vocItemsRowRowsReader);
    }

    /**
     * Like {@link #vocItems}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<VocItemsRow>> vocItemsAsync(JsonNode body) {
        return transport.sendAsync(vocItemsCall(body), vocItemsRowRowsReader);
    }

    private Call vocItemsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.vocItems", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The votes source is an object source containing votes submitted against Listen objects.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Listen sources/votes").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<VotesRow> votes(JsonNode body) {
        return transport.send(votesCall(body), votesRowRowsReader);
    }

    /**
     * Like {@link #votes}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<VotesRow>> votesAsync(JsonNode body) {
        return transport.sendAsync(votesCall(body), votesRowRowsReader);
    }

    private Call votesCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.votes", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * *Examples provided at right use the eval operator to demonstrate use as well as show a comparison of input and output values.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Expressions/General expressions").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> generalExpressions(JsonNode body) {
        return transport.send(generalExpressionsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #generalExpressions}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> generalExpressionsAsync(JsonNode body) {
        return transport.sendAsync(generalExpressionsCall(body), jsonRowsReader);
    }

    private Call generalExpressionsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.generalExpressions", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * String manipulation.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Expressions/String manipulation").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> stringManipulation(JsonNode body) {
        return transport.send(stringManipulationCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #stringManipulation}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> stringManipulationAsync(JsonNode body) {
        return transport.sendAsync(stringManipulationCall(body), jsonRowsReader);
    }

    private Call stringManipulationCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.stringManipulation", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * When working with lists, all list elements must be of the same type. You can nest expressions into lists as long as they evaluate to the same data type, e.g. [1,1+2,sum(a)].
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Expressions/List manipulation").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> listManipulation(JsonNode body) {
        return transport.send(listManipulationCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #listManipulation}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> listManipulationAsync(JsonNode body) {
        return transport.sendAsync(listManipulationCall(body), jsonRowsReader);
    }

    private Call listManipulationCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.listManipulation", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Date manipulation.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Expressions/Date manipulation").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> dateManipulation(JsonNode body) {
        return transport.send(dateManipulationCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #dateManipulation}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> dateManipulationAsync(JsonNode body) {
        return transport.sendAsync(dateManipulationCall(body), jsonRowsReader);
    }

    private Call dateManipulationCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.dateManipulation", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Pendo-specific expressions.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Expressions/Pendo-specific expressions").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> pendoSpecificExpressions(JsonNode body) {
        return transport.send(pendoSpecificExpressionsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #pendoSpecificExpressions}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> pendoSpecificExpressionsAsync(JsonNode body) {
        return transport.sendAsync(pendoSpecificExpressionsCall(body), jsonRowsReader);
    }

    private Call pendoSpecificExpressionsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pendoSpecificExpressions", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Below are some of the more basic operators used with Pendo aggregations. Examples of each can be found in the Example Request dropdown. Many of these are similar to common SQL operators.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Operators/Basic operators").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> basicOperators(JsonNode body) {
        return transport.send(basicOperatorsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #basicOperators}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> basicOperatorsAsync(JsonNode body) {
        return transport.sendAsync(basicOperatorsCall(body), jsonRowsReader);
    }

    private Call basicOperatorsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.basicOperators", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Below are operators specific to certain objects within Pendo. Examples of each can be found in the Example Request dropdown.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Operators/Pendo-specific operators").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> pendoSpecificOperators(JsonNode body) {
        return transport.send(pendoSpecificOperatorsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #pendoSpecificOperators}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> pendoSpecificOperatorsAsync(JsonNode body) {
        return transport.sendAsync(pendoSpecificOperatorsCall(body), jsonRowsReader);
    }

    private Call pendoSpecificOperatorsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pendoSpecificOperators", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Advanced operators are written syntactically the same as basic operators, but do more complex calculations or open more sources and combine them in different ways. These operators may impact the performance of your aggregations if used improperly or to request too much information.
     *
     * <p>Find examples of each operator in the Example Request dropdown.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Operators/Advanced operators").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> advancedOperators(JsonNode body) {
        return transport.send(advancedOperatorsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #advancedOperators}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> advancedOperatorsAsync(JsonNode body) {
        return transport.sendAsync(advancedOperatorsCall(body), jsonRowsReader);
    }

    private Call advancedOperatorsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.advancedOperators", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * PES.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/PES").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> pes(JsonNode body) {
        return transport.send(pesCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #pes}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> pesAsync(JsonNode body) {
        return transport.sendAsync(pesCall(body), jsonRowsReader);
    }

    private Call pesCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pes", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * PES Minimal.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/PES Minimal").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> pesMinimal(JsonNode body) {
        return transport.send(pesMinimalCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #pesMinimal}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> pesMinimalAsync(JsonNode body) {
        return transport.sendAsync(pesMinimalCall(body), jsonRowsReader);
    }

    private Call pesMinimalCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pesMinimal", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Adoption.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/Adoption").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> adoption(JsonNode body) {
        return transport.send(adoptionCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #adoption}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> adoptionAsync(JsonNode body) {
        return transport.sendAsync(adoptionCall(body), jsonRowsReader);
    }

    private Call adoptionCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.adoption", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Adoption Minimal.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/Adoption Minimal").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> adoptionMinimal(JsonNode body) {
        return transport.send(adoptionMinimalCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #adoptionMinimal}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> adoptionMinimalAsync(JsonNode body) {
        return transport.sendAsync(adoptionMinimalCall(body), jsonRowsReader);
    }

    private Call adoptionMinimalCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.adoptionMinimal", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Growth.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/Growth").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> growth(JsonNode body) {
        return transport.send(growthCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #growth}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> growthAsync(JsonNode body) {
        return transport.sendAsync(growthCall(body), jsonRowsReader);
    }

    private Call growthCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.growth", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Growth Minimal.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/Growth Minimal").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> growthMinimal(JsonNode body) {
        return transport.send(growthMinimalCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #growthMinimal}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> growthMinimalAsync(JsonNode body) {
        return transport.sendAsync(growthMinimalCall(body), jsonRowsReader);
    }

    private Call growthMinimalCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.growthMinimal", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Stickiness.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/Stickiness").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> stickiness(JsonNode body) {
        return transport.send(stickinessCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #stickiness}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> stickinessAsync(JsonNode body) {
        return transport.sendAsync(stickinessCall(body), jsonRowsReader);
    }

    private Call stickinessCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.stickiness", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Stickiness Minimal.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/PES/Stickiness Minimal").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> stickinessMinimal(JsonNode body) {
        return transport.send(stickinessMinimalCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #stickinessMinimal}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> stickinessMinimalAsync(JsonNode body) {
        return transport.sendAsync(stickinessMinimalCall(body), jsonRowsReader);
    }

    private Call stickinessMinimalCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.stickinessMinimal", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * visitors by segmentId.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/visitors by segmentId").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> visitorsBySegmentId(JsonNode body) {
        return transport.send(visitorsBySegmentIdCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #visitorsBySegmentId}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> visitorsBySegmentIdAsync(JsonNode body) {
        return transport.sendAsync(visitorsBySegmentIdCall(body), jsonRowsReader);
    }

    private Call visitorsBySegmentIdCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.visitorsBySegmentId", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Active visitors per hour.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/Active visitors per hour").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> activeVisitorsPerHour(JsonNode body) {
        return transport.send(activeVisitorsPerHourCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #activeVisitorsPerHour}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> activeVisitorsPerHourAsync(JsonNode body) {
        return transport.sendAsync(activeVisitorsPerHourCall(body), jsonRowsReader);
    }

    private Call activeVisitorsPerHourCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.activeVisitorsPerHour", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Find the following examples in the Example Request dropdown:
     *
     * <p>- Number of visitors with events - Number of events for a specific visitor - Total events grouped by visitor - Average time per day for a specific visitor - Average time per day grouped by visitor - Top 10 visitors by number of active days - Top 10 visitors by time on site
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/events by visitor").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> eventsByVisitor(JsonNode body) {
        return transport.send(eventsByVisitorCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #eventsByVisitor}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> eventsByVisitorAsync(JsonNode body) {
        return transport.sendAsync(eventsByVisitorCall(body), jsonRowsReader);
    }

    private Call eventsByVisitorCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.eventsByVisitor", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Find the following examples in the Example Request dropdown:
     *
     * <p>- Number of accounts with events - Number of events for a specific account - Number of events grouped by account - Top 10 accounts by number of active days - Top 10 accounts by time on site - Time on app for a specific account - Time on app grouped by account
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/events by account").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> eventsByAccount(JsonNode body) {
        return transport.send(eventsByAccountCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #eventsByAccount}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> eventsByAccountAsync(JsonNode body) {
        return transport.sendAsync(eventsByAccountCall(body), jsonRowsReader);
    }

    private Call eventsByAccountCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.eventsByAccount", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Find the following examples in the Example Request dropdown:
     *
     * <p>- Usage by browser - Usage by device - Usage by OS - Web vs Mobile Usage
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/Usage by browser, device and OS").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> usageByBrowserDeviceAndOs(JsonNode body) {
        return transport.send(usageByBrowserDeviceAndOsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #usageByBrowserDeviceAndOs}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> usageByBrowserDeviceAndOsAsync(JsonNode body) {
        return transport.sendAsync(usageByBrowserDeviceAndOsCall(body), jsonRowsReader);
    }

    private Call usageByBrowserDeviceAndOsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.usageByBrowserDeviceAndOs", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Find the following examples in the Example Request dropdown:
     *
     * <p>- Return all pageEvents with parameters - Unique parameters for page X - Search by page parameter
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/pageEvents with parameters").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> pageEventsWithParameters(JsonNode body) {
        return transport.send(pageEventsWithParametersCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #pageEventsWithParameters}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> pageEventsWithParametersAsync(JsonNode body) {
        return transport.sendAsync(pageEventsWithParametersCall(body), jsonRowsReader);
    }

    private Call pageEventsWithParametersCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.pageEventsWithParameters", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Find the following examples in the Example Request dropdown:
     *
     * <p>- Add guide category to guideEvents - Return count of guide events by category
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/guideEvents and guide categories").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> guideEventsAndGuideCategories(JsonNode body) {
        return transport.send(guideEventsAndGuideCategoriesCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #guideEventsAndGuideCategories}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> guideEventsAndGuideCategoriesAsync(
            JsonNode body) {
        return transport.sendAsync(guideEventsAndGuideCategoriesCall(body), jsonRowsReader);
    }

    private Call guideEventsAndGuideCategoriesCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.guideEventsAndGuideCategories", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * You can easily see metrics for Guide elements via the UI in Pendo as described here. To receive comparable information via the API, look for guideEvents with "type": "guideActivity".
     *
     * <p>Find the following examples in the Example Request dropdown:
     *
     * <p>- Guide elements (relevant fields) - Guide elements metrics
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/Guide elements metrics").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> guideElementsMetrics(JsonNode body) {
        return transport.send(guideElementsMetricsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #guideElementsMetrics}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> guideElementsMetricsAsync(JsonNode body) {
        return transport.sendAsync(guideElementsMetricsCall(body), jsonRowsReader);
    }

    private Call guideElementsMetricsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.guideElementsMetrics", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * You can easily see metrics for Guide Goals via the UI in Pendo as described here. To receive comparable information via the API, use one of the examples below.
     *
     * <p>Find the following examples in the Example Request dropdown:
     *
     * <p>- Guide goals track event conversion - Guide goals page conversion - Guide goals feature conversion
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/Guide goals").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> guideGoals(JsonNode body) {
        return transport.send(guideGoalsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #guideGoals}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> guideGoalsAsync(JsonNode body) {
        return transport.sendAsync(guideGoalsCall(body), jsonRowsReader);
    }

    private Call guideGoalsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.guideGoals", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Find the following examples in the Example Request dropdown:
     *
     * <p>- NPS score last 30 days - NPS score by account - NPS score and follow-up responses - All-time NPS scores by guide
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/NPS").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> nps(JsonNode body) {
        return transport.send(npsCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #nps}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> npsAsync(JsonNode body) {
        return transport.sendAsync(npsCall(body), jsonRowsReader);
    }

    private Call npsCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.nps", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Add product area to responses.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/Add product area to responses").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> addProductAreaToResponses(JsonNode body) {
        return transport.send(addProductAreaToResponsesCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #addProductAreaToResponses}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> addProductAreaToResponsesAsync(JsonNode body) {
        return transport.sendAsync(addProductAreaToResponsesCall(body), jsonRowsReader);
    }

    private Call addProductAreaToResponsesCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.addProductAreaToResponses", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * Add application name to another source's output.
     *
     * <p>{@code POST /api/v1/aggregation} (request "Aggregation/Common aggregations/Add application name to another source's output").
     *
     * @param body the request body
     * @return the rows of the answer, read one at a time; close them when done
     * @throws PendoException for every other failed call, with its status, reason and body
     */
    public RowStream<JsonNode> addApplicationNameToAnotherSourcesOutput(JsonNode body) {
        return transport.send(addApplicationNameToAnotherSourcesOutputCall(body), jsonRowsReader);
    }

    /**
     * Like {@link #addApplicationNameToAnotherSourcesOutput}, without blocking: the future fails with the same exceptions.
     */
    public CompletableFuture<RowStream<JsonNode>> addApplicationNameToAnotherSourcesOutputAsync(
            JsonNode body) {
        return transport.sendAsync(addApplicationNameToAnotherSourcesOutputCall(body), jsonRowsReader);
    }

    private Call addApplicationNameToAnotherSourcesOutputCall(JsonNode body) {
        Objects.requireNonNull(body, "body");
        return Call.builder("aggregations.addApplicationNameToAnotherSourcesOutput", "POST", "baseUrl", "/api/v1/aggregation")
            .body(transport.json(body), "application/json")
            .credential("integrationKey", "x-pendo-integration-key", Call.KeyIn.HEADER)
            .accept("application/json")
            .idempotent(true)
            .build();
    }

    /**
     * The parameters of {@code events}.
     *
     * @param details When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
     */
    public record EventsParams(Boolean details) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private Boolean details;

            private Builder() {
            }

            /**
             * When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
             */
            public Builder details(Boolean details) {
                this.details = details;
                return this;
            }

            public EventsParams build() {
                List<String> missing = new ArrayList<>();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("EventsParams is missing required parameters: " + missing);
                }
                return new EventsParams(details);
            }
        }
    }

    /**
     * The parameters of {@code pageEvents}.
     *
     * @param details When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
     */
    public record PageEventsParams(Boolean details) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private Boolean details;

            private Builder() {
            }

            /**
             * When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
             */
            public Builder details(Boolean details) {
                this.details = details;
                return this;
            }

            public PageEventsParams build() {
                List<String> missing = new ArrayList<>();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("PageEventsParams is missing required parameters: " + missing);
                }
                return new PageEventsParams(details);
            }
        }
    }

    /**
     * The parameters of {@code featureEvents}.
     *
     * @param details When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
     */
    public record FeatureEventsParams(Boolean details) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private Boolean details;

            private Builder() {
            }

            /**
             * When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
             */
            public Builder details(Boolean details) {
                this.details = details;
                return this;
            }

            public FeatureEventsParams build() {
                List<String> missing = new ArrayList<>();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("FeatureEventsParams is missing required parameters: " + missing);
                }
                return new FeatureEventsParams(details);
            }
        }
    }

    /**
     * The parameters of {@code trackEvents}.
     *
     * @param details When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
     */
    public record TrackEventsParams(Boolean details) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private Boolean details;

            private Builder() {
            }

            /**
             * When set to true, a details object is returned with the field validThrough, an object whose keys represent the Pendo application ID and whose value is a timestamp that indicates when data was last processed (query parameter {@code details})
             */
            public Builder details(Boolean details) {
                this.details = details;
                return this;
            }

            public TrackEventsParams build() {
                List<String> missing = new ArrayList<>();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("TrackEventsParams is missing required parameters: " + missing);
                }
                return new TrackEventsParams(details);
            }
        }
    }
}
