package dev.pendokit.drift.accept;

import dev.pendokit.drift.Change;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the accept file: the changes it accepts (by operation, kind and place, each a
 * {@code *} pattern, a missing one matching anything), why, and until when.
 *
 * @param index the entry's place in the file's {@code accept} list, from 0, as messages name it
 * @param operation the operation's pattern ({@code Guides/*}), or empty for any
 * @param kind the kind's pattern ({@code response-field-*}), or empty for any
 * @param where the place's pattern ({@code response 200: $[].*}), or empty for any
 * @param reason why the change is accepted, shown beside it in every report
 * @param expires the last day the entry accepts changes, or empty for no end
 */
public record AcceptRule(int index, Optional<String> operation, Optional<String> kind, Optional<String> where,
        String reason, Optional<LocalDate> expires) {

    public AcceptRule {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expires, "expires");
    }

    /** Whether the entry names this change (whatever its expiry). */
    public boolean matches(Change change) {
        return matches(operation, change.operation()) && matches(kind, change.kind()) && matches(where, change.where());
    }

    /** Whether the entry has expired: {@code expires} is before {@code today}, so the day itself still counts. */
    public boolean expired(LocalDate today) {
        return expires.isPresent() && expires.get().isBefore(today);
    }

    /** {@code accept[1] (kind response-field-removed, operation Guides/*)}, as reports name the entry. */
    public String label() {
        List<String> parts = new ArrayList<>();
        kind.ifPresent(k -> parts.add("kind " + k));
        operation.ifPresent(o -> parts.add("operation " + o));
        where.ifPresent(w -> parts.add("where " + w));
        return "accept[" + index + "] (" + String.join(", ", parts) + ")";
    }

    private static boolean matches(Optional<String> pattern, String value) {
        return pattern.isEmpty() || Glob.of(pattern.get()).matches(value);
    }
}
