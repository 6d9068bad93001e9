package dev.pendokit.drift.accept;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies an accept file to the changes a check found: first each kind's severity override, then
 * the entries, the first live one that matches a change accepting it. Says which entries expired
 * and which matched nothing, so an accept file does not silently outlive its reasons.
 */
public final class Acceptance {

    /**
     * The changes after the accept file.
     *
     * @param changes the changes not accepted, with their severities overridden; these decide the verdict
     * @param accepted the changes accepted, with their reasons
     * @param notices a line per expired entry and per entry that matched nothing, in the file's order
     */
    public record Result(List<Change> changes, List<AcceptedChange> accepted, List<String> notices) {

        public Result {
            changes = List.copyOf(changes);
            accepted = List.copyOf(accepted);
            notices = List.copyOf(notices);
        }
    }

    private Acceptance() {}

    /** @param today the day expiry is judged by: an entry accepts changes up to its {@code expires} day included */
    public static Result apply(List<Change> found, AcceptFile file, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<AcceptRule> live = file.rules().stream().filter(r -> !r.expired(today)).toList();
        Set<AcceptRule> used = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        List<AcceptedChange> accepted = new ArrayList<>();
        for (Change change : found) {
            Change judged = override(change, file);
            AcceptRule rule = live.stream().filter(r -> r.matches(judged)).findFirst().orElse(null);
            if (rule == null) {
                changes.add(judged);
            } else {
                used.add(rule);
                accepted.add(new AcceptedChange(judged, rule.reason(), rule.expires().map(LocalDate::toString).orElse("")));
            }
        }
        List<String> notices = new ArrayList<>();
        for (AcceptRule rule : file.rules()) {
            if (rule.expired(today)) {
                notices.add(rule.label() + " expired on " + rule.expires().orElseThrow()
                        + " and no longer accepts changes; renew its date or remove it");
            } else if (!used.contains(rule)) {
                notices.add(rule.label() + " matches no change; remove it, or correct its operation, kind or where");
            }
        }
        return new Result(changes, accepted, notices);
    }

    /** The change with the severity the file gives its kind, its rule saying so; as found when the file says nothing. */
    static Change override(Change change, AcceptFile file) {
        Severity severity = file.severities().get(change.kind());
        if (severity == null || severity == change.severity()) {
            return change;
        }
        return new Change(severity, change.kind(), change.operation(), change.where(), change.what(),
                change.rule() + " The accept file makes " + change.kind() + " " + severity.label() + " (by default "
                        + change.severity().label() + ").");
    }
}
