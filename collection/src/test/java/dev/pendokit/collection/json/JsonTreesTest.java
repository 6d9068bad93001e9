package dev.pendokit.collection.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.BundledCollection;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The streaming reader and writer give what databind's ObjectMapper gives, without building one. */
class JsonTreesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesEveryKindOfNodeAsObjectMapperDoes() throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode tree = nodes.objectNode();
        tree.put("text", "a \"quoted\" line\nwith ünïcode and \u0001 a control character");
        tree.put("int", 7).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"));
        tree.put("float", 1.5f).put("double", 0.1).put("decimal", new BigDecimal("1.10")).put("tiny", new BigDecimal("1E-7"));
        tree.put("yes", true).putNull("nothing");
        tree.putArray("list").add(1).add("two").addNull().addObject().putArray("empty");
        tree.putObject("nested").putObject("deeper").put("", "empty name");

        assertThat(JsonTrees.write(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
        assertThat(JsonTrees.write(nodes.textNode("alone"))).isEqualTo("\"alone\"");
    }

    @Test
    void theBundledCollectionRoundTripsAsObjectMapperWritesIt() throws IOException {
        byte[] pendo;
        try (InputStream in = BundledCollection.open()) {
            pendo = in.readAllBytes();
        }
        JsonNode read = JsonTrees.read(pendo);

        assertThat(read).isEqualTo(MAPPER.readTree(pendo));
        assertThat(JsonTrees.write(read)).isEqualTo(MAPPER.writeValueAsString(read));
    }

    @Test
    void readsAStringStrictly() throws IOException {
        assertThat(JsonTrees.read("{\"a\": [1, \"x\", null, true]}"))
                .isEqualTo(MAPPER.readTree("{\"a\": [1, \"x\", null, true]}"));
        // Decimals as written, not rounded to a double.
        assertThat(JsonTrees.read("0.10").decimalValue()).isEqualTo(new BigDecimal("0.10"));
        assertThat(JsonTrees.read("  ")).isNull();
        assertThatThrownBy(() -> JsonTrees.read("[1] [2]")).isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("Unexpected content after the end of the JSON value");
        assertThatThrownBy(() -> JsonTrees.read("id,name\n1,a")).isInstanceOf(JsonParseException.class);
    }
}
