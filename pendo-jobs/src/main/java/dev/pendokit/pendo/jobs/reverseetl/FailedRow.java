package dev.pendokit.pendo.jobs.reverseetl;

/**
 * A row that was not updated, and why.
 *
 * @param row the row as given
 * @param status the HTTP status of the failed batch; 0 when no answer came or the row was refused
 *     before sending, 200 when Pendo answered but reported an error for this row
 * @param reason what went wrong, without credentials
 * @param retryable false only for rows refused before sending (they would be refused again)
 */
public record FailedRow(SyncRow row, int status, String reason, boolean retryable) {
}
