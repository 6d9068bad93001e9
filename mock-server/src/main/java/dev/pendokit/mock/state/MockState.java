package dev.pendokit.mock.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.mock.aggregation.Dataset;
import dev.pendokit.mock.aggregation.RowSource;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the stateful mock remembers, in memory, one per server: the visitors and accounts
 * (starting as the rows of the {@link Dataset} that data mode serves, so a GET of an id outside
 * it answers 404), the segments made through the API, the bulk deletions and the track events
 * received. Writes change what later reads answer, in the calls ({@link StateFilter}) and in
 * aggregations, which read their {@code visitors}, {@code accounts} and {@code trackEvents} rows
 * from here ({@link RowSource}); the other sources are the dataset's.
 *
 * <p>Every read and write holds this object's lock, so concurrent requests see whole changes;
 * rows handed out are copies.
 */
public final class MockState implements RowSource {

    private static final String TRACK_EVENTS = "trackEvents";

    private final Dataset dataset;
    private final Clock clock;
    private Entities visitors;
    private Entities accounts;
    private Segments segments;
    private TrackEvents trackEvents;
    private BulkDeletions deletions;
    /** Dataset visitors and accounts deleted since the start: their dataset event rows go too. */
    private Set<String> deletedVisitors;
    private Set<String> deletedAccounts;

    /** @param rowsPerSource rows of each source of the dataset the state starts from; 1 or more */
    public MockState(int rowsPerSource) {
        this(new Dataset(rowsPerSource), Clock.systemUTC());
    }

    /** @param clock the time of segments' and deletions' changes */
    MockState(Dataset dataset, Clock clock) {
        this.dataset = dataset;
        this.clock = clock;
        reset();
    }

    /** Starts over from the dataset: every write since the start (or the last reset) is forgotten. */
    public synchronized void reset() {
        visitors = new Entities(Entities.Kind.VISITOR, dataset.objects(Entities.Kind.VISITOR.source));
        accounts = new Entities(Entities.Kind.ACCOUNT, dataset.objects(Entities.Kind.ACCOUNT.source));
        segments = new Segments();
        trackEvents = new TrackEvents();
        deletions = new BulkDeletions();
        deletedVisitors = new HashSet<>();
        deletedAccounts = new HashSet<>();
    }

    /** Runs {@code change} (a call's answer) with the lock held. */
    synchronized <T> T locked(Function<MockState, T> change) {
        return change.apply(this);
    }

    @Override
    public Set<String> objectSources() {
        return dataset.objectSources();
    }

    @Override
    public Set<String> eventSources() {
        Set<String> sources = new HashSet<>(dataset.eventSources());
        sources.add(TRACK_EVENTS);
        return Set.copyOf(sources);
    }

    @Override
    public synchronized List<JsonNode> objects(String source) {
        if (source.equals(Entities.Kind.VISITOR.source)) {
            return visitors.rows();
        }
        if (source.equals(Entities.Kind.ACCOUNT.source)) {
            return accounts.rows();
        }
        return dataset.objects(source);
    }

    @Override
    public synchronized List<JsonNode> events(String source, List<Long> days) {
        if (source.equals(TRACK_EVENTS)) {
            return trackEvents.rows(days);
        }
        if (deletedVisitors.isEmpty() && deletedAccounts.isEmpty()) {
            return dataset.events(source, days);
        }
        return dataset.events(source, days).stream()
                .filter(row -> !deletedVisitors.contains(row.path("visitorId").asText())
                        && !deletedAccounts.contains(row.path("accountId").asText()))
                .toList();
    }

    Entities entities(Entities.Kind kind) {
        return kind == Entities.Kind.VISITOR ? visitors : accounts;
    }

    Segments segments() {
        return segments;
    }

    TrackEvents trackEvents() {
        return trackEvents;
    }

    BulkDeletions deletions() {
        return deletions;
    }

    long now() {
        return clock.millis();
    }

    /** Deletes the visitors or accounts everywhere: their GETs answer 404, they leave aggregations and segments. */
    void delete(Entities.Kind kind, List<String> ids) {
        Entities entities = entities(kind);
        for (String id : ids) {
            if (entities.remove(id)) {
                (kind == Entities.Kind.VISITOR ? deletedVisitors : deletedAccounts).add(id);
            }
        }
        if (kind == Entities.Kind.VISITOR) {
            segments.forget(ids, now());
        }
        trackEvents.forget(kind == Entities.Kind.VISITOR ? TrackEvents.Event::visitorId : TrackEvents.Event::accountId,
                new HashSet<>(ids));
    }
}
