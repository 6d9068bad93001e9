package dev.pendokit.postmanecho.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.postmanecho.PostmanEchoException;
import dev.pendokit.postmanecho.model.TimestampValidityResponse;
import dev.pendokit.postmanecho.runtime.Call;
import dev.pendokit.postmanecho.runtime.Readers;
import dev.pendokit.postmanecho.runtime.ResponseReader;
import dev.pendokit.postmanecho.runtime.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The requests of the collection's folder "Utilities / Date and Time".
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class UtilitiesDateAndTimeApi {
    private final Transport transport;

    private final ResponseReader<String> textReader;

    private final ResponseReader<TimestampValidityResponse> timestampValidityResponseReader;

    private final ResponseReader<JsonNode> jsonReader;

    /**
     * Made by the client; use its {@code utilitiesDateAndTime()} accessor.
     *
     * @param transport sends the calls
     */
    public UtilitiesDateAndTimeApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.textReader = Readers.text();
        this.timestampValidityResponseReader = Readers.json(transport.mapper(), TimestampValidityResponse.class);
        this.jsonReader = Readers.tree(transport.mapper());
    }

    /**
     * A simple {@code GET} request to {@code /time/now} to return the current timestamp as a UTC string.
     *
     * <p>{@code GET /time/now} (request "Utilities / Date and Time/Current UTC time").
     *
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public String getCurrentUtc() {
        return transport.send(getCurrentUtcCall(), textReader);
    }

    /**
     * Like {@link #getCurrentUtc()}, without blocking.
     *
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<String> getCurrentUtcAsync() {
        return transport.sendAsync(getCurrentUtcCall(), textReader);
    }

    private Call getCurrentUtcCall() {
        return Call.builder("utilitiesDateAndTime.getCurrentUtc", "GET", "baseUrl", "/time/now")
            .accept("text/html; charset=utf-8")
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/valid} to determine the validity of the timestamp, (current by default). This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, and {@code strict} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a valid key to indicate the result. The response code is {@code 200}.
     *
     * <p>{@code GET /time/valid} (request "Utilities / Date and Time/Timestamp validity").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @return the answer (200: OK)
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public TimestampValidityResponse getTimestampValidity(String timestamp) {
        return transport.send(getTimestampValidityCall(timestamp), timestampValidityResponseReader);
    }

    /**
     * Like {@link #getTimestampValidity(String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<TimestampValidityResponse> getTimestampValidityAsync(
            String timestamp) {
        return transport.sendAsync(getTimestampValidityCall(timestamp), timestampValidityResponseReader);
    }

    private Call getTimestampValidityCall(String timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        return Call.builder("utilitiesDateAndTime.getTimestampValidity", "GET", "baseUrl", "/time/valid")
            .query("timestamp", timestamp)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/format} to convert the timestamp to any desired valid format.
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, and {@code strict} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code format} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/format} (request "Utilities / Date and Time/Format timestamp").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param format the query parameter {@code format}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getFormatTimestamp(String timestamp, String format) {
        return transport.send(getFormatTimestampCall(timestamp, format), jsonReader);
    }

    /**
     * Like {@link #getFormatTimestamp(String, String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param format the query parameter {@code format}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getFormatTimestampAsync(String timestamp, String format) {
        return transport.sendAsync(getFormatTimestampCall(timestamp, format), jsonReader);
    }

    private Call getFormatTimestampCall(String timestamp, String format) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(format, "format");
        return Call.builder("utilitiesDateAndTime.getFormatTimestamp", "GET", "baseUrl", "/time/format")
            .query("timestamp", timestamp)
            .query("format", format)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/unit} to extract the specified timestamp unit (as provided in the {@code unit} query parameter). The default unit returned is the {@code year}.
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, and {@code strict} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code unit} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/unit} (request "Utilities / Date and Time/Extract timestamp unit").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param unit the query parameter {@code unit}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getExtractTimestampUnit(String timestamp, String unit) {
        return transport.send(getExtractTimestampUnitCall(timestamp, unit), jsonReader);
    }

    /**
     * Like {@link #getExtractTimestampUnit(String, String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param unit the query parameter {@code unit}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getExtractTimestampUnitAsync(String timestamp, String unit) {
        return transport.sendAsync(getExtractTimestampUnitCall(timestamp, unit), jsonReader);
    }

    private Call getExtractTimestampUnitCall(String timestamp, String unit) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(unit, "unit");
        return Call.builder("utilitiesDateAndTime.getExtractTimestampUnit", "GET", "baseUrl", "/time/unit")
            .query("timestamp", timestamp)
            .query("unit", unit)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/add} to add units of time to the specified / current timestamp (as provided in the {@code years}, {@code months}, {@code days}, {@code hours}, {@code minutes}, {@code seconds}, and {@code milliseconds} query parameters).
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, and {@code strict} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code sum} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/add} (request "Utilities / Date and Time/Time addition").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param years the query parameter {@code years}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getAddition(String timestamp, long years) {
        return transport.send(getAdditionCall(timestamp, years), jsonReader);
    }

    /**
     * Like {@link #getAddition(String, long)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param years the query parameter {@code years}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getAdditionAsync(String timestamp, long years) {
        return transport.sendAsync(getAdditionCall(timestamp, years), jsonReader);
    }

    private Call getAdditionCall(String timestamp, long years) {
        Objects.requireNonNull(timestamp, "timestamp");
        return Call.builder("utilitiesDateAndTime.getAddition", "GET", "baseUrl", "/time/add")
            .query("timestamp", timestamp)
            .query("years", years)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/subtract} to subtract units of time from the specified / current timestamp (as provided in the {@code years}, {@code months}, {@code days}, {@code hours}, {@code minutes}, {@code seconds}, and {@code milliseconds} query parameters).
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, and {@code strict} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code difference} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/subtract} (request "Utilities / Date and Time/Time subtraction").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param years the query parameter {@code years}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getSubtraction(String timestamp, long years) {
        return transport.send(getSubtractionCall(timestamp, years), jsonReader);
    }

    /**
     * Like {@link #getSubtraction(String, long)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param years the query parameter {@code years}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getSubtractionAsync(String timestamp, long years) {
        return transport.sendAsync(getSubtractionCall(timestamp, years), jsonReader);
    }

    private Call getSubtractionCall(String timestamp, long years) {
        Objects.requireNonNull(timestamp, "timestamp");
        return Call.builder("utilitiesDateAndTime.getSubtraction", "GET", "baseUrl", "/time/subtract")
            .query("timestamp", timestamp)
            .query("years", years)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/start} to return a relative timstamp in the past from the specified / current timestamp (as provided in the {@code unit} query parameter).
     *
     * <p>For instance, if the {@code unit} has been specified as {@code month}, the returned timestamp would indicate the beginning of the current month. Similar results are returned for other units of time, like: {@code years}, {@code months}, {@code days}, {@code hours}, {@code minutes}, {@code seconds}, and {@code milliseconds}
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, and {@code strict} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code start} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/start} (request "Utilities / Date and Time/Start of time").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param unit the query parameter {@code unit}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode start(String timestamp, String unit) {
        return transport.send(startCall(timestamp, unit), jsonReader);
    }

    /**
     * Like {@link #start(String, String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param unit the query parameter {@code unit}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> startAsync(String timestamp, String unit) {
        return transport.sendAsync(startCall(timestamp, unit), jsonReader);
    }

    private Call startCall(String timestamp, String unit) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(unit, "unit");
        return Call.builder("utilitiesDateAndTime.start", "GET", "baseUrl", "/time/start")
            .query("timestamp", timestamp)
            .query("unit", unit)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/object} to return the current / provided timestamp as a JSON object.
     *
     * <p>For instance, if the {@code unit} has been specified as {@code month}, the returned timestamp would indicate the beginning of the current month. Similar results are returned for other units of time, like: {@code years}, {@code months}, {@code days}, {@code hours}, {@code minutes}, {@code seconds}, and {@code milliseconds}
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, and {@code strict} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/object} (request "Utilities / Date and Time/Object representation").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getObjectRepresentation(String timestamp) {
        return transport.send(getObjectRepresentationCall(timestamp), jsonReader);
    }

    /**
     * Like {@link #getObjectRepresentation(String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getObjectRepresentationAsync(String timestamp) {
        return transport.sendAsync(getObjectRepresentationCall(timestamp), jsonReader);
    }

    private Call getObjectRepresentationCall(String timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        return Call.builder("utilitiesDateAndTime.getObjectRepresentation", "GET", "baseUrl", "/time/object")
            .query("timestamp", timestamp)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/before} to check if the provided timestamps is before a comparison {@code target} (query parameter).
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, {@code strict}, and {@code target} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code before} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/before} (request "Utilities / Date and Time/Before comparisons").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param target the query parameter {@code target}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getComparisons(String timestamp, String target) {
        return transport.send(getComparisonsCall(timestamp, target), jsonReader);
    }

    /**
     * Like {@link #getComparisons(String, String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param target the query parameter {@code target}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getComparisonsAsync(String timestamp, String target) {
        return transport.sendAsync(getComparisonsCall(timestamp, target), jsonReader);
    }

    private Call getComparisonsCall(String timestamp, String target) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(target, "target");
        return Call.builder("utilitiesDateAndTime.getComparisons", "GET", "baseUrl", "/time/before")
            .query("timestamp", timestamp)
            .query("target", target)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/after} to check if the provided timestamps is after a comparison {@code target} (query parameter).
     *
     * <p>This endpoint accepts {@code timestamp}, {@code locale}, {@code format}, {@code strict}, and {@code target} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code after} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/after} (request "Utilities / Date and Time/After comparisons").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param target the query parameter {@code target}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode afterComparisons(String timestamp, String target) {
        return transport.send(afterComparisonsCall(timestamp, target), jsonReader);
    }

    /**
     * Like {@link #afterComparisons(String, String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param target the query parameter {@code target}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> afterComparisonsAsync(String timestamp, String target) {
        return transport.sendAsync(afterComparisonsCall(timestamp, target), jsonReader);
    }

    private Call afterComparisonsCall(String timestamp, String target) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(target, "target");
        return Call.builder("utilitiesDateAndTime.afterComparisons", "GET", "baseUrl", "/time/after")
            .query("timestamp", timestamp)
            .query("target", target)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/between} to check if the provided timestamp is between a range specified by the {@code start} and {@code end} query parameters. A resolution limit can also be specified by the {@code unit} query parameter.
     *
     * <p>For instance, for a resolution {@code unit} of {@code month}, {@code 2016-10-05} does lie between {@code 2016-11-02} and {@code 2016-09-01}.
     *
     * <p>This endpoint also accepts {@code timestamp}, {@code locale}, {@code format}, {@code strict}, and {@code target} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code between} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/between} (request "Utilities / Date and Time/Between timestamps").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param start the query parameter {@code start}
     * @param end the query parameter {@code end}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode getTimestamps(String timestamp, String start, String end) {
        return transport.send(getTimestampsCall(timestamp, start, end), jsonReader);
    }

    /**
     * Like {@link #getTimestamps(String, String, String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @param start the query parameter {@code start}
     * @param end the query parameter {@code end}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> getTimestampsAsync(String timestamp, String start,
            String end) {
        return transport.sendAsync(getTimestampsCall(timestamp, start, end), jsonReader);
    }

    private Call getTimestampsCall(String timestamp, String start, String end) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return Call.builder("utilitiesDateAndTime.getTimestamps", "GET", "baseUrl", "/time/between")
            .query("timestamp", timestamp)
            .query("start", start)
            .query("end", end)
            .build();
    }

    /**
     * A simple {@code GET} request to {@code /time/leap} to check if the provided/current timestamp belongs to a leap year.
     *
     * <p>This endpoint also accepts {@code timestamp}, {@code locale}, {@code format}, {@code strict}, and {@code target} query parameters to construct the date time instance to check against.
     *
     * <p>Responses are provided in JSON format, with a {@code leap} key to indicate the result. The response code is {@code 200} for valid query parameters, and {@code 400} otherwise.
     *
     * <p>{@code GET /time/leap} (request "Utilities / Date and Time/Leap year check").
     *
     * @param timestamp the query parameter {@code timestamp}
     * @return the answer
     * @throws PostmanEchoException for every other failed call, with its status, reason and body
     */
    public JsonNode checkLeapYear(String timestamp) {
        return transport.send(checkLeapYearCall(timestamp), jsonReader);
    }

    /**
     * Like {@link #checkLeapYear(String)}, without blocking.
     *
     * @param timestamp the query parameter {@code timestamp}
     * @return the answer, once it comes; the future fails with the same exceptions
     */
    public CompletableFuture<JsonNode> checkLeapYearAsync(String timestamp) {
        return transport.sendAsync(checkLeapYearCall(timestamp), jsonReader);
    }

    private Call checkLeapYearCall(String timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        return Call.builder("utilitiesDateAndTime.checkLeapYear", "GET", "baseUrl", "/time/leap")
            .query("timestamp", timestamp)
            .build();
    }
}
