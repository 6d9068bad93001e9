package dev.pendokit.collection.postman;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlParserTest {

    private static KeyValue query(String key, String value) {
        return new KeyValue(key, value, "", false);
    }

    @Test
    void readsAVariableHostWithPathQueryAndFragment() {
        String raw = "{{baseUrl}}/api/v1/page?id=1&x=2#frag";

        PostmanUrl url = UrlParser.parse(raw);

        assertThat(url).isEqualTo(new PostmanUrl(raw, "", List.of("{{baseUrl}}"), "",
                List.of("api", "v1", "page"), List.of(query("id", "1"), query("x", "2")), List.of()));
    }

    @Test
    void readsUserInfoVariablesPortPathVariablesAndAFragmentWithASlash() {
        String raw = "https://ani{{yo}}ket:{{asd}}@{{hellohost}}:2002/crazyvar/{{yo}}/:awesome?a=b&c=d#/awesomeshit";

        PostmanUrl url = UrlParser.parse(raw);

        assertThat(url.raw()).isEqualTo(raw);
        assertThat(url.protocol()).isEqualTo("https");
        assertThat(url.host()).containsExactly("{{hellohost}}");
        assertThat(url.port()).isEqualTo("2002");
        assertThat(url.path()).containsExactly("crazyvar", "{{yo}}", ":awesome");
        assertThat(url.query()).containsExactly(query("a", "b"), query("c", "d"));
        assertThat(url.variables()).isEmpty();
    }

    @Test
    void readsAUrlThatIsOneVariable() {
        PostmanUrl url = UrlParser.parse("{{url}}");

        assertThat(url.protocol()).isEmpty();
        assertThat(url.host()).containsExactly("{{url}}");
        assertThat(url.port()).isEmpty();
        assertThat(url.path()).isEmpty();
        assertThat(url.query()).isEmpty();
    }

    @Test
    void dropsTheEmptySegmentOfATrailingSlash() {
        PostmanUrl url = UrlParser.parse("{{baseUrl}}/api/v1/");

        assertThat(url.path()).containsExactly("api", "v1");
        assertThat(url.raw()).isEqualTo("{{baseUrl}}/api/v1/");
    }

    @Test
    void keepsAnEmptySegmentInsideThePath() {
        assertThat(UrlParser.parse("{{baseUrl}}/a//b").path()).containsExactly("a", "", "b");
    }

    @Test
    void readsAUrlWithoutPath() {
        PostmanUrl url = UrlParser.parse("https://app.pendo.io");

        assertThat(url.protocol()).isEqualTo("https");
        assertThat(url.host()).containsExactly("app.pendo.io");
        assertThat(url.path()).isEmpty();
    }

    @Test
    void readsAQueryRightAfterTheHost() {
        PostmanUrl url = UrlParser.parse("https://app.pendo.io?x=1");

        assertThat(url.host()).containsExactly("app.pendo.io");
        assertThat(url.path()).isEmpty();
        assertThat(url.query()).containsExactly(query("x", "1"));
    }

    @Test
    void readsAPortWithoutProtocol() {
        PostmanUrl url = UrlParser.parse("localhost:8080/health");

        assertThat(url.protocol()).isEmpty();
        assertThat(url.host()).containsExactly("localhost");
        assertThat(url.port()).isEqualTo("8080");
        assertThat(url.path()).containsExactly("health");
    }

    @Test
    void readsAPortThatIsAVariable() {
        PostmanUrl url = UrlParser.parse("http://localhost:{{port}}/api");

        assertThat(url.protocol()).isEqualTo("http");
        assertThat(url.host()).containsExactly("localhost");
        assertThat(url.port()).isEqualTo("{{port}}");
        assertThat(url.path()).containsExactly("api");
    }

    @Test
    void readsAnIpv6HostWithItsPort() {
        PostmanUrl url = UrlParser.parse("http://[::1]:8080/x");

        assertThat(url.host()).containsExactly("[::1]");
        assertThat(url.port()).isEqualTo("8080");
        assertThat(url.path()).containsExactly("x");
    }

    @Test
    void readsAnIpv6HostWithoutPort() {
        PostmanUrl url = UrlParser.parse("http://[2001:db8::1]/x");

        assertThat(url.host()).containsExactly("[2001:db8::1]");
        assertThat(url.port()).isEmpty();
    }

    @Test
    void readsARelativePath() {
        PostmanUrl url = UrlParser.parse("/api/v1/page");

        assertThat(url.host()).isEmpty();
        assertThat(url.path()).containsExactly("api", "v1", "page");
    }

    @Test
    void ignoresSeparatorsInsideVariables() {
        PostmanUrl url = UrlParser.parse("{{base?#/:url}}/a/{{b/c}}?q={{x#y}}&{{k=v}}=2&r={{c&d}}");

        assertThat(url.host()).containsExactly("{{base?#/:url}}");
        assertThat(url.port()).isEmpty();
        assertThat(url.path()).containsExactly("a", "{{b/c}}");
        assertThat(url.query()).containsExactly(query("q", "{{x#y}}"), query("{{k=v}}", "2"), query("r", "{{c&d}}"));
    }

    @Test
    void readsQueryParametersWithoutValueOrWithEqualsSignsInTheValue() {
        PostmanUrl url = UrlParser.parse("{{baseUrl}}/x?flag&&filter=a=b&empty=");

        assertThat(url.query()).containsExactly(query("flag", ""), query("filter", "a=b"), query("empty", ""));
    }

    @Test
    void decodesNothing() {
        PostmanUrl url = UrlParser.parse("{{baseUrl}}/a%20b?q=x%26y+z");

        assertThat(url.path()).containsExactly("a%20b");
        assertThat(url.query()).containsExactly(query("q", "x%26y+z"));
    }

    @Test
    void dropsAQueryThatOnlyTheFragmentHolds() {
        PostmanUrl url = UrlParser.parse("https://app.pendo.io/#/page?id=1");

        assertThat(url.path()).isEmpty();
        assertThat(url.query()).isEmpty();
    }

    @Test
    void parsesTheStrippedTextButKeepsTheRawTextAsWritten() {
        PostmanUrl url = UrlParser.parse("  {{baseUrl}}/page \n");

        assertThat(url.raw()).isEqualTo("  {{baseUrl}}/page \n");
        assertThat(url.host()).containsExactly("{{baseUrl}}");
        assertThat(url.path()).containsExactly("page");
    }

    @Test
    void readsAnEmptyString() {
        PostmanUrl url = UrlParser.parse("");

        assertThat(url).isEqualTo(new PostmanUrl("", "", List.of(), "", List.of(), List.of(), List.of()));
    }
}
