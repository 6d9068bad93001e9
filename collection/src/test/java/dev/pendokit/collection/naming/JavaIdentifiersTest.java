package dev.pendokit.collection.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaIdentifiersTest {

    @Nested
    class Words {

        @Test
        void splitsAtSpacesAndPunctuation() {
            assertThat(JavaIdentifiers.words("Get Visitor-by_ID (v1)!"))
                    .containsExactly("Get", "Visitor", "by", "ID", "v1");
        }

        @Test
        void splitsWhereALowerCaseLetterMeetsAnUpperCaseOne() {
            assertThat(JavaIdentifiers.words("accountIds")).containsExactly("account", "Ids");
        }

        @Test
        void splitsWhereADigitMeetsAnUpperCaseLetter() {
            assertThat(JavaIdentifiers.words("v2Api")).containsExactly("v2", "Api");
        }

        @Test
        void splitsBeforeTheLastCapitalOfAnAcronym() {
            assertThat(JavaIdentifiers.words("HTTPServer")).containsExactly("HTTP", "Server");
            assertThat(JavaIdentifiers.words("XMLHttpRequest")).containsExactly("XML", "Http", "Request");
        }

        @Test
        void keepsAnAcronymAtTheEndTogether() {
            assertThat(JavaIdentifiers.words("visitorID")).containsExactly("visitor", "ID");
        }

        @Test
        void keepsThePluralOfAnAcronymInOneWord() {
            assertThat(JavaIdentifiers.words("Application IDs")).containsExactly("Application", "IDs");
            assertThat(JavaIdentifiers.words("visitorIDsList")).containsExactly("visitor", "IDs", "List");
            assertThat(JavaIdentifiers.words("URLs")).containsExactly("URLs");
        }

        @Test
        void stillSplitsAnAcronymBeforeAWordThatStartsWithS() {
            assertThat(JavaIdentifiers.words("HTTPSender")).containsExactly("HTTP", "Sender");
            assertThat(JavaIdentifiers.words("IDsomething")).containsExactly("I", "Dsomething");
        }

        @Test
        void keepsUnicodeLetters() {
            assertThat(JavaIdentifiers.words("Größe café")).containsExactly("Größe", "café");
        }

        @Test
        void dropsEverythingThatIsNotALetterOrDigit() {
            assertThat(JavaIdentifiers.words(" -- ✓ $ _ ")).isEmpty();
        }
    }

    @Nested
    class Camel {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Get Visitor by ID               | getVisitorById",
                "accountIds                      | accountIds",
                "HTTPServer                      | httpServer",
                "Application IDs                 | applicationIds",
                "metadata.auto.firstvisit        | metadataAutoFirstvisit",
                "x-pendo-integration-key         | xPendoIntegrationKey",
                "b64_id                          | b64Id",
                "Add/remove small batches        | addRemoveSmallBatches",
                "ALL CAPS NAME                   | allCapsName",
                "Größe der Seite                 | größeDerSeite",
        })
        void joinsTheWordsInCamelCase(String text, String expected) {
            assertThat(JavaIdentifiers.camel(text, "value")).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "class      | class_",
                "Default    | default_",
                "New        | new_",
                "true       | true_",
                "record     | record_",
                "var        | var_",
                "hash code  | hashCode_",
                "to string  | toString_",
                "get class  | getClass_",
        })
        void appendsAnUnderscoreToReservedWords(String text, String expected) {
            assertThat(JavaIdentifiers.camel(text, "value")).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "404 response | _404Response",
                "2fa          | _2fa",
                "1st page     | _1stPage",
        })
        void prefixesAnUnderscoreToALeadingDigit(String text, String expected) {
            assertThat(JavaIdentifiers.camel(text, "value")).isEqualTo(expected);
        }

        @Test
        void returnsTheFallbackWhenNoWordRemains() {
            assertThat(JavaIdentifiers.camel("", "value")).isEqualTo("value");
            assertThat(JavaIdentifiers.camel("(*)", "operation")).isEqualTo("operation");
        }

        @Test
        void cutsANameTooLongForAFileNameAndEndsItInItsHash() {
            String name = JavaIdentifiers.camel("Get " + "very ".repeat(60) + "long", "operation");

            assertThat(name).isEqualTo(ShortNames.fit("get" + "Very".repeat(60) + "Long")).hasSize(ShortNames.MAX_BYTES)
                    .startsWith("getVeryVery").matches(".*_[0-9a-f]{8}");
        }

        @Test
        void readsAcronymsAsWords() {
            assertThat(JavaIdentifiers.camel("ID", "value")).isEqualTo("id");
            assertThat(JavaIdentifiers.camel("get ID", "value")).isEqualTo("getId");
        }
    }

    @Nested
    class Pascal {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "The page object             | ThePageObject",
                "Get Visitor History Response | GetVisitorHistoryResponse",
                "HTTPServer                  | HttpServer",
                "accountIds                  | AccountIds",
                "visitor ID                  | VisitorId",
                "Application IDs             | ApplicationIds",
                "élan vital                  | ÉlanVital",
                "class                       | Class",
                "404 page                    | _404Page",
        })
        void joinsTheWordsInPascalCase(String text, String expected) {
            assertThat(JavaIdentifiers.pascal(text, "Unnamed")).isEqualTo(expected);
        }

        @Test
        void returnsTheFallbackWhenNoWordRemains() {
            assertThat(JavaIdentifiers.pascal("!!!", "Unnamed")).isEqualTo("Unnamed");
        }
    }

    @Nested
    class IsValid {

        @ParameterizedTest
        @ValueSource(strings = {"page", "getVisitorById", "_404", "$ref", "größe", "Page2", "class_", "a_b"})
        void acceptsJavaIdentifiers(String name) {
            assertThat(JavaIdentifiers.isValid(name)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "_", "class", "null", "var", "hashCode", "1page", "get-visitor", "a b", "a.b"})
        void refusesWhatJavaForbidsOrRecordsBreakOn(String name) {
            assertThat(JavaIdentifiers.isValid(name)).isFalse();
        }

        @Test
        void refusesNull() {
            assertThat(JavaIdentifiers.isValid(null)).isFalse();
        }
    }
}
