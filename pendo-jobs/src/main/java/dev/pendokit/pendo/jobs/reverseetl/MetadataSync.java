package dev.pendokit.pendo.jobs.reverseetl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.PendoException;
import dev.pendokit.pendo.api.MetadataApi.SetValuesParams;
import dev.pendokit.pendo.model.SetValueForASetOfAgentOrCustomFieldsResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A reverse-ETL sync to Pendo: sets metadata on existing visitors or accounts, keyed by id, with
 * Pendo's bulk {@code POST /api/v1/metadata/{kind}/{group}/value}.
 *
 * <p><b>Update only.</b> The request is sent without {@code create=true}, so Pendo never creates an
 * id it does not know; it reports it missing, and so does the {@link SyncResult}.
 *
 * <p><b>Batches.</b> The collection sets no record limit ("any number of records may be submitted")
 * but cuts every call at five minutes with a 408. The default of {@value #DEFAULT_BATCH_SIZE} rows
 * per request is a conservative choice of pendokit, not a Pendo limit; lower it if batches time out.
 *
 * <p><b>Retries.</b> The client does not retry a POST by default, since a retry could apply it twice.
 * Setting the same values again is harmless, so a batch answered 429 or 5xx (or not answered) is
 * sent again here, up to {@code attemptsPerBatch} times with a doubling pause; after that its rows
 * are failed. {@link #retryFailed} later sends only failed rows, never one already updated.
 *
 * <p><b>Duplicate ids</b> in one input are refused before anything is sent: which row should win is
 * the source's decision, not the sync's.
 *
 * <p><b>Rows refused before sending</b> (blank id, no values, a value that is not a scalar) are
 * failed with their reason, and the other rows go on.
 */
public final class MetadataSync {

    /** Rows per bulk request unless configured: pendokit's choice, as Pendo documents no limit. */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PendoClient pendo;
    private final MetadataKind kind;
    private final String group;
    private final int batchSize;
    private final int attemptsPerBatch;
    private final Duration backoff;

    private MetadataSync(Builder b) {
        this.pendo = b.pendo;
        this.kind = b.kind;
        this.group = b.group;
        this.batchSize = b.batchSize;
        this.attemptsPerBatch = b.attemptsPerBatch;
        this.backoff = b.backoff;
    }

    public static Builder builder(PendoClient pendo, MetadataKind kind) {
        return new Builder(pendo, kind);
    }

    /**
     * Sends the rows in batches and accounts for each of them.
     *
     * @throws IllegalArgumentException if an id appears more than once (nothing is sent then)
     */
    public SyncResult sync(List<SyncRow> rows) {
        Objects.requireNonNull(rows, "rows");
        refuseDuplicates(rows);
        List<String> updated = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<FailedRow> failed = new ArrayList<>();
        List<SyncRow> sendable = new ArrayList<>();
        for (SyncRow row : rows) {
            String refusal = row == null ? "row is null" : refusal(row);
            if (refusal != null) {
                failed.add(new FailedRow(row, 0, "refused before sending: " + refusal, false));
            } else {
                sendable.add(row);
            }
        }
        int batches = 0;
        for (int from = 0; from < sendable.size(); from += batchSize) {
            List<SyncRow> batch = sendable.subList(from, Math.min(from + batchSize, sendable.size()));
            sendBatch(batch, updated, missing, failed);
            batches++;
        }
        return new SyncResult(updated, missing, failed, batches);
    }

    /**
     * Sends again only the retryable failed rows of {@code previous}, and returns the whole picture:
     * its updated and missing rows, plus what happened to the resent ones. Rows refused before
     * sending stay failed.
     */
    public SyncResult retryFailed(SyncResult previous) {
        Objects.requireNonNull(previous, "previous");
        SyncResult again = sync(previous.retryableRows());
        List<String> updated = new ArrayList<>(previous.updated());
        updated.addAll(again.updated());
        List<String> missing = new ArrayList<>(previous.missing());
        missing.addAll(again.missing());
        List<FailedRow> failed = new ArrayList<>();
        for (FailedRow f : previous.failed()) {
            if (!f.retryable()) {
                failed.add(f);
            }
        }
        failed.addAll(again.failed());
        return new SyncResult(updated, missing, failed, previous.batches() + again.batches());
    }

    private void sendBatch(List<SyncRow> batch, List<String> updated, List<String> missing, List<FailedRow> failed) {
        ArrayNode body = JSON.createArrayNode();
        Set<String> ids = new LinkedHashSet<>();
        for (SyncRow row : batch) {
            ids.add(row.id());
            body.addObject().put(kind.idField(), row.id()).set("values", JSON.valueToTree(scalars(row.values())));
        }
        SetValuesParams params = SetValuesParams.builder()
                .kind(kind.path()).group(group).build();
        SetValueForASetOfAgentOrCustomFieldsResponse answer;
        try {
            answer = send(params, body);
        } catch (PendoException e) {
            String reason = "batch failed with " + (e.status() == 0 ? "no answer" : "HTTP " + e.status())
                    + (e.reason().isBlank() ? "" : ": " + e.reason());
            batch.forEach(row -> failed.add(new FailedRow(row, e.status(), reason, true)));
            return;
        }
        BulkUpdateAnswer read = BulkUpdateAnswer.read(answer, kind, ids);
        for (SyncRow row : batch) {
            if (read.missing.contains(row.id())) {
                missing.add(row.id());
            } else if (read.errorsById.containsKey(row.id())) {
                failed.add(new FailedRow(row, 200, "Pendo reported: " + read.errorsById.get(row.id()), true));
            } else if (read.unattributedErrors > 0) {
                // Pendo failed some rows without naming them: none of the others is known updated,
                // so they are failed (and resent by retryFailed) rather than counted as updated.
                failed.add(new FailedRow(row, 200, "Pendo reported " + read.unattributedErrors
                        + " failures in this batch without naming the ids", true));
            } else {
                updated.add(row.id());
            }
        }
    }

    private SetValueForASetOfAgentOrCustomFieldsResponse send(SetValuesParams params,
            ArrayNode body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return pendo.metadata().setValues(params, body);
            } catch (PendoException e) {
                if (attempt >= attemptsPerBatch || !worthRetrying(e.status())) {
                    throw e;
                }
                pause(backoff.multipliedBy(1L << Math.min(attempt - 1, 10)));
            }
        }
    }

    /** 429 and 5xx are passing; 0 is no answer. A 408 means the batch is too big for five minutes. */
    private static boolean worthRetrying(int status) {
        return status == 0 || status == 429 || status >= 500;
    }

    private static void pause(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to resend a batch", e);
        }
    }

    private static void refuseDuplicates(List<SyncRow> rows) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (SyncRow row : rows) {
            if (row != null && row.id() != null && !row.id().isBlank() && !seen.add(row.id())) {
                duplicates.add(row.id());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalArgumentException(duplicates.size() + " ids appear more than once (merge them in the source): "
                    + duplicates.stream().limit(5).toList() + (duplicates.size() > 5 ? " ..." : ""));
        }
    }

    private static String refusal(SyncRow row) {
        if (row.id() == null || row.id().isBlank()) {
            return "id is null or blank";
        }
        if (row.values().isEmpty()) {
            return "no values to set";
        }
        for (Map.Entry<String, Object> value : row.values().entrySet()) {
            if (value.getKey() == null || value.getKey().isBlank()) {
                return "a field name is blank";
            }
            Object v = value.getValue();
            if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                    || v instanceof Instant || v instanceof Date)) {
                return "field '" + value.getKey() + "' is a " + v.getClass().getSimpleName()
                        + "; Pendo metadata holds text, numbers, booleans and dates";
            }
        }
        return null;
    }

    /** Dates go as epoch milliseconds, a format Pendo accepts for date fields. */
    private static Map<String, Object> scalars(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof Instant i ? i.toEpochMilli() : v instanceof Date d ? d.getTime() : v));
        return out;
    }

    @Override
    public String toString() {
        return "MetadataSync[kind=" + kind.path() + ", group=" + group + ", batchSize=" + batchSize
                + ", attemptsPerBatch=" + attemptsPerBatch + "]";
    }

    /** How a sync writes: the group, the batch size and the retries of one batch. */
    public static final class Builder {
        private final PendoClient pendo;
        private final MetadataKind kind;
        private String group = "custom";
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int attemptsPerBatch = 3;
        private Duration backoff = Duration.ofSeconds(1);

        private Builder(PendoClient pendo, MetadataKind kind) {
            this.pendo = Objects.requireNonNull(pendo, "pendo");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /** The metadata group: {@code custom} (default, fields set via the API) or {@code agent}. */
        public Builder group(String group) {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("group must not be null or blank");
            }
            this.group = group;
            return this;
        }

        /** Rows per request, default {@value MetadataSync#DEFAULT_BATCH_SIZE}. */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Tries per batch on 429, 5xx or no answer, the first included; default 3. */
        public Builder attemptsPerBatch(int attemptsPerBatch) {
            if (attemptsPerBatch < 1) {
                throw new IllegalArgumentException("attemptsPerBatch must be at least 1, was " + attemptsPerBatch);
            }
            this.attemptsPerBatch = attemptsPerBatch;
            return this;
        }

        /** The first pause before resending a batch, doubled each time; default 1 s. */
        public Builder backoff(Duration backoff) {
            if (Objects.requireNonNull(backoff, "backoff").isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative");
            }
            this.backoff = backoff;
            return this;
        }

        public MetadataSync build() {
            return new MetadataSync(this);
        }
    }
}
