package dev.pendokit.pendo.jobs.elt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.api.FeaturesApi.ReturnListOfAllFeaturesParams;
import dev.pendokit.pendo.api.PagesApi.ReturnListOfAllPagesParams;
import dev.pendokit.pendo.model.Feature;
import dev.pendokit.pendo.model.Page;
import dev.pendokit.pendo.jobs.aggregation.Aggregation;
import dev.pendokit.pendo.jobs.aggregation.Source;
import dev.pendokit.pendo.jobs.aggregation.TimeSeries;
import dev.pendokit.pendo.runtime.RowStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * An ELT connector's sync of aggregation sources: the apps in scope, history from a start date
 * (or all time), and large sources read in pages with a stable cursor, as real Pendo extractors
 * page: sort by the cursor field, filter on the last value seen, limit. No row is lost or read
 * twice at a page boundary, because the cursor is a unique key and each page starts strictly
 * after it.
 *
 * <p>Object sources page on their id ({@code visitorId}, {@code accountId}, {@code id}), within
 * the history window on their time field. Event sources are read a day at a time (their time
 * series), each day paged on the key that makes an event row unique: the visitor, and the page or
 * feature for page and feature events.
 */
public final class EltSync {

    private final PendoClient pendo;
    private final AppScope apps;
    private final LocalDate historyStart;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param historyStart the first day to read, or null for all time (object sources only; event
     *     sources need a start)
     */
    public EltSync(PendoClient pendo, AppScope apps, LocalDate historyStart, Clock clock, ZoneId zone) {
        this.pendo = Objects.requireNonNull(pendo, "pendo");
        this.apps = Objects.requireNonNull(apps, "apps");
        this.historyStart = historyStart;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Reads every row of the source in scope, {@code pageSize} at a time, in cursor order. */
    public SyncedRows sync(Source source, int pageSize, Consumer<JsonNode> rows) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be 1 or more, not " + pageSize);
        }
        if (!source.events()) {
            String history = historyStart == null ? null : source.timeField() + " >= "
                    + historyStart.atStartOfDay(zone).toInstant().toEpochMilli();
            return pages(() -> apps.applyTo(Aggregation.of(source)), history, cursorFields(source), pageSize, rows);
        }
        if (historyStart == null) {
            throw new IllegalArgumentException(source.key() + " is an event source: give the first day of history");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long total = 0;
        int requests = 0;
        String last = "";
        for (LocalDate day = historyStart; !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate on = day;
            SyncedRows daily = pages(() -> apps.applyTo(Aggregation.of(source)).timeSeries(TimeSeries.on(on, zone)),
                    null, cursorFields(source), pageSize, rows);
            total += daily.rows();
            requests += daily.requests();
            last = daily.rows() > 0 ? on + "/" + daily.lastCursor() : last;
        }
        return new SyncedRows(total, requests, last);
    }

    private SyncedRows pages(Supplier<Aggregation> start, String history, List<String> cursor,
            int pageSize, Consumer<JsonNode> rows) {
        List<String> after = null;
        long total = 0;
        int requests = 0;
        while (true) {
            Aggregation page = start.get();
            String filter = join(history, after == null ? null : CursorFilter.after(cursor, after));
            if (filter != null) {
                page.filter(filter);
            }
            page.sort(cursor.toArray(String[]::new)).limit(pageSize);
            int read = 0;
            List<String> lastKey = null;
            try (RowStream<JsonNode> stream = pendo.aggregations().advancedOperators(page.toJson())) {
                for (JsonNode row : (Iterable<JsonNode>) stream::iterator) {
                    rows.accept(row);
                    read++;
                    lastKey = CursorFilter.key(row, cursor);
                }
            }
            requests++;
            total += read;
            if (read < pageSize) {
                return new SyncedRows(total, requests, after == null && lastKey == null ? ""
                        : String.join("/", lastKey != null ? lastKey : after));
            }
            after = lastKey;
        }
    }

    /**
     * The pages of the apps in scope, from the list endpoint: one call with {@code expand=*} for all
     * apps, or one per app id. Lists are not paged by Pendo.
     */
    public List<Page> pages() {
        return listed(all -> pendo.pages().returnListOfAllPages(ReturnListOfAllPagesParams.builder().expand(all).build()),
                app -> pendo.pages().returnListOfAllPages(ReturnListOfAllPagesParams.builder().appId(app).build()));
    }

    /** The features of the apps in scope, as {@link #pages()}. */
    public List<Feature> features() {
        return listed(all -> pendo.features().returnListOfAllFeatures(ReturnListOfAllFeaturesParams.builder()
                        .expand(all).build()),
                app -> pendo.features().returnListOfAllFeatures(ReturnListOfAllFeaturesParams.builder()
                        .appId(app).build()));
    }

    /** One call for all apps ({@code expand=*}), or one per app in scope, joined. */
    private <T> List<T> listed(Function<String, List<T>> allApps, LongFunction<List<T>> oneApp) {
        if (apps.appIds() == null) {
            return allApps.apply("*");
        }
        List<T> items = new ArrayList<>();
        for (long appId : apps.appIds()) {
            items.addAll(oneApp.apply(appId));
        }
        return items;
    }

    /** The fields that make a row unique, in sort order. */
    static List<String> cursorFields(Source source) {
        List<String> fields = new ArrayList<>(List.of(source.idField()));
        switch (source) {
            case PAGE_EVENTS -> fields.add("pageId");
            case FEATURE_EVENTS -> fields.add("featureId");
            case EVENTS, TRACK_EVENTS, GUIDE_EVENTS, POLL_EVENTS -> fields.add("accountId");
            default -> { }
        }
        return fields;
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : "(" + first + ") && (" + second + ")";
    }
}
