package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Where the {@link AggregationEngine} takes the rows of a pipeline's source from: the fixed
 * {@link Dataset} of data mode, or the mock's state when it is stateful (the state starts from the
 * same dataset, and writes change what it returns). Rows are handed over as the engine's own: it
 * may not change them, but keeps them only for one answer.
 */
public interface RowSource {

    /** The object sources served ({@code visitors}, {@code accounts}, ...). */
    Set<String> objectSources();

    /** The event sources served, each needing a {@code timeSeries}. */
    Set<String> eventSources();

    /** The rows of an object source, ordered by id, as before any sort. */
    List<JsonNode> objects(String source);

    /** The rows of an event source on the given days (each a midnight UTC in epoch millis), ordered by day. */
    List<JsonNode> events(String source, List<Long> days);
}
