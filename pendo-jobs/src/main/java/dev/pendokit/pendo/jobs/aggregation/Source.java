package dev.pendokit.pendo.jobs.aggregation;

/**
 * The sources an aggregation pipeline starts from, with the field a sync reads for "changed
 * since": event sources are cut by their time series, object sources by a time field.
 */
public enum Source {
    ACCOUNTS("accounts", false, "metadata.auto.lastvisit", "accountId"),
    VISITORS("visitors", false, "metadata.auto.lastvisit", "visitorId"),
    PAGES("pages", false, "lastUpdatedAt", "id"),
    FEATURES("features", false, "lastUpdatedAt", "id"),
    GUIDES("guides", false, "lastUpdatedAt", "id"),
    TRACK_TYPES("trackTypes", false, "lastUpdatedAt", "id"),
    EVENTS("events", true, "day", "visitorId"),
    PAGE_EVENTS("pageEvents", true, "day", "visitorId"),
    FEATURE_EVENTS("featureEvents", true, "day", "visitorId"),
    GUIDE_EVENTS("guideEvents", true, "browserTime", "visitorId"),
    TRACK_EVENTS("trackEvents", true, "day", "visitorId"),
    POLL_EVENTS("pollEvents", true, "browserTime", "visitorId");

    private final String key;
    private final boolean events;
    private final String timeField;
    private final String idField;

    Source(String key, boolean events, String timeField, String idField) {
        this.key = key;
        this.events = events;
        this.timeField = timeField;
        this.idField = idField;
    }

    /** The name in the pipeline: {@code {"source": {"visitors": null}}}. */
    public String key() {
        return key;
    }

    /** Whether it is an event source, which Pendo requires a time series for. */
    public boolean events() {
        return events;
    }

    /** The field that says when a row happened or last changed. */
    public String timeField() {
        return timeField;
    }

    /** The field that identifies a row (a stable cursor field for paging objects). */
    public String idField() {
        return idField;
    }
}
