package dev.pendokit.drift.accept;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Applying an accept file: matching by pattern, expiry by the day given, stale entries, severity overrides. */
class AcceptanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static final Change REMOVED = new Change(Severity.BREAKING, "response-field-removed", "Guides/List guides",
            "response 200: $[].rootVersionId", "field rootVersionId was removed", "a client reading it gets nothing");
    private static final Change ADDED = new Change(Severity.COMPATIBLE, "response-field-added", "Pages/List pages",
            "response 200: $[].audience", "field audience was added", "clients ignore fields they do not know");

    @Test
    void anEntryAcceptsTheChangesItsPatternsMatch() {
        AcceptRule rule = rule(0, "Guides/*", "response-field-*", "response 200: $[].*", Optional.empty());
        Acceptance.Result result = Acceptance.apply(List.of(REMOVED, ADDED), file(List.of(rule), Map.of()), TODAY);

        assertThat(result.changes()).containsExactly(ADDED);
        assertThat(result.accepted()).containsExactly(new AcceptedChange(REMOVED, "reason 0", ""));
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void aPatternWithoutAStarMatchesOnlyItself() {
        assertThat(rule(0, "Guides", null, null, Optional.empty()).matches(REMOVED)).isFalse();
        assertThat(rule(0, "Guides/List guides", null, null, Optional.empty()).matches(REMOVED)).isTrue();
        assertThat(rule(0, null, null, "response 200: $[].rootVersion", Optional.empty()).matches(REMOVED)).isFalse();
        assertThat(rule(0, null, "*", null, Optional.empty()).matches(REMOVED)).isTrue();
        // Regular expression characters in a pattern are taken as they are.
        assertThat(rule(0, null, null, "response 200: $[]*", Optional.empty()).matches(REMOVED)).isTrue();
        assertThat(rule(0, null, null, "response 200: $..*", Optional.empty()).matches(REMOVED)).isFalse();
    }

    @Test
    void anEntryAcceptsOnItsLastDayAndNotAfter() {
        AcceptRule rule = rule(0, null, "response-field-removed", null, Optional.of(TODAY));
        assertThat(Acceptance.apply(List.of(REMOVED), file(List.of(rule), Map.of()), TODAY).accepted())
                .containsExactly(new AcceptedChange(REMOVED, "reason 0", "2026-12-02"));

        Acceptance.Result tomorrow = Acceptance.apply(List.of(REMOVED), file(List.of(rule), Map.of()), TODAY.plusDays(1));
        assertThat(tomorrow.accepted()).isEmpty();
        assertThat(tomorrow.changes()).containsExactly(REMOVED);
        assertThat(tomorrow.notices()).containsExactly("accept[0] (kind response-field-removed) expired on 2026-12-02"
                + " and no longer accepts changes; renew its date or remove it");
    }

    @Test
    void anEntryThatMatchesNothingIsStale() {
        AcceptRule used = rule(0, null, "response-field-removed", null, Optional.empty());
        AcceptRule stale = rule(1, "Visitors/*", "parameter-removed", null, Optional.empty());
        Acceptance.Result result = Acceptance.apply(List.of(REMOVED), file(List.of(used, stale), Map.of()), TODAY);

        assertThat(result.notices()).containsExactly("accept[1] (kind parameter-removed, operation Visitors/*) matches"
                + " no change; remove it, or correct its operation, kind or where");
    }

    @Test
    void theFirstMatchingEntryAcceptsAndALaterOneThatMatchesOnlyThatIsStale() {
        AcceptRule first = rule(0, "Guides/*", null, null, Optional.empty());
        AcceptRule second = rule(1, null, "response-field-removed", null, Optional.empty());
        Acceptance.Result result = Acceptance.apply(List.of(REMOVED), file(List.of(first, second), Map.of()), TODAY);

        assertThat(result.accepted()).extracting(AcceptedChange::reason).containsExactly("reason 0");
        assertThat(result.notices()).singleElement().asString().startsWith("accept[1] ");
    }

    @Test
    void aSeverityOverrideChangesTheSeverityAndSaysWhy() {
        Acceptance.Result result = Acceptance.apply(List.of(REMOVED, ADDED),
                file(List.of(), Map.of("response-field-added", Severity.BREAKING)), TODAY);

        assertThat(result.changes()).containsExactly(REMOVED, new Change(Severity.BREAKING, "response-field-added",
                "Pages/List pages", "response 200: $[].audience", "field audience was added",
                "clients ignore fields they do not know The accept file makes response-field-added breaking (by default"
                        + " compatible)."));
    }

    @Test
    void anOverrideToTheSameSeverityLeavesTheChangeAsItWas() {
        assertThat(Acceptance.override(ADDED, file(List.of(), Map.of("response-field-added", Severity.COMPATIBLE))))
                .isSameAs(ADDED);
    }

    @Test
    void anAcceptedChangeCarriesItsOverriddenSeverity() {
        AcceptRule rule = rule(0, null, "response-field-added", null, Optional.empty());
        Acceptance.Result result = Acceptance.apply(List.of(ADDED),
                file(List.of(rule), Map.of("response-field-added", Severity.BREAKING)), TODAY);

        assertThat(result.changes()).isEmpty();
        assertThat(result.accepted()).singleElement().satisfies(a -> assertThat(a.change().severity())
                .isEqualTo(Severity.BREAKING));
    }

    @Test
    void noFileChangesNothing() {
        Acceptance.Result result = Acceptance.apply(List.of(REMOVED, ADDED), AcceptFile.NONE, TODAY);

        assertThat(result.changes()).containsExactly(REMOVED, ADDED);
        assertThat(result.accepted()).isEmpty();
        assertThat(result.notices()).isEmpty();
    }

    private static AcceptRule rule(int index, String operation, String kind, String where, Optional<LocalDate> expires) {
        return new AcceptRule(index, Optional.ofNullable(operation), Optional.ofNullable(kind), Optional.ofNullable(where),
                "reason " + index, expires);
    }

    private static AcceptFile file(List<AcceptRule> rules, Map<String, Severity> severities) {
        return new AcceptFile("accept.yaml", rules, severities);
    }
}
