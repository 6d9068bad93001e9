package dev.pendokit.pendo.jobs.reverseetl;

/** What a sync updates: Pendo's {@code kind} path variable and the id field of each record. */
public enum MetadataKind {
    VISITOR("visitor", "visitorId"),
    ACCOUNT("account", "accountId");

    private final String path;
    private final String idField;

    MetadataKind(String path, String idField) {
        this.path = path;
        this.idField = idField;
    }

    /** {@code visitor} or {@code account}, as the metadata endpoints spell it. */
    public String path() {
        return path;
    }

    /** {@code visitorId} or {@code accountId}, the key of each record in a bulk update. */
    public String idField() {
        return idField;
    }
}
