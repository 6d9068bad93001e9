package dev.pendokit.runtime.aggregation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which days (or hours) an event source covers: Pendo's {@code timeSeries}, starting at
 * {@code first} (epoch milliseconds, or an expression such as {@code now()}) for {@code count}
 * periods; a negative count goes back from {@code first}.
 *
 * @param period {@code dayRange} or {@code hourRange}
 * @param first the start: epoch milliseconds (a {@code Long}) or an expression ({@code now()})
 * @param count how many periods; negative goes back from {@code first}
 */
public record TimeSeries(String period, Object first, int count) {

    /**
     * Checks the values, so a series Pendo would refuse fails here rather than in the request.
     *
     * @param period {@code dayRange} or {@code hourRange}
     * @param first the start: epoch milliseconds (a {@code Long}) or an expression ({@code now()})
     * @param count how many periods, not 0; negative goes back from {@code first}
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code first} is neither a {@code Long} nor a {@code String}, or
     *     {@code count} is 0
     */
    public TimeSeries {
        Objects.requireNonNull(period, "period");
        if (!(first instanceof Long || first instanceof String)) {
            throw new IllegalArgumentException("first is epoch milliseconds (a long) or an expression such as \"now()\"");
        }
        if (count == 0) {
            throw new IllegalArgumentException("a time series covers at least one period: count must not be 0");
        }
    }

    /**
     * One day, in the given zone.
     *
     * @param day the day
     * @param zone the zone whose midnight starts the day
     * @return the time series
     */
    public static TimeSeries on(LocalDate day, ZoneId zone) {
        return new TimeSeries("dayRange", millis(day, zone), 1);
    }

    /**
     * The last {@code days} days, up to now.
     *
     * @param days how many days, 1 or more
     * @return the time series
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public static TimeSeries daysBack(int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("days back must be 1 or more, not " + days);
        }
        return new TimeSeries("dayRange", "now()", -days);
    }

    /**
     * The last {@code hours} hours, up to now.
     *
     * @param hours how many hours, 1 or more
     * @return the time series
     * @throws IllegalArgumentException if {@code hours} is less than 1
     */
    public static TimeSeries hoursBack(int hours) {
        if (hours <= 0) {
            throw new IllegalArgumentException("hours back must be 1 or more, not " + hours);
        }
        return new TimeSeries("hourRange", "now()", -hours);
    }

    /**
     * From {@code start} to {@code end}, both included, in the given zone.
     *
     * @param start the first day
     * @param end the last day, not before {@code start}
     * @param zone the zone whose midnight starts each day
     * @return the time series
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static TimeSeries between(LocalDate start, LocalDate end, ZoneId zone) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the range ends (" + end + ") before it starts (" + start + ")");
        }
        return new TimeSeries("dayRange", millis(start, zone), Math.toIntExact(ChronoUnit.DAYS.between(start, end) + 1));
    }

    /**
     * From {@code daysAgoStart} days ago to {@code daysAgoEnd} days ago (0 is today), both included.
     *
     * @param daysAgoStart the first day, in days before today
     * @param daysAgoEnd the last day, in days before today: 0 or more, and not before the first
     * @return the time series
     * @throws IllegalArgumentException if {@code daysAgoEnd} is negative or greater than {@code daysAgoStart}
     */
    public static TimeSeries relative(int daysAgoStart, int daysAgoEnd) {
        if (daysAgoEnd > daysAgoStart || daysAgoEnd < 0) {
            throw new IllegalArgumentException("give the start further back than the end: " + daysAgoStart
                    + " days ago to " + daysAgoEnd + " days ago");
        }
        return new TimeSeries("dayRange", "dateAdd(startOfPeriod(\"daily\", now()), -" + daysAgoStart + ", \"days\")",
                daysAgoStart - daysAgoEnd + 1);
    }

    /**
     * The time series as the pipeline writes it.
     *
     * @return a new object on each call, free to change
     */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("period", period);
        if (first instanceof Long millis) {
            node.put("first", millis);
        } else {
            node.put("first", (String) first);
        }
        return node.put("count", count);
    }

    private static long millis(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
