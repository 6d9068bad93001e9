package dev.pendokit.pendo.jobs.bi;

import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Source;
import dev.pendokit.pendo.aggregation.TimeSeries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Which dates a row aggregation covers, as a BI connector asks for them: one specific date, a
 * number of days back from today, or a range whose start and end are each a specific date or a
 * number of days ago. Both ends are included.
 */
public final class DateWindow {

    /** One end of a range: a specific date, or a number of days before today. */
    public record Bound(LocalDate date, int daysAgo) {

        public static Bound on(LocalDate date) {
            return new Bound(Objects.requireNonNull(date, "date"), -1);
        }

        public static Bound daysAgo(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("days ago must be 0 (today) or more, not " + days);
            }
            return new Bound(null, days);
        }

        LocalDate resolve(Clock clock, ZoneId zone) {
            return date != null ? date : LocalDate.now(clock.withZone(zone)).minusDays(daysAgo);
        }
    }

    private final Bound start;
    private final Bound end;

    private DateWindow(Bound start, Bound end) {
        this.start = start;
        this.end = end;
    }

    public static DateWindow on(LocalDate date) {
        return new DateWindow(Bound.on(date), Bound.on(date));
    }

    /** The last {@code days} days, today included. */
    public static DateWindow daysBack(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days back must be 1 or more, not " + days);
        }
        return new DateWindow(Bound.daysAgo(days - 1), Bound.daysAgo(0));
    }

    public static DateWindow between(Bound start, Bound end) {
        return new DateWindow(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
    }

    /** The first and last day, resolved against today. */
    public LocalDate[] days(Clock clock, ZoneId zone) {
        LocalDate first = start.resolve(clock, zone);
        LocalDate last = end.resolve(clock, zone);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the window ends (" + last + ") before it starts (" + first + ")");
        }
        return new LocalDate[] {first, last};
    }

    /** The window as an aggregation step: a time series for event sources, a filter on the source's time field otherwise. */
    public <R> Aggregation<R> applyTo(Aggregation<R> aggregation, Clock clock, ZoneId zone) {
        LocalDate[] days = days(clock, zone);
        if (aggregation.source().kind() == Source.Kind.EVENTS) {
            return aggregation.timeSeries(TimeSeries.between(days[0], days[1], zone));
        }
        long from = days[0].atStartOfDay(zone).toInstant().toEpochMilli();
        long to = days[1].plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        String field = aggregation.source().timeField();
        return aggregation.filter(field + " >= " + from + " && " + field + " < " + to);
    }
}
