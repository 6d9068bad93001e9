package dev.pendokit.generator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev.pendokit.class", "dev.pendokit.123", "dev.pendokit.", "dev..pendokit", "", "dev.pendo-kit"})
    void refusesAPackageNameJavaDoesNotTake(String packageName) {
        assertThatThrownBy(() -> new GeneratorOptions(packageName, "MyClient"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The package name \"" + packageName + "\" is not a Java package name (identifiers"
                        + " separated by dots, none of them a keyword). Set pendokit.packageName"
                        + " (GeneratorOptions.packageName) to one, such as dev.pendokit.myapi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "123Client", "My Client", "String", "Builder", "Region", "Con", "RuntimeClient",
        "IllegalStateClient"})
    void refusesAClientNameTheClientCannotHave(String clientName) {
        assertThatThrownBy(() -> new GeneratorOptions("dev.pendokit.my", clientName))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The client name \"" + clientName + "\" is not a Java class name the client can have (an"
                        + " identifier, not a keyword, not Region, and neither it nor its exceptions named like a type"
                        + " of java.lang). Set pendokit.clientName (GeneratorOptions.clientName) to one, such as"
                        + " MyApiClient");
    }
}
