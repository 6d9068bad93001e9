package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The days an event source covers, from its {@code timeSeries}: {@code period} {@code dayRange},
 * {@code first} as epoch millis (a number or a numeric string) or {@code "now()"}, and
 * {@code count} days. A positive count covers the day of {@code first} and the days after it; a
 * negative one the days before it (so {@code "now()"} and {@code -7} is the last seven full days),
 * as Pendo's ELT connectors read it. Days start at midnight UTC.
 */
record TimeSeries(List<Long> days) {

    static final long DAY = Duration.ofDays(1).toMillis();

    /** More days than this is refused: the rows are built in memory, per request. */
    static final int MAX_DAYS = 400;

    /** The period this engine serves; another goes to the stubs, as before the engine. */
    static boolean supported(JsonNode timeSeries) {
        return timeSeries.path("period").asText().equals("dayRange");
    }

    /** @throws UnreadablePipelineException naming the field of {@code timeSeries} it could not read */
    static TimeSeries of(JsonNode timeSeries, Clock clock) {
        long first = dayOf(first(timeSeries.path("first"), clock));
        JsonNode countNode = timeSeries.path("count");
        int count;
        if (countNode.isIntegralNumber() && countNode.canConvertToInt()) {
            count = countNode.intValue();
        } else if (countNode.isTextual()) {
            count = parseCount(countNode.asText());
        } else {
            throw new UnreadablePipelineException("source: timeSeries.count must be a whole number of days, not "
                    + countNode);
        }
        if (Math.abs((long) count) > MAX_DAYS) {
            throw new UnreadablePipelineException("source: timeSeries.count " + count + " covers more than "
                    + MAX_DAYS + " days, more than the mock builds");
        }
        List<Long> days = new ArrayList<>();
        long start = count >= 0 ? first : first + (long) count * DAY;
        for (int i = 0; i < Math.abs(count); i++) {
            days.add(start + i * DAY);
        }
        return new TimeSeries(List.copyOf(days));
    }

    private static long first(JsonNode first, Clock clock) {
        if (first.isIntegralNumber()) {
            return first.longValue();
        }
        if (first.isTextual()) {
            String text = first.asText().trim();
            if (text.equals("now()")) {
                return clock.millis();
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new UnreadablePipelineException("source: timeSeries.first must be epoch millis (a number or a numeric"
                + " string) or \"now()\", not " + first);
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new UnreadablePipelineException("source: timeSeries.count must be a whole number of days, not \""
                    + text + "\"");
        }
    }

    private static long dayOf(long millis) {
        return Math.floorDiv(millis, DAY) * DAY;
    }
}
