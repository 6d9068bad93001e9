package dev.pendokit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry-After as servers send it, read once for the client's retries and live drift's pacing. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-10-21T07:28:00Z");

    @Test
    void secondsAreTheWait() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 3 ", NOW)).contains(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse("0", NOW)).contains(Duration.ZERO);
    }

    @Test
    void moreDigitsThanALongHoldsAreALongWaitNotAnError() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofDays(365 * 100)));
    }

    @Test
    void anHttpDateIsTheTimeUntilThen() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:29:40 GMT", NOW)).contains(Duration.ofSeconds(100));
    }

    @Test
    void aDateInThePastIsNoWait() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ZERO);
    }

    /** Neither form RFC 9110 allows: the caller waits as it would without the header. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-5", "1.5", "+3", "tomorrow", "2026-10-21T07:29:40Z"})
    void anythingElseSaysNothing(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEqualTo(Optional.empty());
    }
}
