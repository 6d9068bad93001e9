package dev.pendokit.collection.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.TinyCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * What codegen's CollectionFuzzTest found in the reader and the resolver, each on the smallest
 * collection that shows it, with the seed of the case that found it.
 */
class FuzzRegressionsTest {

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
