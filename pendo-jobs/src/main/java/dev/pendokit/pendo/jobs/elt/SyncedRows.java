package dev.pendokit.pendo.jobs.elt;

/**
 * What a sync of one source read.
 *
 * @param rows the rows handed to the consumer
 * @param requests the aggregation requests sent (pages; for event sources, pages of each day)
 * @param lastCursor the cursor value of the last row, from which a later sync can go on (empty when no rows)
 */
public record SyncedRows(long rows, int requests, String lastCursor) {}
