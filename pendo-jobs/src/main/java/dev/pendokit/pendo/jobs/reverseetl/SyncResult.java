package dev.pendokit.pendo.jobs.reverseetl;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every input row of a sync ended up: each id is in exactly one of {@link #updated},
 * {@link #missing} or {@link #failed}.
 *
 * @param updated ids Pendo updated
 * @param missing ids Pendo reported unknown; an update-only sync never creates them
 * @param failed rows not updated, with the reason
 * @param batches how many bulk requests were answered or gave up (retries of a batch count once)
 */
public record SyncResult(List<String> updated, List<String> missing, List<FailedRow> failed, int batches) {
    public SyncResult {
        updated = List.copyOf(updated);
        missing = List.copyOf(missing);
        failed = List.copyOf(failed);
    }

    /** Rows accounted for: updated + missing + failed. */
    public int total() {
        return updated.size() + missing.size() + failed.size();
    }

    /** Whether every row was updated or reported missing. */
    public boolean complete() {
        return failed.isEmpty();
    }

    /** The failed rows worth sending again (not those refused before sending). */
    public List<SyncRow> retryableRows() {
        List<SyncRow> rows = new ArrayList<>();
        for (FailedRow f : failed) {
            if (f.retryable()) {
                rows.add(f.row());
            }
        }
        return rows;
    }

    @Override
    public String toString() {
        return "SyncResult[updated=" + updated.size() + ", missing=" + missing.size() + ", failed=" + failed.size()
                + ", batches=" + batches + "]";
    }
}
