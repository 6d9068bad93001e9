package dev.pendokit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.naming.ShortNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pendo API               | dev.pendokit.pendo         | PendoClient",
            "Box Content API         | dev.pendokit.boxcontent    | BoxContentClient",
            "Int                     | dev.pendokit.int_          | IntClient",
            "Enum                    | dev.pendokit.enum_         | EnumClient",
            "null                    | dev.pendokit.null_         | NullClient",
            "true                    | dev.pendokit.true_         | TrueClient",
            "goto                    | dev.pendokit.goto_         | GotoClient",
            "var                     | dev.pendokit.var_          | VarClient",
            "123 API                 | dev.pendokit._123          | _123Client",
            "Café API                | dev.pendokit.cafe          | CaféClient",
            "Con                     | dev.pendokit.con_          | ConClient",
            "Class                   | dev.pendokit.class_        | ClassApiClient",
            "Runtime                 | dev.pendokit.runtime       | RuntimeApiClient",
            "Illegal State           | dev.pendokit.illegalstate  | IllegalStateApiClient",
            "String                  | dev.pendokit.string        | StringClient",
    })
    void derivesALegalPackageAndClientFromTheCollectionsName(String name, String packageName, String clientName) {
        DefaultOptions.Derived derived = DefaultOptions.of(name);

        assertThat(derived.options()).isEqualTo(new GeneratorOptions(packageName, clientName));
        assertThat(derived.diagnostics()).isEmpty();
    }

    @Test
    void cutsALongNameWithItsHash() {
        GeneratorOptions options = DefaultOptions.of("x".repeat(300)).options();

        String stem = ShortNames.fit("X" + "x".repeat(299));
        assertThat(options.clientName()).isEqualTo(stem + "Client");
        assertThat(options.packageName()).isEqualTo("dev.pendokit." + stem.toLowerCase().replace("_", ""));
    }

    @Test
    void fallsBackToTheApiPackageForANameWithoutLatinLettersAndSaysWhichOptionSetsIt() {
        DefaultOptions.Derived derived = DefaultOptions.of("日本語");

        assertThat(derived.options()).isEqualTo(new GeneratorOptions("dev.pendokit.api", "日本語Client"));
        assertThat(derived.diagnostics()).extracting(Diagnostic::toString).containsExactly("warning at /info/name: the"
                + " collection's name \"日本語\" has no Latin letters or digits to make a package name of, so the client's"
                + " package is dev.pendokit.api. Set the package with pendokit.packageName (GeneratorOptions.packageName)");
    }

    @Test
    void fallsBackToApiClientForANameWithoutLettersOrDigitsAndSaysWhichOptionsSetThem() {
        DefaultOptions.Derived derived = DefaultOptions.of("!!!");

        assertThat(derived.options()).isEqualTo(new GeneratorOptions("dev.pendokit.api", "ApiClient"));
        assertThat(derived.diagnostics()).extracting(Diagnostic::toString).containsExactly("warning at /info/name: the"
                + " collection's name \"!!!\" has no letters or digits to name the client after, so it is"
                + " dev.pendokit.api.ApiClient. Set the package with pendokit.packageName and the class with"
                + " pendokit.clientName (GeneratorOptions.packageName and clientName)");
    }

    @Test
    void fallsBackToApiClientForACollectionWithoutName() {
        assertThat(DefaultOptions.of("").diagnostics()).extracting(Diagnostic::toString).containsExactly("warning at"
                + " /info/name: the collection has no name to name the client after, so it is"
                + " dev.pendokit.api.ApiClient. Set the package with pendokit.packageName and the class with"
                + " pendokit.clientName (GeneratorOptions.packageName and clientName)");
    }
}
