package dev.pendokit.collection.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReservedNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "String       | String_",
            "Object       | Object_",
            "Record       | Record_",
            "Class        | Class_",
            "Enum         | Enum_",
            "Override     | Override_",
            "Builder      | Builder_",
            "Con          | Con_",
            "Lpt1         | Lpt1_",
            "Page         | Page",
            "Strings      | Strings",
            "Console      | Console",
    })
    void typesShadowNeitherJavaLangNorTheNestedBuilderNorAWindowsDevice(String name, String repaired) {
        assertThat(ReservedNames.type(name)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "transport | transport_",
            "builder   | builder_",
            "close     | close_",
            "toString  | toString_",
            "pages     | pages",
            "Transport | Transport",
    })
    void accessorsTakeNoMemberOfTheClient(String name, String repaired) {
        assertThat(ReservedNames.clientMember(name)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "class  | class_",
            "int    | int_",
            "enum   | enum_",
            "null   | null_",
            "true   | true_",
            "goto   | goto_",
            "var    | var_",
            "123    | _123",
            "con    | con_",
            "pendo  | pendo",
            "string | string",
    })
    void packageSegmentsAreRepairedAsTheJlsAdvises(String segment, String repaired) {
        assertThat(ReservedNames.packageSegment(segment)).isEqualTo(repaired);
    }
}
