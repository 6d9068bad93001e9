package dev.pendokit.collection.resolve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.TinyCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.naming.JavaIdentifiers;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.ShortNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names the generated code could not take as the collection gives them, each repaired by one rule
 * of {@code naming/ReservedNames}, {@code naming/ShortNames} or {@link OperationNamer}, and the
 * warning where the repair is not one the reader would guess.
 */
class HostileNamesTest {

    @Test
    void aFolderNamedLikeAMemberOfTheClientIsRenamedWithAWarning() {
        ApiModel model = TinyCollection.named("T").folder("Transport", "Get it").folder("builder", "Get it")
                .folder("Close", "Get it").model();

        assertThat(model.operations()).extracting(Operation::groupJavaName)
                .containsExactly("transport_", "builder_", "close_");
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at 'Transport' (/item/0): the folder's Java name transport is a member the generated client"
                        + " has for itself, so its requests are under transport_(). Choose a name with the override"
                        + " group:Transport=<name>",
                "warning at 'builder' (/item/1): the folder's Java name builder is a member the generated client has"
                        + " for itself, so its requests are under builder_(). Choose a name with the override"
                        + " group:builder=<name>",
                "warning at 'Close' (/item/2): the folder's Java name close is a member the generated client has for"
                        + " itself, so its requests are under close_(). Choose a name with the override"
                        + " group:Close=<name>");
    }

    @Test
    void aFolderWithoutLettersOrDigitsGetsTheFallbackNameWithAWarning() {
        ApiModel model = TinyCollection.named("T").folder("!!!", "Get it").folder("🎉", "Get it").model();

        assertThat(model.operations()).extracting(Operation::groupJavaName).containsExactly("group", "group2");
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at '!!!' (/item/0): the folder's name has no letters or digits to make a Java name of, so its"
                        + " requests are under group(). Choose a name with the override group:!!!=<name>",
                "warning at '🎉' (/item/1): the folder's name has no letters or digits to make a Java name of, so its"
                        + " requests are under group2(). Choose a name with the override group:🎉=<name>");
    }

    @Test
    void keywordsDigitsAndOtherScriptsAreRepairedWithoutAWarning() {
        ApiModel model = TinyCollection.named("T").folder("class", "Get").folder("123", "Get")
                .folder("日本語", "取得").folder("toString", "Get").model();

        assertThat(model.operations()).extracting(o -> o.groupJavaName() + "." + o.javaName())
                .containsExactly("class_.get", "_123.get", "日本語.get取得", "toString_.get");
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void aTopLevelRequestTakesNoMemberOfTheClientNorAFoldersAccessor() {
        ApiModel model = TinyCollection.named("T").folder("Pages", "List pages").request("close").request("pages")
                .model();

        assertThat(model.operations()).extracting(Operation::javaName).containsExactly("list", "close2", "getPages");
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at 'close' (/item/1): the request's Java name close is taken on the generated client by a"
                        + " member of its own or a folder's accessor; this one is called close2. Rename one of the"
                        + " requests, or choose a name with operation:close=<name>");
    }

    @Test
    void anOverrideThatGivesATopLevelRequestAMemberOfTheClientIsAnError() {
        byte[] json = TinyCollection.named("T").request("Get it").json();
        ResolveOptions options = ResolveOptions.DEFAULTS.withOverrides(NameOverrides.parse(List.of(
                "operation:Get it=builder"), "names.txt"));

        assertThatThrownBy(() -> ApiModels.load(json, "t.json", options)).isInstanceOf(CollectionException.class)
                .hasMessage("t.json has 1 problem:\n  - error at 'Get it' (/item/0): the override operation:Get it=builder"
                        + " gives a request at the collection's top level a name of the generated client's own"
                        + " (builder, or its Async or Call method). Choose another name");
    }

    @Test
    void aRequestTakesNotTheNameOfAnotherRequestsAsyncTwin() {
        ApiModel model = TinyCollection.named("T").folder("Misc", "Get thing", "Get thing async").model();

        assertThat(model.operations()).extracting(Operation::javaName).containsExactly("getThing", "getThingAsync2");
        assertThat(model.warnings()).extracting(Diagnostic::toString).containsExactly(
                "warning at 'Misc/Get thing async' (/item/0/item/1): the request's Java name getThingAsync is already"
                        + " taken in 'Misc' by the Async or Call method of 'Misc/Get thing'; this one is called"
                        + " getThingAsync2. Rename one of the requests, or choose a name with operation:Misc/Get"
                        + " thing async=<name>");
    }

    @Test
    void typesShadowNeitherJavaLangNorTheNestedBuilderNorAWindowsDevice() {
        ApiModel model = TinyCollection.named("T").documentedFolder("Strings", "String")
                .documentedFolder("Builders", "Builder").documentedFolder("Records", "Record")
                .documentedFolder("Cons", "Con").model();

        assertThat(model.types()).extracting(ObjectShape::name)
                .contains("String_", "Builder_", "Record_", "Con_").doesNotContain("String", "Builder", "Record", "Con");
    }

    @Test
    void aNameTooLongForAFileIsCutWithItsHash() {
        String folder = "z".repeat(300);
        ApiModel model = TinyCollection.named("T").folder(folder, "Get " + "r".repeat(300)).model();

        Operation operation = model.operations().get(0);
        assertThat(operation.groupJavaName()).isEqualTo(ShortNames.fit("z".repeat(300)));
        assertThat(operation.javaName()).isEqualTo(ShortNames.fit("get" + "R" + "r".repeat(299)));
        assertThat(model.types()).allSatisfy(t -> assertThat(t.name().getBytes(UTF_8).length)
                .isLessThanOrEqualTo(ShortNames.MAX_BYTES));
        assertThat(JavaIdentifiers.isValid(operation.groupJavaName())).isTrue();
    }
}
