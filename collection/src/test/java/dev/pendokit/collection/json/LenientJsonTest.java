package dev.pendokit.collection.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * {@code strictJson} written compactly, to compare with a parsed value's {@code toString()}:
     * Jackson reads small integers as ints where LenientJson reads longs, so the nodes differ while
     * the JSON is the same.
     */
    private static String json(String strictJson) throws Exception {
        return JSON.readTree(strictJson).toString();
    }

    /** The message of the error that parsing {@code text} raises. */
    private static String errorOf(String text) {
        LenientJson.SyntaxError error = catchThrowableOfType(LenientJson.SyntaxError.class,
                () -> LenientJson.parse(text));
        assertThat(error).as("parsing %s should fail", text).isNotNull();
        return error.getMessage();
    }

    @Nested
    class StrictJson {

        @Test
        void readsEveryKindOfValueAndCallsItStrict() throws Exception {
            String text = """
                    {
                      "name": "Pendo",
                      "count": 3,
                      "ratio": -0.5,
                      "active": true,
                      "deleted": false,
                      "parent": null,
                      "tags": ["a", "b"],
                      "nested": {"empty": {}, "none": []}
                    }
                    """;

            LenientJson.Parsed parsed = LenientJson.parse(text);

            assertThat(parsed.value().toString()).isEqualTo(json(text));
            assertThat(parsed.strict()).isTrue();
            assertThat(parsed.unquotedPlaceholders()).isEmpty();
        }

        @Test
        void readsAScalarAtTheTopLevel() throws Exception {
            assertThat(LenientJson.parse("  \"text\"  ").value().textValue()).isEqualTo("text");
            assertThat(LenientJson.parse("true").value().booleanValue()).isTrue();
            assertThat(LenientJson.parse("false").value().isBoolean()).isTrue();
            assertThat(LenientJson.parse("null").value().isNull()).isTrue();
        }

        @Test
        void skipsAByteOrderMarkAndWhitespace() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("\uFEFF\r\n\t{\"a\" : [ 1 , 2 ] }\r\n");

            assertThat(parsed.value().toString()).isEqualTo(json("{\"a\": [1, 2]}"));
            assertThat(parsed.strict()).isTrue();
        }

        @Test
        void keepsTheLastValueOfARepeatedField() throws Exception {
            assertThat(LenientJson.parse("{\"a\": 1, \"a\": 2}").value().toString()).isEqualTo(json("{\"a\": 2}"));
        }
    }

    @Nested
    class Comments {

        @Test
        void skipsLineCommentsAndMarksTheTextNotStrict() throws Exception {
            String text = """
                    // the request
                    {
                      "appId": "123", // which app
                      "size": 10
                      // nothing after
                    }
                    // trailing
                    """;

            LenientJson.Parsed parsed = LenientJson.parse(text);

            assertThat(parsed.value().toString()).isEqualTo(json("{\"appId\": \"123\", \"size\": 10}"));
            assertThat(parsed.strict()).isFalse();
            assertThat(parsed.unquotedPlaceholders()).isEmpty();
        }

        @Test
        void readsALineCommentThatEndsTheText() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("[1] // no newline after this");

            assertThat(parsed.value().toString()).isEqualTo(json("[1]"));
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void skipsBlockCommentsOverSeveralLines() throws Exception {
            String text = """
                    {
                      /* the source
                         of the events */
                      "source": {"events": null},
                      "items": [1, /* inline */ 2]
                    }
                    """;

            LenientJson.Parsed parsed = LenientJson.parse(text);

            assertThat(parsed.value().toString()).isEqualTo(json("{\"source\": {\"events\": null}, \"items\": [1, 2]}"));
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void treatsCommentMarkersInsideStringsAsText() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse(
                    "{\"url\": \"https://app.pendo.io\", \"note\": \"/* not a comment */\"}");

            assertThat(parsed.value().get("url").textValue()).isEqualTo("https://app.pendo.io");
            assertThat(parsed.value().get("note").textValue()).isEqualTo("/* not a comment */");
            assertThat(parsed.strict()).isTrue();
        }

        @Test
        void refusesABlockCommentThatIsNotClosed() {
            assertThat(errorOf("{\n  /* open\n  \"a\": 1\n}"))
                    .isEqualTo("line 2, column 3: a /* comment is not closed with */");
        }
    }

    @Nested
    class Placeholders {

        @Test
        void readsUnquotedPlaceholdersAsTextAndRecordsTheirPointers() throws Exception {
            String text = """
                    {
                      "appId": {{appId}},
                      "ids": ["x", {{visitorId}}],
                      "nested": {"a/b": {{slash}}, "t~": {{tilde}}}
                    }
                    """;

            LenientJson.Parsed parsed = LenientJson.parse(text);

            assertThat(parsed.value().toString()).isEqualTo(json("""
                    {
                      "appId": "{{appId}}",
                      "ids": ["x", "{{visitorId}}"],
                      "nested": {"a/b": "{{slash}}", "t~": "{{tilde}}"}
                    }
                    """));
            assertThat(parsed.unquotedPlaceholders())
                    .containsExactly("/appId", "/ids/1", "/nested/a~1b", "/nested/t~0");
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void recordsAPlaceholderThatIsTheWholeTextWithTheEmptyPointer() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("{{body}}");

            assertThat(parsed.value().textValue()).isEqualTo("{{body}}");
            assertThat(parsed.unquotedPlaceholders()).containsExactly("");
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void readsAQuotedPlaceholderAsAPlainString() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("{\"accountId\": \"{{accountId}}}\", \"id\": \"{guideId}\"}");

            assertThat(parsed.value().get("accountId").textValue()).isEqualTo("{{accountId}}}");
            assertThat(parsed.value().get("id").textValue()).isEqualTo("{guideId}");
            assertThat(parsed.unquotedPlaceholders()).isEmpty();
            assertThat(parsed.strict()).isTrue();
        }

        @Test
        void keepsAnEmptyObjectNextToAPlaceholder() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("[{}, {{x}}, { }]");

            assertThat(parsed.value().toString()).isEqualTo(json("[{}, \"{{x}}\", {}]"));
            assertThat(parsed.unquotedPlaceholders()).containsExactly("/1");
        }

        @Test
        void refusesAPlaceholderThatIsNotClosed() {
            assertThat(errorOf("{\"appId\": {{appId, \"b\": 1}"))
                    .isEqualTo("line 1, column 11: a {{placeholder}} is not closed with }}");
        }

        @Test
        void listsThePlaceholdersAsAnUnmodifiableList() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("[{{a}}]");

            assertThatThrownBy(() -> parsed.unquotedPlaceholders().add("/x"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class TrailingCommas {

        @Test
        void acceptsATrailingCommaInAnObject() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("{\"a\": 1, \"b\": 2,\n}");

            assertThat(parsed.value().toString()).isEqualTo(json("{\"a\": 1, \"b\": 2}"));
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void acceptsATrailingCommaInAnArray() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("[1, 2, /* last */ ]");

            assertThat(parsed.value().toString()).isEqualTo(json("[1, 2]"));
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void refusesTwoCommasInARow() {
            assertThat(errorOf("[1,,2]")).isEqualTo("line 1, column 4: expected a value but found ','");
        }

        @Test
        void refusesACommaThatOpensAnObject() {
            assertThat(errorOf("{,}")).isEqualTo("line 1, column 2: expected a quoted field name or '}'");
        }
    }

    @Nested
    class Strings {

        @Test
        void decodesTheSimpleEscapes() throws Exception {
            String text = "\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\"";

            assertThat(LenientJson.parse(text).value().textValue()).isEqualTo("q\" b\\ s/ \b\f\n\r\t");
        }

        @Test
        void decodesUnicodeEscapesInEitherCase() throws Exception {
            assertThat(LenientJson.parse("\"\\u0041\\u00e9\\u00E9\"").value().textValue()).isEqualTo("Aéé");
        }

        @Test
        void decodesASurrogatePair() throws Exception {
            assertThat(LenientJson.parse("\"\\ud83d\\ude00\"").value().textValue()).isEqualTo("\uD83D\uDE00");
        }

        @Test
        void keepsNonAsciiTextAsIs() throws Exception {
            assertThat(LenientJson.parse("\"Größe ☃\"").value().textValue()).isEqualTo("Größe ☃");
        }

        @Test
        void readsARawTabButCallsTheTextNotStrict() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("\"a\tb\"");

            assertThat(parsed.value().textValue()).isEqualTo("a\tb");
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void refusesAnUnknownEscape() {
            assertThat(errorOf("\n  \"a\\x\"")).isEqualTo("line 2, column 5: '\\x' is not a JSON escape");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "\"\\u12\"   | line 1, column 4: a \\u escape needs four hex digits",
                "\"\\u00g1\" | line 1, column 4: a \\u escape needs four hex digits",
                "\"\\u+123\" | line 1, column 4: a \\u escape needs four hex digits",
                "\"\\u-12a\" | line 1, column 4: a \\u escape needs four hex digits",
        })
        void refusesAUnicodeEscapeWithoutFourHexDigits(String text, String message) {
            assertThat(errorOf(text)).isEqualTo(message);
        }

        @Test
        void refusesAStringThatTheTextEndsIn() {
            assertThat(errorOf("{\n  \"name\": \"Pendo")).isEqualTo("line 2, column 11: a string is not closed");
        }

        @Test
        void refusesAStringThatALineEndsIn() {
            assertThat(errorOf("{\n  \"name\": \"Pendo\n}"))
                    .isEqualTo("line 2, column 17: a string is not closed before the end of the line");
        }

        @Test
        void refusesABackslashThatEndsTheText() {
            assertThat(errorOf("\"abc\\")).isEqualTo("line 1, column 1: a string is not closed");
        }
    }

    @Nested
    class Numbers {

        @Test
        void readsSmallIntegersAsLongs() throws Exception {
            JsonNode value = LenientJson.parse("[0, 42, -7]").value();

            assertThat(value.get(0).isLong()).isTrue();
            assertThat(value.get(1).longValue()).isEqualTo(42L);
            assertThat(value.get(2).longValue()).isEqualTo(-7L);
        }

        @Test
        void readsTheLongLimitsAsLongs() throws Exception {
            JsonNode value = LenientJson.parse("[9223372036854775807, -9223372036854775808]").value();

            assertThat(value.get(0).isLong()).isTrue();
            assertThat(value.get(0).longValue()).isEqualTo(Long.MAX_VALUE);
            assertThat(value.get(1).isLong()).isTrue();
            assertThat(value.get(1).longValue()).isEqualTo(Long.MIN_VALUE);
        }

        @Test
        void readsIntegersBeyondLongAsBigIntegers() throws Exception {
            JsonNode value = LenientJson.parse("[9223372036854775808, -9223372036854775809, 123456789012345678901234567890]")
                    .value();

            assertThat(value.get(0).isBigInteger()).isTrue();
            assertThat(value.get(0).bigIntegerValue()).isEqualTo(new BigInteger("9223372036854775808"));
            assertThat(value.get(1).bigIntegerValue()).isEqualTo(new BigInteger("-9223372036854775809"));
            assertThat(value.get(2).bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        }

        @Test
        void readsFractionsAndExponentsAsExactDecimals() throws Exception {
            JsonNode value = LenientJson.parse("[1.50, 1e5, -2.5E-3, 0.1, 3E+2]").value();

            assertThat(value.get(0).isBigDecimal()).isTrue();
            assertThat(value.get(0).decimalValue()).isEqualTo(new BigDecimal("1.50"));
            assertThat(value.get(1).decimalValue()).isEqualByComparingTo("100000");
            assertThat(value.get(2).decimalValue()).isEqualByComparingTo("-0.0025");
            assertThat(value.get(3).decimalValue()).isEqualTo(new BigDecimal("0.1"));
            assertThat(value.get(4).decimalValue()).isEqualByComparingTo("300");
        }

        @Test
        void readsALeadingZeroButCallsTheTextNotStrict() throws Exception {
            LenientJson.Parsed parsed = LenientJson.parse("{\"a\": 007, \"b\": -01}");

            assertThat(parsed.value().get("a").longValue()).isEqualTo(7L);
            assertThat(parsed.value().get("b").longValue()).isEqualTo(-1L);
            assertThat(parsed.strict()).isFalse();
        }

        @Test
        void keepsZeroAndZeroPointSomethingStrict() throws Exception {
            assertThat(LenientJson.parse("[0, -0, 0.5, 0e1]").strict()).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "-      | line 1, column 2: expected a digit",
                "1.     | line 1, column 3: expected a digit",
                "[1.e5] | line 1, column 4: expected a digit",
                "2e     | line 1, column 3: expected a digit",
                "[-x]   | line 1, column 3: expected a digit",
        })
        void refusesMalformedNumbers(String text, String message) {
            assertThat(errorOf(text)).isEqualTo(message);
        }

        @Test
        void refusesANumberWithoutItsLeadingDigit() {
            assertThat(errorOf(".5")).isEqualTo("line 1, column 1: expected a value but found '.'");
        }

        @Test
        void refusesDigitsOtherThanAscii() {
            assertThat(errorOf("[\u0661]")).isEqualTo("line 1, column 2: expected a value (an unquoted word is not"
                    + " JSON; quote it or use a {{placeholder}})");
        }
    }

    @Nested
    class Errors {

        @Test
        void refusesEmptyText() {
            assertThat(errorOf("")).isEqualTo("line 1, column 1: the text ends where a value was expected");
            assertThat(errorOf("  // only a comment\n"))
                    .isEqualTo("line 2, column 1: the text ends where a value was expected");
        }

        @Test
        void refusesAMissingCommaBetweenFields() {
            String text = """
                    {
                      "a": 1
                      "b": 2
                    }
                    """;

            assertThat(errorOf(text)).isEqualTo("line 3, column 3: expected ',' or '}' after the value of \"a\"");
        }

        @Test
        void refusesNestingDeeperThanTheLimitRatherThanOverflowingTheStack() {
            int limit = LenientJson.MAX_DEPTH;
            assertThat(errorOf("[".repeat(5000))).isEqualTo("line 1, column " + (limit + 1)
                    + ": objects and arrays nest more than " + limit + " deep here");
            assertThat(errorOf("{\"a\": ".repeat(limit + 1) + "1" + "}".repeat(limit + 1))).isEqualTo("line 1,"
                    + " column " + (limit * 6 + 1) + ": objects and arrays nest more than " + limit + " deep here");
        }

        @Test
        void readsNestingUpToTheLimit() throws LenientJson.SyntaxError {
            int limit = LenientJson.MAX_DEPTH;
            assertThat(LenientJson.parse("[".repeat(limit) + "]".repeat(limit)).value().isArray()).isTrue();
        }

        @Test
        void refusesAMissingCommaBetweenArrayElements() {
            assertThat(errorOf("[1, 2 3]")).isEqualTo("line 1, column 7: expected ',' or ']' in an array");
        }

        @Test
        void refusesAnUnquotedWordWhereAValueBelongs() {
            String text = """
                    {
                      "appId": appId
                    }
                    """;

            assertThat(errorOf(text)).isEqualTo("line 2, column 12: expected a value (an unquoted word is not JSON;"
                    + " quote it or use a {{placeholder}})");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "[nope]     | line 1, column 2",
                "[truex]    | line 1, column 2",
                "[nullable] | line 1, column 2",
                "[falsey]   | line 1, column 2",
                "[tru]      | line 1, column 2",
                "[_id]      | line 1, column 2",
                "[NaN]      | line 1, column 2",
        })
        void reportsEveryUnquotedWordTheSameWayAtItsStart(String text, String place) {
            assertThat(errorOf(text)).isEqualTo(place + ": expected a value (an unquoted word is not JSON;"
                    + " quote it or use a {{placeholder}})");
        }

        @Test
        void refusesAnUnquotedFieldName() {
            assertThat(errorOf("{appId: 1}")).isEqualTo("line 1, column 2: expected a quoted field name or '}'");
        }

        @Test
        void refusesAMissingColon() {
            assertThat(errorOf("{\"a\" 1}")).isEqualTo("line 1, column 6: expected ':'");
        }

        @Test
        void refusesASingleQuotedString() {
            assertThat(errorOf("['a']")).isEqualTo("line 1, column 2: expected a value but found '''");
        }

        @Test
        void refusesAnObjectThatIsNotClosed() {
            assertThat(errorOf("{\"a\": 1")).isEqualTo("line 1, column 8: expected ',' or '}' after the value of \"a\"");
            assertThat(errorOf("{")).isEqualTo("line 1, column 2: expected a quoted field name or '}'");
        }

        @Test
        void refusesAnArrayThatIsNotClosed() {
            assertThat(errorOf("[1")).isEqualTo("line 1, column 3: expected ',' or ']' in an array");
            assertThat(errorOf("[")).isEqualTo("line 1, column 2: the text ends where a value was expected");
        }

        @Test
        void refusesTextAfterTheValue() {
            assertThat(errorOf("{}\n}")).isEqualTo("line 2, column 1: unexpected '}' after the end of the value");
        }

        @Test
        void countsLinesOfWindowsLineEndings() {
            assertThat(errorOf("{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}"))
                    .startsWith("line 3, column 8: expected a value (an unquoted word");
        }

        @Test
        void exposesLineAndColumn() {
            LenientJson.SyntaxError error = catchThrowableOfType(LenientJson.SyntaxError.class,
                    () -> LenientJson.parse("[\n  1,\n  ?]"));

            assertThat(error.line()).isEqualTo(3);
            assertThat(error.column()).isEqualTo(3);
            assertThat(error.getMessage()).isEqualTo("line 3, column 3: expected a value but found '?'");
        }
    }

    @Nested
    class EscapePointer {

        @Test
        void escapesTildeAndSlashPerRfc6901() {
            assertThat(LenientJson.escapePointer("a/b~c")).isEqualTo("a~1b~0c");
        }

        @Test
        void escapesATildeBeforeItCanBeConfusedWithAnEscapedSlash() {
            assertThat(LenientJson.escapePointer("~1")).isEqualTo("~01");
        }

        @Test
        void leavesOtherNamesAlone() {
            assertThat(LenientJson.escapePointer("metadata.auto.id")).isEqualTo("metadata.auto.id");
        }
    }
}
