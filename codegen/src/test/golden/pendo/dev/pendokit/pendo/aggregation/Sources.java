package dev.pendokit.pendo.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The sources the collection's aggregation examples start from, each with the type of its rows.
 *
 * <p>Start an aggregation with one: {@code Aggregation.of(Sources.VISITORS)}.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class Sources {
    /**
     * {@code visitors}: a snapshot of things, rows of {@link VisitorsRow}.
     */
    public static final Source<VisitorsRow> VISITORS = Source.objects("visitors", VisitorsRow.class, List.of("visitorId"), "metadata.auto.lastvisit");

    /**
     * {@code accounts}: a snapshot of things, rows of {@link AccountsRow}.
     */
    public static final Source<AccountsRow> ACCOUNTS = Source.objects("accounts", AccountsRow.class, List.of("accountId"), "metadata.auto.lastvisit");

    /**
     * {@code pages}: a snapshot of things, rows of {@link PagesRow}.
     */
    public static final Source<PagesRow> PAGES = Source.objects("pages", PagesRow.class, List.of("id"), "lastUpdatedAt");

    /**
     * {@code features}: a snapshot of things, rows of {@link FeaturesRow}.
     */
    public static final Source<FeaturesRow> FEATURES = Source.objects("features", FeaturesRow.class, List.of("id"), "lastUpdatedAt");

    /**
     * {@code trackTypes}: a snapshot of things, rows of {@link JsonNode}.
     */
    public static final Source<JsonNode> TRACK_TYPES = Source.objects("trackTypes", JsonNode.class, List.of("id"), "lastUpdatedAt");

    /**
     * {@code doNotProcessVisitors}: a snapshot of things, rows of {@link JsonNode}.
     */
    public static final Source<JsonNode> DO_NOT_PROCESS_VISITORS = Source.objects("doNotProcessVisitors", JsonNode.class, List.of(), "");

    /**
     * {@code doNotProcessAccounts}: a snapshot of things, rows of {@link JsonNode}.
     */
    public static final Source<JsonNode> DO_NOT_PROCESS_ACCOUNTS = Source.objects("doNotProcessAccounts", JsonNode.class, List.of(), "");

    /**
     * {@code guides}: a snapshot of things, rows of {@link GuidesRow}.
     */
    public static final Source<GuidesRow> GUIDES = Source.objects("guides", GuidesRow.class, List.of("id"), "lastUpdatedAt");

    /**
     * {@code groups}: a snapshot of things, rows of {@link GroupsRow}.
     */
    public static final Source<GroupsRow> GROUPS = Source.objects("groups", GroupsRow.class, List.of(), "");

    /**
     * {@code events}: events over time, which need a time series, rows of {@link EventsRow}.
     */
    public static final Source<EventsRow> EVENTS = Source.events("events", EventsRow.class, List.of("visitorId", "accountId"), "day");

    /**
     * {@code pageEvents}: events over time, which need a time series, rows of {@link PageEventsRow}.
     */
    public static final Source<PageEventsRow> PAGE_EVENTS = Source.events("pageEvents", PageEventsRow.class, List.of("visitorId", "pageId"), "day");

    /**
     * {@code featureEvents}: events over time, which need a time series, rows of {@link FeatureEventsRow}.
     */
    public static final Source<FeatureEventsRow> FEATURE_EVENTS = Source.events("featureEvents", FeatureEventsRow.class, List.of("visitorId", "featureId"), "day");

    /**
     * {@code trackEvents}: events over time, which need a time series, rows of {@link TrackEventsRow}.
     */
    public static final Source<TrackEventsRow> TRACK_EVENTS = Source.events("trackEvents", TrackEventsRow.class, List.of("visitorId", "accountId"), "day");

    /**
     * {@code guideEvents}: events over time, which need a time series, rows of {@link GuideEventsRow}.
     */
    public static final Source<GuideEventsRow> GUIDE_EVENTS = Source.events("guideEvents", GuideEventsRow.class, List.of("visitorId", "accountId"), "browserTime");

    /**
     * {@code guidesSeen}: events over time, which need a time series, rows of {@link GuidesSeenRow}.
     */
    public static final Source<GuidesSeenRow> GUIDES_SEEN = Source.events("guidesSeen", GuidesSeenRow.class, List.of(), "");

    /**
     * {@code guidesSeenEver}: a snapshot of things, rows of {@link JsonNode}.
     */
    public static final Source<JsonNode> GUIDES_SEEN_EVER = Source.objects("guidesSeenEver", JsonNode.class, List.of(), "");

    /**
     * {@code pollEvents}: events over time, which need a time series, rows of {@link PollEventsRow}.
     */
    public static final Source<PollEventsRow> POLL_EVENTS = Source.events("pollEvents", PollEventsRow.class, List.of("visitorId", "accountId"), "browserTime");

    /**
     * {@code pollsSeen}: events over time, which need a time series, rows of {@link PollsSeenRow}.
     */
    public static final Source<PollsSeenRow> POLLS_SEEN = Source.events("pollsSeen", PollsSeenRow.class, List.of(), "");

    /**
     * {@code pollsSeenEver}: a snapshot of things, rows of {@link JsonNode}.
     */
    public static final Source<JsonNode> POLLS_SEEN_EVER = Source.objects("pollsSeenEver", JsonNode.class, List.of(), "");

    /**
     * {@code emailEvents}: events over time, which need a time series, rows of {@link EmailEventsRow}.
     */
    public static final Source<EmailEventsRow> EMAIL_EVENTS = Source.events("emailEvents", EmailEventsRow.class, List.of(), "");

    /**
     * {@code vocItems}: a snapshot of things, rows of {@link VocItemsRow}.
     */
    public static final Source<VocItemsRow> VOC_ITEMS = Source.objects("vocItems", VocItemsRow.class, List.of(), "");

    /**
     * {@code votes}: a snapshot of things, rows of {@link VotesRow}.
     */
    public static final Source<VotesRow> VOTES = Source.objects("votes", VotesRow.class, List.of(), "");

    private Sources() {
    }

    /**
     * The source of that name: its constant where the collection documents it, else one whose rows are JSON.
     *
     * @param name the source's name in a pipeline ({@code visitors})
     * @return the source
     */
    public static Source<?> named(String name) {
        return switch (name) {
            case "visitors" -> VISITORS;
            case "accounts" -> ACCOUNTS;
            case "pages" -> PAGES;
            case "features" -> FEATURES;
            case "trackTypes" -> TRACK_TYPES;
            case "doNotProcessVisitors" -> DO_NOT_PROCESS_VISITORS;
            case "doNotProcessAccounts" -> DO_NOT_PROCESS_ACCOUNTS;
            case "guides" -> GUIDES;
            case "groups" -> GROUPS;
            case "events" -> EVENTS;
            case "pageEvents" -> PAGE_EVENTS;
            case "featureEvents" -> FEATURE_EVENTS;
            case "trackEvents" -> TRACK_EVENTS;
            case "guideEvents" -> GUIDE_EVENTS;
            case "guidesSeen" -> GUIDES_SEEN;
            case "guidesSeenEver" -> GUIDES_SEEN_EVER;
            case "pollEvents" -> POLL_EVENTS;
            case "pollsSeen" -> POLLS_SEEN;
            case "pollsSeenEver" -> POLLS_SEEN_EVER;
            case "emailEvents" -> EMAIL_EVENTS;
            case "vocItems" -> VOC_ITEMS;
            case "votes" -> VOTES;
            default -> Source.named(name);
        };
    }
}
