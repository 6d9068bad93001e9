package dev.pendokit.pendo.jobs.elt;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Source;
import dev.pendokit.pendo.aggregation.TimeSeries;
import dev.pendokit.pendo.api.FeaturesApi;
import dev.pendokit.pendo.api.PagesApi;
import dev.pendokit.pendo.model.Feature;
import dev.pendokit.pendo.model.Page;
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

/**
 * An ELT connector's sync of aggregation sources: the apps in scope, history from a start date
 * (or all time), and large sources read with the client's paging ({@code runAll}), as real Pendo
 * extractors page: sorted on the fields that make a row unique, each page after the last row of
 * the one before. No row is lost or read twice at a page boundary.
 *
 * <p>Object sources are read whole, within the history window on their time field. Event sources
 * are read a day at a time (their time series), each day paged.
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

    /** Reads every row of the source in scope, {@code pageSize} at a time, in key order. */
    public SyncedRows sync(Source<?> source, int pageSize, Consumer<JsonNode> rows) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be 1 or more, not " + pageSize);
        }
        Aggregation<JsonNode> all = apps.applyTo(Aggregation.of(source.asJson()));
        if (source.kind() != Source.Kind.EVENTS) {
            Aggregation<JsonNode> query = historyStart == null ? all : all.filter(source.timeField() + " >= "
                    + historyStart.atStartOfDay(zone).toInstant().toEpochMilli());
            return read(query, pageSize, rows, "");
        }
        if (historyStart == null) {
            throw new IllegalArgumentException(source.name() + " is an event source: give the first day of history");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        SyncedRows synced = new SyncedRows(0, 0, "");
        for (LocalDate day = historyStart; !day.isAfter(today); day = day.plusDays(1)) {
            SyncedRows daily = read(all.timeSeries(TimeSeries.on(day, zone)), pageSize, rows, day + "/");
            synced = new SyncedRows(synced.rows() + daily.rows(), synced.requests() + daily.requests(),
                    daily.rows() > 0 ? daily.lastCursor() : synced.lastCursor());
        }
        return synced;
    }

    /** One paged read: every row, and the key of the last (a later sync may go on from it). */
    private SyncedRows read(Aggregation<JsonNode> query, int pageSize, Consumer<JsonNode> rows, String prefix) {
        long read = 0;
        JsonNode last = null;
        try (RowStream<JsonNode> all = pendo.aggregations().runAll(query, pageSize)) {
            for (JsonNode row : all) {
                rows.accept(row);
                read++;
                last = row;
            }
        }
        // Paging asks for pages until one is not full: one request per full page, and one more.
        int requests = Math.toIntExact(read / pageSize + 1);
        return new SyncedRows(read, requests, last == null ? "" : prefix + key(last, query.key()));
    }

    /** The row's values of the key fields (dotted paths), joined by {@code /}. */
    private static String key(JsonNode row, List<String> fields) {
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = row;
            for (String part : field.split("\\.")) {
                value = value.path(part);
            }
            values.add(value.asText());
        }
        return String.join("/", values);
    }

    /**
     * The pages of the apps in scope, from the list endpoint: one call with {@code expand=*} for all
     * apps, or one per app id. Lists are not paged by Pendo.
     */
    public List<Page> pages() {
        return listed(all -> pendo.pages().list(PagesApi.ListParams.builder().expand(all).build()),
                app -> pendo.pages().list(PagesApi.ListParams.builder().appId(app).build()));
    }

    /** The features of the apps in scope, as {@link #pages()}. */
    public List<Feature> features() {
        return listed(all -> pendo.features().list(FeaturesApi.ListParams.builder().expand(all).build()),
                app -> pendo.features().list(FeaturesApi.ListParams.builder().appId(app).build()));
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
}
