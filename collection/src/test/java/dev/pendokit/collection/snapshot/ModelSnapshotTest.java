package dev.pendokit.collection.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.SyntheticCollection;
import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A model read back from its snapshot is the model that was written, for any collection. */
class ModelSnapshotTest {

    private static final long FINGERPRINT = 0x1234_5678_9abcL;

    @Test
    void theBundledModelComesBackEqual() {
        ApiModel model = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);

        assertThat(roundTrip(model)).isEqualTo(model);
    }

    @ParameterizedTest
    @MethodSource("dev.pendokit.collection.TestModels#readableCorpus")
    void everyCollectionOfTheCorpusComesBackEqual(String file) {
        ApiModel model = TestModels.corpus(file);

        assertThat(roundTrip(model)).isEqualTo(model);
    }

    @Test
    void aLargeSyntheticCollectionComesBackEqual() {
        ApiModel model = ApiModels.load(SyntheticCollection.json(1_000), "synthetic.json", ResolveOptions.DEFAULTS);

        assertThat(roundTrip(model)).isEqualTo(model);
    }

    @Test
    void anObjectShapeUsedInManyPlacesIsStillOneObject() {
        ApiModel model = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);
        ObjectShape written = model.types().get(0);
        assertThat(usesOf(model, written)).as("the written model uses the type itself").isNotEmpty();

        ApiModel read = roundTrip(model);

        ObjectShape type = read.types().get(0);
        assertThat(usesOf(read, type)).hasSameSizeAs(usesOf(model, written))
                .allSatisfy(shape -> assertThat(shape).isSameAs(type));
    }

    @Test
    void jsonNumbersKeepTheirKindAndStringsOver64KbSurvive() {
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("int", 1).put("long", 1L << 40).put("double", 0.5).put("float", 1.5f)
                .put("big", new BigInteger("123456789012345678901234567890"))
                .put("decimal", new BigDecimal("1.000000000000000000001")).put("text", "é".repeat(40_000))
                .putNull("nothing");
        json.putArray("list").add(true).add(false).addObject().put("nested", "yes");
        ApiModel model = withBody(ApiModels.resolveBundled(ResolveOptions.DEFAULTS), json);

        ApiModel read = roundTrip(model);

        assertThat(read).isEqualTo(model);
        assertThat(read.operations().get(0).requestBody().orElseThrow().exampleJson().orElseThrow().get("text")
                .textValue()).hasSize(40_000);
    }

    @Test
    void theSameModelGivesTheSameBytes() {
        ApiModel model = ApiModels.resolveBundled(ResolveOptions.DEFAULTS);

        assertThat(ModelSnapshot.write(model, FINGERPRINT)).isEqualTo(ModelSnapshot.write(model, FINGERPRINT));
    }

    @Test
    void aSnapshotOfSomethingElseOrCutShortIsNotRead() {
        byte[] snapshot = ModelSnapshot.write(TestModels.corpus("p2o-echo.postman.json"), FINGERPRINT);

        assertThat(ModelSnapshot.read(snapshot, FINGERPRINT + 1)).as("another collection").isEmpty();
        assertThat(ModelSnapshot.read(Arrays.copyOf(snapshot, snapshot.length / 2), FINGERPRINT)).as("cut short")
                .isEmpty();
        assertThat(ModelSnapshot.read(Arrays.copyOf(snapshot, snapshot.length + 1), FINGERPRINT))
                .as("with bytes after the model").isEmpty();
        byte[] otherFormat = snapshot.clone();
        otherFormat[7] = (byte) (ModelSnapshot.FORMAT + 1);
        assertThat(ModelSnapshot.read(otherFormat, FINGERPRINT)).as("another format").isEmpty();
        assertThat(ModelSnapshot.read(new byte[0], FINGERPRINT)).as("empty").isEmpty();
        assertThat(ModelSnapshot.read(snapshot, FINGERPRINT)).as("the snapshot itself").isPresent();
    }

    private static ApiModel roundTrip(ApiModel model) {
        return ModelSnapshot.read(ModelSnapshot.write(model, FINGERPRINT), FINGERPRINT).orElseThrow();
    }

    /** Every place a response or a field of the model holds {@code type}, by equality. */
    private static List<ObjectShape> usesOf(ApiModel model, ObjectShape type) {
        return model.operations().stream().flatMap(o -> o.responses().stream()).map(Response::shape)
                .filter(type::equals).map(ObjectShape.class::cast).toList();
    }

    /** The model with its first operation sending {@code json} as its example body. */
    private static ApiModel withBody(ApiModel model, ObjectNode json) {
        Operation first = model.operations().get(0);
        Operation changed = new Operation(first.name(), first.javaName(), first.folders(), first.group(),
                first.groupJavaName(), first.method(), first.readOnly(), first.server(), first.path(),
                first.parameters(), Optional.of(new RequestBody(BodyKind.JSON, "application/json", json.toString(),
                        Optional.of(json), true, ScalarShape.STRING, List.of())), first.responses(), first.auth(),
                first.description(), first.location());
        List<Operation> operations = new ArrayList<>(model.operations());
        operations.set(0, changed);
        return new ApiModel(model.source(), model.name(), model.description(), model.variables(),
                model.collectionResponses(), operations, model.types(), model.diagnostics());
    }
}
