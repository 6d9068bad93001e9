package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows of each source data mode serves: {@code rowsPerSource} per object source, and per
 * day for event sources. Every value is derived from the row's index (and an event row's day),
 * so the same request always gets the same rows, and overlapping time windows agree on the days
 * they share. Rows come ordered by id (events: by day, then visitor), as before any sort.
 */
public final class Dataset implements RowSource {

    static final Set<String> OBJECT_SOURCES = Set.of("visitors", "accounts", "pages", "features", "guides");
    static final Set<String> EVENT_SOURCES = Set.of("events", "pageEvents", "featureEvents");

    /** 2023-09-01T00:00Z: the dates of object rows count from here, an hour per row. */
    public static final long EPOCH = 1_693_526_400_000L;
    private static final long HOUR = 3_600_000L;
    /** Pendo's default app id: where events land unless an app is named. */
    public static final long DEFAULT_APP_ID = -323232L;
    /** The default app, and a second app, so that filters on appId have something to tell apart. */
    private static final long[] APP_IDS = {DEFAULT_APP_ID, 5_629_499_534_213_120L};
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final int rowsPerSource;

    /** @param rowsPerSource rows of each object source, and of each day of an event source; 1 or more */
    public Dataset(int rowsPerSource) {
        if (rowsPerSource < 1) {
            throw new IllegalArgumentException("The dataset needs 1 row per source or more, not " + rowsPerSource);
        }
        this.rowsPerSource = rowsPerSource;
    }

    @Override
    public Set<String> objectSources() {
        return OBJECT_SOURCES;
    }

    @Override
    public Set<String> eventSources() {
        return EVENT_SOURCES;
    }

    @Override
    public List<JsonNode> objects(String source) {
        List<JsonNode> rows = new ArrayList<>(rowsPerSource);
        for (int i = 1; i <= rowsPerSource; i++) {
            rows.add(switch (source) {
                case "visitors" -> visitor(i);
                case "accounts" -> account(i);
                default -> item(source, i);
            });
        }
        return rows;
    }

    /** One row per visitor and day. */
    @Override
    public List<JsonNode> events(String source, List<Long> days) {
        List<JsonNode> rows = new ArrayList<>(rowsPerSource * days.size());
        for (long day : days) {
            for (int i = 1; i <= rowsPerSource; i++) {
                rows.add(event(source, day, i));
            }
        }
        return rows;
    }

    private ObjectNode visitor(int i) {
        ObjectNode row = JSON.objectNode().put("visitorId", id("visitor", i));
        ObjectNode auto = row.putObject("metadata").putObject("auto");
        auto.put("lastvisit", EPOCH + i * HOUR);
        auto.putArray("accountids").add(id("account", accountOf(i)));
        return row;
    }

    private ObjectNode account(int i) {
        ObjectNode row = JSON.objectNode().put("accountId", id("account", i));
        row.putObject("metadata").putObject("auto").put("lastupdated", EPOCH + i * HOUR);
        return row;
    }

    /** A page, feature or guide: {@code page-00001}, "Page 1", and so on. */
    private static ObjectNode item(String source, int i) {
        String kind = source.substring(0, source.length() - 1);
        return JSON.objectNode().put("id", id(kind, i))
                .put("name", Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + i)
                .put("lastUpdatedAt", EPOCH + i * HOUR).put("appId", APP_IDS[i % APP_IDS.length]);
    }

    private ObjectNode event(String source, long day, int i) {
        // Varies with both the visitor and the day, so that sums over a window are not all alike.
        long seed = i * 31L + Math.floorDiv(day, TimeSeries.DAY) * 7L;
        int numEvents = 1 + Math.floorMod(seed, 40);
        ObjectNode row = JSON.objectNode().put("visitorId", id("visitor", i)).put("accountId", id("account", accountOf(i)))
                .put("day", day).put("numEvents", numEvents).put("numMinutes", 1 + numEvents / 3)
                .put("appId", APP_IDS[i % APP_IDS.length]);
        int item = 1 + Math.floorMod(seed, Math.max(1, rowsPerSource));
        if (source.equals("pageEvents")) {
            row.put("pageId", id("page", item));
        } else if (source.equals("featureEvents")) {
            row.put("featureId", id("feature", item));
        }
        return row;
    }

    /** Two visitors to an account, so that the visitors' accounts are among the accounts rows. */
    private static int accountOf(int visitor) {
        return (visitor + 1) / 2;
    }

    /** Zero-padded, so that ids sort as their numbers do. */
    private static String id(String kind, int i) {
        return String.format(Locale.ROOT, "%s-%05d", kind, i);
    }
}
