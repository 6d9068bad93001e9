package dev.pendokit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlEncodingTest {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a b          | a%20b",
        "*            | %2A",
        "+            | %2B",
        "~            | ~",
        "/            | %2F",
        "%            | %25",
        "%20          | %2520",
        "€            | %E2%82%AC",
        "日本         | %E6%97%A5%E6%9C%AC",
        "😀           | %F0%9F%98%80",
        ":/?#[]@      | %3A%2F%3F%23%5B%5D%40",
        "!$&'()*+,;=  | %21%24%26%27%28%29%2A%2B%2C%3B%3D",
        "`\"<>\\^{|}`  | %22%3C%3E%5C%5E%7B%7C%7D",
        "`a\tb\r\n`   | a%09b%0D%0A",
        "``           | ''",
    })
    void encodesAllButUnreservedCharacters(String value, String encoded) {
        String expected = encoded.equals("''") ? "" : encoded;

        assertThat(UrlEncoding.component(value)).isEqualTo(expected);
        assertThat(UrlEncoding.pathSegment(value)).isEqualTo(expected);
    }

    @Test
    void everyAsciiCharacterIsItselfIfUnreservedElsePercentEncodedInUpperCase() {
        for (char c = 0; c < 128; c++) {
            String expected = UNRESERVED.indexOf(c) >= 0 ? String.valueOf(c) : String.format("%%%02X", (int) c);
            assertThat(UrlEncoding.component(String.valueOf(c))).as("character %d", (int) c).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a b+c", "100% ~sure*", "ü/日本/😀", "k=v&x=y", "?#[]@!$&'()*,;="})
    void decodesBackAndIsAlwaysOnePathSegment(String value) {
        String segment = UrlEncoding.pathSegment(value);
        URI uri = URI.create("http://h/a/" + segment + "/b?q=" + UrlEncoding.component(value));

        assertThat(URLDecoder.decode(segment, StandardCharsets.UTF_8)).isEqualTo(value);
        assertThat(uri.getRawPath()).isEqualTo("/a/" + segment + "/b");
        assertThat(uri.getPath().substring(3, uri.getPath().length() - 2)).isEqualTo(value);
        assertThat(uri.getQuery()).isEqualTo("q=" + value);
        assertThat(segment).doesNotContain("/", "?", "#", "+", " ");
    }

    @Test
    void fixedSegmentsGoOnTheWireAsWrittenWhereAPathCanHoldThem() {
        // Braces would be a template variable (WireMock's, the client's); a client sends them escaped.
        assertThat(UrlEncoding.literalSegment("{{hello_{{var}}}}")).isEqualTo("%7B%7Bhello_%7B%7Bvar%7D%7D%7D%7D");
        assertThat(UrlEncoding.literalSegment("two words")).isEqualTo("two%20words");
        assertThat(UrlEncoding.literalSegment("caf\u00e9")).isEqualTo("caf%C3%A9");
        // Escapes stay as written; a lone percent sign is escaped; sub-delimiters are legal as they are.
        assertThat(UrlEncoding.literalSegment("a%2Fb%")).isEqualTo("a%2Fb%25");
        assertThat(UrlEncoding.literalSegment("v1;x=1:y@z~")).isEqualTo("v1;x=1:y@z~");
    }
}
