package dev.pendokit.pendo.jobs.bi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.aggregation.Aggregation;
import dev.pendokit.pendo.aggregation.Source;
import dev.pendokit.pendo.model.Report;
import dev.pendokit.pendo.runtime.RowStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a BI connector pulls from Pendo: public reports, a report's contents (JSON rows, CSV, or a
 * table under the report's own column names), a guide's change history, and a "row aggregation"
 * of a source over a date window, selected by the field the connector documents for that source
 * (a day-range time series for event sources, {@code lastUpdatedAt} or
 * {@code metadata.auto.lastvisit} for object sources), or a custom pipeline as the connector takes it
 * (JSON text). Aggregations of the client's builder run on the client itself
 * ({@code pendo.aggregations().run(...)}).
 */
public final class BiExtraction {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PendoClient pendo;
    private final Clock clock;
    private final ZoneId zone;

    /** Dates are days in {@code zone}; "today" comes from {@code clock}. */
    public BiExtraction(PendoClient pendo, Clock clock, ZoneId zone) {
        this.pendo = Objects.requireNonNull(pendo, "pendo");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Days in UTC, today by the system clock. */
    public BiExtraction(PendoClient pendo) {
        this(pendo, Clock.systemUTC(), ZoneId.of("UTC"));
    }

    public List<Report> publicReports() {
        return pendo.reports().listPublic();
    }

    /** A report's rows as JSON objects, keyed by Pendo's field names. */
    public List<JsonNode> reportRows(String reportId) {
        return pendo.reports().getContents(reportId);
    }

    public String reportCsv(String reportId) {
        return pendo.reports().getContentsAsCsv(reportId);
    }

    /** A report's rows under the report's own column names (its CSV header). */
    public ReportTable reportTable(String reportId) {
        return ReportTable.parse(reportCsv(reportId));
    }

    public List<JsonNode> guideHistory(String guideId) {
        return pendo.guides().getChangeHistory(guideId);
    }

    /** The rows of a source within a date window, every field as Pendo sends it. */
    public RowStream<JsonNode> rowAggregation(Source<?> source, DateWindow window) {
        return pendo.aggregations().run(window.applyTo(Aggregation.of(source.asJson()), clock, zone));
    }

    /** The connector's "custom" source: a whole request body, as Pendo documents it. */
    public RowStream<JsonNode> custom(String requestJson) {
        try {
            return custom(JSON.readTree(requestJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The custom aggregation is not JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage(), e);
        }
    }

    private RowStream<JsonNode> custom(JsonNode body) {
        if (!body.path("request").path("pipeline").isArray()) {
            throw new IllegalArgumentException("A custom aggregation needs {\"request\": {\"pipeline\": [...]}}");
        }
        return pendo.aggregations().run(body);
    }
}
