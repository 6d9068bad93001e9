package dev.pendokit.collection.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.TinyCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * What codegen's CollectionFuzzTest found in the reader and the resolver, each on the smallest
 * collection that shows it, with the seed of the case that found it (a seed replays the same case
 * only with the mutator of that commit; the test here does not depend on it).
 */
class FuzzRegressionsTest {

    /** Seeds 7f5b277e92289ca5, d5d46817050d0d64, a2ed0646ce1ebe5c: 5,000 nested arrays overflowed the parser's stack. */
    @Test
    void aBodyNestedTooDeeplyIsKeptAsTextWithAWarning() {
        ObjectNode request = TinyCollection.get("Send deep", "{}");
        ((ObjectNode) request.get("request")).put("method", "POST").putObject("body").put("mode", "raw")
                .put("raw", "[".repeat(5000) + "]".repeat(5000));

        ApiModel model = TinyCollection.named("T").item(request).model();

        assertThat(model.operations().get(0).requestBody()).hasValueSatisfying(body ->
                assertThat(body.kind()).isEqualTo(BodyKind.TEXT));
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly("warning at 'Send deep'"
                + " (/item/0/request/body/raw): the JSON body is not JSON even when comments and {{placeholders}} are"
                + " allowed (line 1, column 201: objects and arrays nest more than 200 deep here); it is kept as text."
                + " Fix the body at that place, or set its language to Text in Postman");
    }

    /** Seed 58861433ae45862d: an attribute named "." threw ArrayIndexOutOfBoundsException. */
    @Test
    void anAttributeNamedOnlyWithDotsIsLeftOutWithAWarning() {
        TinyCollection collection = TinyCollection.named("T").documentedFolder("Things", "Thing");
        ((ObjectNode) collection.root().withArray("item").get(0)).put("description", "### The Thing Object\n\n"
                + "| Attribute | Type | Description |\n|---|---|---|\n| id | string | |\n| . | string | |\n");

        ApiModel model = collection.model();

        assertThat(model.types()).anySatisfy(t -> assertThat(t.fields()).extracting(f -> f.name()).containsExactly("id"));
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly("warning at 'Things' (/item/0):"
                + " the attribute \".\" (in The Thing Object) names no field, only dots; it is left out. Name the"
                + " attribute in that table, or remove the row");
    }
}
