package dev.pendokit.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.markdown.MarkdownTable;
import dev.pendokit.collection.markdown.MarkdownTables;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.collection.model.Variable;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled Pendo collection resolved into the API model, checked operation by operation
 * against what seed 002 documents.
 */
class PendoModelTest {

    private static ApiModel model;

    @BeforeAll
    static void resolveTheBundledCollection() {
        model = ApiModels.loadBundled(ResolveOptions.DEFAULTS);
    }

    @Test
    void everyRequestBecomesAnOperationInCollectionOrder() throws IOException {
        List<String> seedOrder = new ArrayList<>(seedStatusCodes().keySet());
        assertThat(model.operations()).extracting(o -> o.location().itemPath()).containsExactlyElementsOf(seedOrder);
        assertThat(model.operations()).hasSize(110);
    }

    @Test
    void theGetsAndTheAggregationQueriesOnlyRead() {
        List<Operation> readOnly = model.operations().stream().filter(Operation::readOnly).toList();

        assertThat(readOnly).hasSize(83);
        assertThat(readOnly).filteredOn(o -> !o.method().equals("GET"))
                .allSatisfy(o -> assertThat(o.method() + " " + o.path()).isEqualTo("POST /api/v1/aggregation"))
                .hasSize(50);
        assertThat(model.operations()).filteredOn(o -> o.method().equals("GET")).allMatch(Operation::readOnly);
    }

    @Test
    void everyStatusCodeTheSeedDocumentsIsOnItsOperation() throws IOException {
        Map<String, List<Integer>> expected = seedStatusCodes();
        List<String> differences = new ArrayList<>();
        for (Operation operation : model.operations()) {
            List<Integer> own = operation.responses().stream()
                    .filter(r -> r.source() == ResponseSource.DOCUMENTED).map(Response::status).toList();
            List<Integer> seed = expected.get(operation.location().itemPath());
            if (!own.equals(seed)) {
                differences.add(operation.location().itemPath() + ": seed " + seed + ", model " + own);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void collectionWideCodesApplyToEveryOperationAndAreMarked() {
        assertThat(model.collectionResponses()).extracting(Response::status)
                .containsExactly(200, 400, 401, 402, 404, 422, 429, 500, 502, 503, 504);
        for (Operation operation : model.operations()) {
            for (int status : List.of(400, 401, 402, 404, 422, 429, 500, 502, 503, 504)) {
                assertThat(operation.response(status)).as(operation.name() + " " + status).isPresent();
            }
        }
        Operation visitor = operation("Visitor/Get Visitor by ID");
        assertThat(visitor.response(401).orElseThrow().source()).isEqualTo(ResponseSource.COLLECTION);
        assertThat(visitor.response(401).orElseThrow().reason()).isEqualTo("No valid integration key provided.");
        assertThat(visitor.response(404).orElseThrow().source()).isEqualTo(ResponseSource.DOCUMENTED);
        assertThat(visitor.response(404).orElseThrow().reason())
                .isEqualTo("Error while getting visitor, no such entity found");
        // A request with its own success codes does not also get the collection-wide 200.
        assertThat(operation("Metadata/Create or Undelete an Agent or Custom Field").response(200)).isEmpty();
    }

    @Test
    void rangesAndRepeatedCodesKeepEveryReason() {
        Operation add = operation("Segment/Add a visitor to a segment");
        assertThat(add.responses()).filteredOn(Response::isSuccess).extracting(Response::status)
                .containsExactly(200, 201, 202);
        assertThat(add.response(201).orElseThrow().reason()).isEqualTo("Success");
        Operation export = operation("Guide/Bulk XLIFF Export");
        assertThat(export.response(400).orElseThrow().reasons()).containsExactly(
                "Bad Request. More than 15 guides requested.",
                "Bad Request. Guide ids must be provided.",
                "Bad Request. guideid is resourcecenter.",
                "Bad Request. Guide id xxxxx: P1 guides are not supported.",
                "Bad Request. Localization is not enabled for guide's xxxxx application.");
    }

    @Test
    void objectTablesBecomeTypedShapes() {
        assertThat(fields("Page")).containsExactly(
                Map.entry("createdByUser", "Map"), Map.entry("createdAt", "EPOCH_MILLIS"),
                Map.entry("lastUpdatedByUser", "Map"), Map.entry("lastUpdatedAt", "EPOCH_MILLIS"),
                Map.entry("kind", "STRING"), Map.entry("rootVersionId", "STRING"),
                Map.entry("stableVersionId", "STRING"), Map.entry("id", "STRING"), Map.entry("appId", "NUMBER"));
        assertThat(fields("Feature")).containsEntry("name", "STRING").containsEntry("createdAt", "EPOCH_MILLIS");
        assertThat(fields("Guide")).containsEntry("name", "STRING").containsEntry("lastUpdatedAt", "EPOCH_MILLIS");
        assertThat(fields("Segment")).containsEntry("name", "STRING").containsEntry("id", "STRING");
        assertThat(fields("Report")).containsEntry("shared", "BOOLEAN").containsEntry("definition", "List<Definition>");
        assertThat(fields("Definition")).containsEntry("generator", "STRING").containsEntry("timeSeries", "List");
        assertThat(fields("Visitor")).containsExactly(Map.entry("id", "STRING"), Map.entry("accountIds", "List"),
                Map.entry("metadata", "VisitorMetadata"));
        assertThat(fields("VisitorMetadataAuto")).containsEntry("firstvisit", "EPOCH_MILLIS")
                .containsEntry("lastbrowsername", "STRING").containsEntry("lastbrowserversion", "ANY");
        assertThat(fields("Account")).containsEntry("metadata", "AccountMetadata");
        assertThat(fields("AccountMetadataAuto")).containsEntry("lastvisit", "EPOCH_MILLIS")
                .containsEntry("idhash", "INTEGER");
    }

    @Test
    void getRequestsAnswerTheirFoldersObjectAsAListOrAsOne() {
        assertThat(describe(success("Page/Return List of All Pages"))).isEqualTo("List<Page>");
        assertThat(describe(success("Page/Return a Specific Page"))).isEqualTo("List<Page>");
        assertThat(describe(success("Visitor/Get Visitor by ID"))).isEqualTo("Visitor");
        assertThat(describe(success("Account/Get Account by base64 encoded ID"))).isEqualTo("Account");
        assertThat(describe(success("Segment/Get Segment by segmentId"))).isEqualTo("Segment");
        assertThat(describe(success("Report/Return a List of Public Reports"))).isEqualTo("List<Report>");
        // Deeper paths answer something else than the folder's object.
        assertThat(describe(success("Segment/Check segment export status"))).isEqualTo("ANY");
        assertThat(describe(success("Guide/Retrieve Change History for a Guide"))).isEqualTo("List<ANY>");
    }

    @Test
    void requestLevelTablesDescribeResponsesAndBodies() {
        assertThat(describe(success("Visitor/Get Visitor History for a Time Period")))
                .isEqualTo("List<GetVisitorHistoryForATimePeriodItem>");
        assertThat(fields("GetVisitorHistoryForATimePeriodItem")).containsEntry("ts", "EPOCH_MILLIS");
        assertThat(describe(success("Segment/Get segment status"))).isEqualTo("GetSegmentStatusResponse");
        ObjectShape track = (ObjectShape) operation("Track/Send a Track Event").requestBody().orElseThrow().shape();
        assertThat(track.title()).isEqualTo("The Track Object");
        assertThat(track.origin()).isEqualTo(ObjectShape.Origin.DOCUMENTED);
        assertThat(track.fields()).filteredOn(Field::required).extracting(Field::name)
                .containsExactly("type", "event", "visitorId", "timestamp");
        assertThat(track.field("timestamp").orElseThrow().shape()).isEqualTo(ScalarShape.EPOCH_MILLIS);
        ObjectShape feedback = (ObjectShape) operation("Listen/Create new feedback").requestBody().orElseThrow()
                .shape();
        assertThat(feedback.fields()).filteredOn(Field::required).extracting(Field::name)
                .containsExactly("title", "accountId", "importance", "appIds");
    }

    @Test
    void visitorHistoryRowsCarryTsLastTsAndATypeSpecificId() {
        // Corrected from singer-io/tap-pendo (streams.py VisitorHistory, schemas/visitor_history.json).
        assertThat(fields("GetVisitorHistoryForATimePeriodItem")).containsExactly(
                Map.entry("type", "STRING"), Map.entry("pageId", "STRING"), Map.entry("featureId", "STRING"),
                Map.entry("guideId", "STRING"), Map.entry("untaggedUrl", "STRING"), Map.entry("ts", "EPOCH_MILLIS"),
                Map.entry("lastTs", "EPOCH_MILLIS"), Map.entry("uri", "STRING"));
    }

    @Test
    void setValueForOneFieldSendsTheJsonEncodedValueAsItsBody() {
        Operation setValue = operation("Metadata/Set Value for an Agent or Custom Field");
        var body = setValue.requestBody().orElseThrow();
        assertThat(body.kind()).isEqualTo(BodyKind.JSON);
        assertThat(body.mediaType()).isEqualTo("application/json");
        assertThat(body.example()).isEqualTo("\"YES\"");
        assertThat(body.exampleJson().orElseThrow().isTextual()).isTrue();
        assertThat(body.exampleJson().orElseThrow().asText()).isEqualTo("YES");
        assertThat(body.shape()).isEqualTo(ScalarShape.STRING);
        assertThat(setValue.description()).contains("The body is the new value, JSON encoded");
        assertThat(parameters("Metadata/Set Value for an Agent or Custom Field")).containsExactly(
                "PATH kind STRING", "PATH group STRING", "PATH id STRING", "PATH fieldName STRING");
    }

    @Test
    void theTrackEventHasOneAuthenticationMechanism() {
        Operation track = operation("Track/Send a Track Event");
        assertThat(track.auth()).isEqualTo(
                new AuthScheme.ApiKey("x-pendo-integration-key", AuthScheme.In.HEADER, "trackEventSecret"));
        assertThat(track.parameters(ParameterIn.HEADER)).isEmpty();
        assertThat(track.parameters()).isEmpty();
    }

    @Test
    void everyDetailsUriAgreesWithItsOperationsPath() {
        List<String> differences = new ArrayList<>();
        for (Operation operation : model.operations()) {
            List<MarkdownTable> details = MarkdownTables.parse(operation.description()).stream()
                    .filter(t -> !t.header().isEmpty() && t.header().get(0).equals("Details")).toList();
            assertThat(details).as(operation.name()).hasSize(1);
            String uri = details.get(0).value("URI").or(() -> details.get(0).value("URL")).orElseThrow();
            String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
            if (!path.equals(operation.path().toString())) {
                differences.add(operation.location().itemPath() + ": Details " + uri + ", path " + operation.path());
            }
        }
        assertThat(differences).isEmpty();
        assertThat(operation("Segment/Add/remove small batches of visitors to a segment").path().toString())
                .isEqualTo("/api/v1/segment/:segmentId/visitor");
        assertThat(parameters("Segment/Add/remove small batches of visitors to a segment"))
                .containsExactly("PATH segmentId STRING");
    }

    @Test
    void updateExistingFeedbackTakesItsIdFromTheFeedbackIdVariable() throws IOException {
        String feedbackId = model.variables().stream().filter(v -> v.name().equals("feedbackId"))
                .map(Variable::defaultValue).findFirst().orElseThrow();
        Parameter id = operation("Listen/Update existing feedback").parameters(ParameterIn.PATH).get(0);
        assertThat(id.name()).isEqualTo("id");
        assertThat(id.example()).isEqualTo(feedbackId).isEqualTo("HyyP3t3V2-v46aSzv0OrbHfbgCQ");

        // The same collection with another feedbackId: the request follows the variable.
        ObjectMapper json = new ObjectMapper();
        JsonNode collection;
        try (InputStream in = BundledCollection.open()) {
            collection = json.readTree(in);
        }
        for (JsonNode variable : collection.path("variable")) {
            if (variable.path("key").asText().equals("feedbackId")) {
                ((ObjectNode) variable).put("value", "anotherFeedback");
            }
        }
        ApiModel changed = ApiModels.load(json.writeValueAsBytes(collection), "changed", ResolveOptions.DEFAULTS);
        assertThat(changed.operation("Listen/Update existing feedback").orElseThrow()
                .parameters(ParameterIn.PATH).get(0).example()).isEqualTo("anotherFeedback");
    }

    @Test
    void everyAggregationAnswersResultsRows() {
        List<Operation> aggregations = model.operations().stream()
                .filter(o -> o.path().toString().equals("/api/v1/aggregation")).toList();
        assertThat(aggregations).hasSize(50).allSatisfy(o -> {
            ObjectShape envelope = (ObjectShape) o.successResponse().orElseThrow().shape();
            assertThat(envelope.origin()).as(o.name()).isEqualTo(ObjectShape.Origin.ENVELOPE);
            assertThat(envelope.fields()).as(o.name()).extracting(Field::name).containsExactly("results");
            assertThat(envelope.field("results").orElseThrow().shape()).as(o.name()).isInstanceOf(ArrayShape.class);
        });
    }

    @Test
    void aggregationRowsCarryTheFieldsRealClientsRead() {
        // From singer-io/tap-pendo's schemas (visitors, events, page_events, feature_events, track_events,
        // guide_events, poll_events).
        assertThat(fields("VisitorsRow")).containsEntry("id", "STRING").containsEntry("visitorId", "STRING");
        for (String row : List.of("EventsRow", "PageEventsRow", "FeatureEventsRow")) {
            assertThat(fields(row)).as(row).containsEntry("visitorId", "STRING")
                    .containsEntry("numMinutes", "INTEGER").containsEntry("remoteIp", "STRING")
                    .containsEntry("server", "STRING").containsEntry("userAgent", "STRING")
                    .containsEntry("parameters", "ANY");
        }
        assertThat(fields("TrackEventsRow")).containsEntry("visitorId", "STRING")
                .containsEntry("numMinutes", "NUMBER").containsEntry("remoteIp", "STRING")
                .containsEntry("server", "STRING").containsEntry("userAgent", "STRING")
                .doesNotContainKey("parameters");
        for (String row : List.of("GuideEventsRow", "PollEventsRow")) {
            assertThat(fields(row)).as(row).containsEntry("visitorId", "STRING").containsEntry("remoteIp", "STRING")
                    .containsEntry("serverName", "STRING").containsEntry("userAgent", "STRING")
                    .doesNotContainKeys("server", "numMinutes", "parameters");
        }
        Operation events = operation("Aggregation/Events sources/events");
        ObjectShape envelope = (ObjectShape) events.successResponse().orElseThrow().shape();
        assertThat(describe(envelope.field("results").orElseThrow().shape())).isEqualTo("List<EventsRow>");
    }

    @Test
    void anAggregationRequestBlockMayCarryNameAndRequestId() {
        ObjectShape body = (ObjectShape) operation("Aggregation/Common aggregations/NPS").requestBody().orElseThrow()
                .shape();
        ObjectShape request = (ObjectShape) body.field("request").orElseThrow().shape();
        assertThat(request.fields()).extracting(Field::name).contains("name", "pipeline", "requestId");
        assertThat(request.field("requestId").orElseThrow().shape()).isEqualTo(ScalarShape.STRING);
    }

    @Test
    void aggregationsAnswerRowsInResults() {
        Operation visitors = operation("Aggregation/Metadata and object sources/visitors");
        ObjectShape envelope = (ObjectShape) visitors.successResponse().orElseThrow().shape();
        assertThat(envelope.origin()).isEqualTo(ObjectShape.Origin.ENVELOPE);
        assertThat(describe(envelope.field("results").orElseThrow().shape())).isEqualTo("List<VisitorsRow>");
        assertThat(fields("VisitorsRowMetadataAuto")).containsEntry("accountIds", "List");
        ObjectShape guideRow = model.type("GuidesRow").orElseThrow();
        assertThat(describe(guideRow.field("attributes").orElseThrow().shape())).isEqualTo("GuidesAttributes");
        long aggregations = model.operations().stream()
                .filter(o -> o.path().toString().equals("/api/v1/aggregation")).count();
        assertThat(aggregations).isEqualTo(50);
    }

    @Test
    void nonStrictJsonBodiesAreReadLenientlyAndKeptVerbatim() {
        var pes = operation("Aggregation/PES/PES").requestBody().orElseThrow();
        assertThat(pes.kind()).isEqualTo(BodyKind.JSON);
        assertThat(pes.strictJson()).isFalse();
        assertThat(pes.example()).contains("\"appId\": {{appId}},");
        assertThat(pes.exampleJson().orElseThrow().at("/request/pipeline/0/pes/appId").asText())
                .isEqualTo("{{appId}}");
        var byVisitor = operation("Aggregation/Common aggregations/events by visitor").requestBody().orElseThrow();
        assertThat(byVisitor.example()).contains("// use identified to return only identified visitors");
        assertThat(byVisitor.exampleJson().orElseThrow().at("/request/pipeline/1/identified").asText())
                .isEqualTo("visitorId");
        assertThat(operation("Page/Return List of All Pages").requestBody()).isEmpty();
    }

    @Test
    void nonJsonBodiesAndResponsesKeepTheirMediaType() {
        assertThat(success("Report/Return Report Contents as CSV").mediaType()).isEqualTo("text/csv");
        assertThat(success("Segment/Retrieve segment export results").kind()).isEqualTo(BodyKind.CSV);
        assertThat(success("Guide/Export Guide Experiment Results").kind()).isEqualTo(BodyKind.CSV);
        assertThat(success("Guide/Bulk XLIFF Export").mediaType()).isEqualTo("application/xml");
        assertThat(success("Guide/Bulk XLIFF Import").kind()).isEqualTo(BodyKind.JSON);
        var xliff = operation("Guide/Bulk XLIFF Import").requestBody().orElseThrow();
        assertThat(xliff.kind()).isEqualTo(BodyKind.XML);
        assertThat(xliff.mediaType()).isEqualTo("application/xml; charset=UTF-8");
        var optOut = operation("Metadata/Opt-out a Visitor or Account From All Guide Display").requestBody()
                .orElseThrow();
        assertThat(optOut.shape()).isEqualTo(ScalarShape.BOOLEAN);
    }

    @Test
    void parametersAreTypedAndRequiredAsDocumented() {
        assertThat(parameters("Page/Return List of All Pages")).containsExactly(
                "QUERY expand? STRING", "QUERY appId? INTEGER");
        assertThat(parameters("Visitor/Get Visitor History for a Time Period")).containsExactly(
                "PATH visitorId STRING", "QUERY starttime EPOCH_MILLIS");
        assertThat(parameters("Visitor/Get Visitor by base64 encoded ID")).containsExactly(
                "PATH b64Id STRING", "HEADER xPendoBase64EncodedParams=true BOOLEAN");
        assertThat(parameters("Metadata/Set Value for a Set of Agent or Custom Fields")).containsExactly(
                "PATH kind STRING", "PATH group STRING", "QUERY create? BOOLEAN");
        Parameter visitorId = operation("Visitor/Get Visitor by ID").parameters(ParameterIn.PATH).get(0);
        assertThat(visitorId.example()).isEqualTo("exampleVisitor");
        assertThat(visitorId.description()).isEqualTo("Visitor ID");
    }

    @Test
    void authIsTheIntegrationKeyExceptForTheTrackEvent() {
        for (Operation operation : model.operations()) {
            AuthScheme expected = operation.name().equals("Send a Track Event")
                    ? new AuthScheme.ApiKey("x-pendo-integration-key", AuthScheme.In.HEADER, "trackEventSecret")
                    : new AuthScheme.ApiKey("x-pendo-integration-key", AuthScheme.In.HEADER, "integrationKey");
            assertThat(operation.auth()).as(operation.name()).isEqualTo(expected);
            assertThat(operation.parameters(ParameterIn.HEADER)).extracting(Parameter::name)
                    .as("the key header is auth, not a parameter").noneMatch(n -> n.equalsIgnoreCase("x-pendo-integration-key"));
        }
        assertThat(operation("Track/Send a Track Event").server().defaultUrl()).isEqualTo("https://data.pendo.io");
        assertThat(operation("Page/Return List of All Pages").server().defaultUrl()).isEqualTo("https://app.pendo.io");
        assertThat(operation("Page/Return List of All Pages").server().variable()).isEqualTo("baseUrl");
    }

    @Test
    void namesAreValidUniqueAndReadable() {
        assertThat(model.operations()).extracting(Operation::groupJavaName).containsOnly("pages", "features",
                "tracks", "visitors", "accounts", "bulkDeletion", "segments", "reports", "guides", "metadata",
                "dataSync", "listen", "admin", "aggregations");
        assertThat(operation("Visitor/Get Visitor by ID").javaName()).isEqualTo("get");
        assertThat(operation("Segment/Add/remove small batches of visitors to a segment").javaName())
                .isEqualTo("updateVisitors");
        // The 50 aggregation requests are examples of one call (the four event sources take `details` too).
        assertThat(model.operations()).filteredOn(o -> o.groupJavaName().equals("aggregations"))
                .extracting(Operation::javaName).containsOnly("run").hasSize(50);
        // A name shared outside the aggregations is an overload: the same verb with other arguments.
        Map<String, List<String>> shared = model.operations().stream()
                .filter(o -> !o.groupJavaName().equals("aggregations"))
                .collect(Collectors.groupingBy(o -> o.groupJavaName() + "." + o.javaName(), TreeMap::new,
                        Collectors.mapping(o -> o.location().itemPath(), Collectors.toList())));
        shared.values().removeIf(paths -> paths.size() == 1);
        assertThat(shared).containsOnlyKeys("features.get", "guides.resetSeen", "guides.resetStaged", "pages.get");
        assertThat(model.types()).extracting(ObjectShape::name).doesNotHaveDuplicates();
    }

    @Test
    void theBundledCollectionResolvesWithOnlyItsKnownWarnings() {
        assertThat(model.errors()).isEmpty();
        assertThat(model.warnings()).extracting(d -> d.location().itemPath()).containsExactly(
                "Account", "Aggregation/Metadata and object sources/accounts");
        assertThat(model.warnings().get(0).message()).isEqualTo("the documentation gives \"metadata\" (in The Account"
                + " Object) a type that is not an object, but also documents nested attributes such as"
                + " \"metadata.auto.firstvisit\"; it is read as an object");
    }

    @Test
    void theModelKeepsNoCredential() {
        assertThat(model.variables()).filteredOn(v -> v.name().equals("integrationKey"))
                .extracting(v -> v.defaultValue()).containsExactly("");
        assertThat(model.toString()).doesNotContain("PENDO_INTEGRATION_KEY");
    }

    private static Map<String, List<Integer>> seedStatusCodes() throws IOException {
        Map<String, List<Integer>> codes = new LinkedHashMap<>();
        try (InputStream in = PendoModelTest.class.getResourceAsStream("/pendo/seed-status-codes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String entry = line.substring(line.indexOf(' ') + 1);
                int eq = entry.lastIndexOf(" = ");
                List<Integer> statuses = new ArrayList<>();
                for (String code : entry.substring(eq + 3).split(",")) {
                    statuses.add(Integer.parseInt(code.strip()));
                }
                codes.put(entry.substring(0, eq), statuses);
            }
        }
        return codes;
    }

    private static Operation operation(String itemPath) {
        return model.operation(itemPath).orElseThrow(() -> new AssertionError("no operation " + itemPath));
    }

    private static Response success(String itemPath) {
        return operation(itemPath).successResponse().orElseThrow();
    }

    private static String describe(Response response) {
        return describe(response.shape());
    }

    /** Field name to its shape, with objects by type name and containers by their kind. */
    private static Map<String, String> fields(String type) {
        Map<String, String> fields = new LinkedHashMap<>();
        model.type(type).orElseThrow(() -> new AssertionError("no type " + type)).fields()
                .forEach(f -> fields.put(f.name(), describeShallow(f.shape())));
        return fields;
    }

    private static String describeShallow(Shape shape) {
        if (shape instanceof ArrayShape array && array.items() instanceof ObjectShape item) {
            return "List<" + item.name() + ">";
        }
        if (shape instanceof ArrayShape) {
            return "List";
        }
        if (shape instanceof MapShape) {
            return "Map";
        }
        return describe(shape);
    }

    private static String describe(Shape shape) {
        if (shape instanceof ObjectShape object) {
            return object.name();
        }
        if (shape instanceof ArrayShape array) {
            return "List<" + describe(array.items()) + ">";
        }
        if (shape instanceof MapShape map) {
            return "Map<" + describe(map.values()) + ">";
        }
        if (shape instanceof ScalarShape scalar) {
            return scalar.type().name();
        }
        return "ANY";
    }

    private static List<String> parameters(String itemPath) {
        return operation(itemPath).parameters().stream().map(p -> p.in() + " " + p.javaName()
                + (p.required() ? "" : "?") + (p.constant() ? "=" + p.example() : "") + " "
                + p.shape().type()).toList();
    }
}
