package dev.pendokit.mock.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rate limit's text, read strictly, and the burst and interval it means. */
class RateLimitTest {

    @Test
    void readsRequestsPerSecondOrPerMinute() {
        assertThat(RateLimit.parse("10/s")).isEqualTo(RateLimit.perSecond(10));
        assertThat(RateLimit.parse(" 600 / min ")).isEqualTo(RateLimit.perMinute(600));
        assertThat(RateLimit.parse("5/sec")).isEqualTo(RateLimit.perSecond(5));
        assertThat(RateLimit.parse("1/Second")).isEqualTo(RateLimit.perSecond(1));
        assertThat(RateLimit.parse("30/m")).isEqualTo(RateLimit.perMinute(30));
        assertThat(RateLimit.parse("30/minute")).isEqualTo(RateLimit.perMinute(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "0/s", "5/h", "", "10", "-1/s", "10/s/s", "1.5/s", "10 per second", "9999999999/s"})
    void refusesAnythingElseSayingWhatItTakes(String text) {
        assertThatThrownBy(() -> RateLimit.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rate limit is a number of requests per second or per minute, 1 or more (10/s, 600/min),"
                        + " not '" + text + "'");
    }

    @Test
    void writesItselfAsItIsRead() {
        assertThat(RateLimit.perSecond(10)).hasToString("10/s");
        assertThat(RateLimit.perMinute(600)).hasToString("600/min");
        assertThat(RateLimit.parse(RateLimit.perMinute(7).toString())).isEqualTo(RateLimit.perMinute(7));
    }

    @Test
    void theBurstIsOneSecondsWorthAndAtLeastOne() {
        assertThat(RateLimit.perSecond(10).burst()).isEqualTo(10);
        assertThat(RateLimit.perMinute(600).burst()).isEqualTo(10);
        assertThat(RateLimit.perMinute(90).burst()).isEqualTo(2);
        assertThat(RateLimit.perMinute(30).burst()).isEqualTo(1);
        assertThat(RateLimit.perSecond(4).interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(RateLimit.perMinute(6).interval()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesNoRequestsAndOtherPeriods() {
        assertThatThrownBy(() -> RateLimit.perSecond(0)).hasMessage("A rate limit allows 1 request or more, not 0");
        assertThatThrownBy(() -> new RateLimit(5, Duration.ofHours(1)))
                .hasMessage("A rate limit counts per second or per minute, not per PT1H");
    }
}
