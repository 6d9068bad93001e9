package dev.pendokit.collection.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.ArrayShape;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.MapShape;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON against documented shapes, as live drift and the mock's tests see it. */
class ShapeCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ObjectShape PAGE = new ObjectShape("Page", "The Page Object", ObjectShape.Origin.DOCUMENTED,
            "", List.of(
                    new Field("id", "id", ScalarShape.STRING, true, false, ""),
                    new Field("rank", "rank", ScalarShape.INTEGER, true, false, ""),
                    new Field("stableVersionId", "stableVersionId", ScalarShape.STRING, false, true, ""),
                    new Field("tags", "tags", new MapShape(ScalarShape.STRING), true, false, ""),
                    new Field("odd name", "oddName", ScalarShape.BOOLEAN, true, false, "")));
    private static final Shape PAGES = new ArrayShape(PAGE);

    @Test
    void aBodyOfTheShapeFits() {
        assertThat(ShapeCheck.mismatches(PAGES, json("""
                [{"id": "p-1", "rank": 1.0, "stableVersionId": null, "tags": {"a": "x", "b": null}, "odd name": true}]
                """))).isEmpty();
    }

    @Test
    void eachKindOfMismatchAtItsPlaceOncePerPlace() {
        List<ShapeMismatch> mismatches = ShapeCheck.mismatches(PAGES, json("""
                [{"id": 7, "rank": 1.5, "tags": {"a": 1}, "odd name": true, "pageRank": 3},
                 {"id": 8, "rank": 2, "tags": {}, "odd name": "yes"}]
                """));

        assertThat(mismatches).extracting(ShapeMismatch::toString).containsExactly(
                "$[].id: a whole number, documented as a string",
                "$[].rank: a fractional number, documented as a whole number",
                "$[].stableVersionId: missing (optional)",
                "$[].tags.*: a whole number, documented as a string",
                "$[].pageRank: undocumented",
                "$[]['odd name']: a string, documented as a boolean");
        assertThat(mismatches.get(2)).isEqualTo(new ShapeMismatch(ShapeMismatch.Kind.MISSING_FIELD,
                "$[].stableVersionId", "stableVersionId", "a string", "", true));
        assertThat(mismatches.get(4).field()).isEqualTo("pageRank");
    }

    @Test
    void nullWhereTheDocumentationHasNoNullIsATypeChange() {
        assertThat(ShapeCheck.mismatches(PAGE, json("{\"id\": null, \"rank\": 1, \"stableVersionId\": null,"
                + " \"tags\": {}, \"odd name\": false}"))).extracting(ShapeMismatch::toString)
                .containsExactly("$.id: null, documented as a string (not nullable)");
    }

    @Test
    void whatIsReportedIsTheJsonTypeNeverTheValue() {
        List<ShapeMismatch> mismatches = ShapeCheck.mismatches(PAGE, json("{\"id\": [\"visitor@acme.com\"]}"));

        assertThat(mismatches.toString()).doesNotContain("acme");
        assertThat(mismatches.get(0).actual()).isEqualTo("an array");
    }

    @Test
    void theMocksSampleOfEveryPendoSuccessFitsItsShape() {
        ApiModel pendo = TestModels.pendo();
        for (Operation operation : pendo.operations()) {
            Response success = operation.successResponse().orElseThrow();
            assertThat(ShapeCheck.mismatches(success.shape(), SampleValues.of(success.shape())))
                    .as(operation.location().itemPath()).isEmpty();
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
