package dev.pendokit.collection.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.fetch.PostmanStandIn.Answer;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads the Pendo collection over real HTTP from a loopback stand-in for Postman's API and documentation. */
class CollectionFetcherTest {

    private static final String KEY = "PMAK-0123456789abcdef-fedcba9876543210";
    private static final String UID = "/collections/12345-abcdef";
    private static final String DOC = "/api/collections/12345/2sA3XS";
    private static byte[] pendo;
    private static int pendoOperations;

    private PostmanStandIn postman;

    @BeforeAll
    static void readBundled() throws IOException {
        try (InputStream in = BundledCollection.open()) {
            pendo = in.readAllBytes();
        }
        pendoOperations = ApiModels.load(pendo, "bundled", ResolveOptions.DEFAULTS).operations().size();
    }

    @BeforeEach
    void start() throws IOException {
        postman = new PostmanStandIn();
    }

    @AfterEach
    void stop() {
        postman.close();
    }

    private CollectionFetcher fetcher(String key) {
        return CollectionFetcher.builder()
                .env(name -> name.equals(CollectionFetcher.KEY_VARIABLE) ? key : null)
                .apiHost("127.0.0.1")
                .attempts(3)
                .longestWait(Duration.ofSeconds(2))
                .build();
    }

    /** A documentation-only fetcher: loopback is not a Postman API host, so no key goes there. */
    private CollectionFetcher publicFetcher() {
        return CollectionFetcher.builder().env(name -> KEY).build();
    }

    private String shown(String path) {
        return postman.url(path).toString();
    }

    @Test
    void readsThePostmanApiWrapperWithTheKey() {
        byte[] wrapped = ("{\"collection\": " + new String(pendo, StandardCharsets.UTF_8) + "}")
                .getBytes(StandardCharsets.UTF_8);
        postman.on(UID, Answer.json(wrapped)).requireKey(UID, KEY);

        ApiModel model = fetcher(KEY).load(postman.url(UID), ResolveOptions.DEFAULTS);

        assertThat(model.name()).isEqualTo("Pendo API");
        assertThat(model.operations()).hasSize(pendoOperations);
        assertThat(model.source()).isEqualTo(shown(UID));
        assertThat(postman.asked()).extracting(PostmanStandIn.Asked::apiKey).containsExactly(KEY);
    }

    @Test
    void readsADocumentationPagesCollectionWithoutSendingTheKey() {
        postman.on(DOC, Answer.json(pendo));

        ApiModel model = publicFetcher().load(postman.url(DOC + "?segregateAuth=true&versionTag=latest"),
                ResolveOptions.DEFAULTS);

        assertThat(model.operations()).hasSize(pendoOperations);
        assertThat(model.source()).isEqualTo(shown(DOC) + "?...");
        assertThat(postman.asked()).extracting(PostmanStandIn.Asked::apiKey).containsExactly((String) null);
    }

    @Test
    void readsAChangedCopyAsChanged() {
        String text = new String(pendo, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("\"name\": \"Pendo API\"", "\"name\": \"Pendo API (changed)\"");
        assertThat(changed).isNotEqualTo(text);
        postman.on(DOC, Answer.json(changed.getBytes(StandardCharsets.UTF_8)));

        ApiModel model = publicFetcher().load(postman.url(DOC), ResolveOptions.DEFAULTS);

        assertThat(model.name()).isEqualTo("Pendo API (changed)");
    }

    @Test
    void aRefusedKeyNamesTheVariableAndNeverTheKey() {
        postman.on(UID, Answer.json(pendo)).requireKey(UID, "PMAK-the-right-one");

        assertThatThrownBy(() -> fetcher(KEY).fetch(postman.url(UID)))
                .isInstanceOf(CollectionException.class)
                .hasMessage(shown(UID) + " answered 401: the Postman API key was refused. Check that"
                        + " POSTMAN_API_KEY holds a valid key with access to this collection")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void aMissingKeyStopsBeforeAskingPostman() {
        assertThatThrownBy(() -> fetcher(" ").fetch(postman.url(UID)))
                .hasMessage(shown(UID) + " is Postman's API, which needs a key: set the environment variable"
                        + " POSTMAN_API_KEY to a Postman API key (Postman > Settings > API keys)");
        assertThat(postman.asked()).isEmpty();
    }

    @Test
    void notFoundSaysToCheckTheUid() {
        assertThatThrownBy(() -> fetcher(KEY).fetch(postman.url("/collections/nope")))
                .hasMessage(shown("/collections/nope") + " answered 404 Not Found. Check the collection uid / URL"
                        + " (and that the key's account can see the collection)");
        assertThatThrownBy(() -> publicFetcher().fetch(postman.url("/nope")))
                .hasMessage(shown("/nope") + " answered 404 Not Found. Check the collection uid / URL");
    }

    @Test
    void anHtmlPageSaysWhatCameBack() {
        postman.on(DOC, Answer.of(200, "text/html; charset=utf-8",
                "<!DOCTYPE html>\n<html>\n  <head><title>Pendo API</title></head></html>"));

        assertThatThrownBy(() -> publicFetcher().fetch(postman.url(DOC)))
                .hasMessage(shown(DOC) + " answered with a body that is not JSON (text/html; charset=utf-8, starting"
                        + " \"<!DOCTYPE html> <html> <head><title>Pendo API</title></head></html>\"). Use the collection's JSON URL: Postman's API"
                        + " https://api.getpostman.com/collections/{uid} or the documentation page's collection"
                        + " JSON, not the page itself");
    }

    @Test
    void jsonThatIsNotACollectionIsShownMaskedAndCut() {
        String echo = "{\"error\": \"bad request\", \"yourKey\": \"" + KEY + "\", \"detail\": \"" + "x".repeat(100) + "\"}";
        postman.on(UID, Answer.of(200, "application/json", echo));

        assertThatThrownBy(() -> fetcher(KEY).fetch(postman.url(UID)))
                .hasMessage(shown(UID) + " answered with JSON that is not a Postman collection (application/json,"
                        + " starting \"{\"error\": \"bad request\", \"yourKey\": \"****\", \"detail\": \"xxxxxxxxxxxxxxxxxxxxxxxxx...\")."
                        + " Use the collection's JSON URL: Postman's API"
                        + " https://api.getpostman.com/collections/{uid} or the documentation page's collection"
                        + " JSON, not the page itself")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void retriesA429AfterTheWaitItAsksFor() {
        postman.on(UID,
                new Answer(429, "application/json", "{}".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "1")),
                Answer.json(pendo)).requireKey(UID, KEY);

        byte[] body = fetcher(KEY).fetch(postman.url(UID));

        assertThat(body).isEqualTo(pendo);
        List<PostmanStandIn.Asked> asked = postman.asked();
        assertThat(asked).hasSize(2);
        long waitedMillis = (asked.get(1).atNanos() - asked.get(0).atNanos()) / 1_000_000;
        assertThat(waitedMillis).isBetween(950L, 1_900L);
    }

    @Test
    void aLongRetryAfterIsCutToTheLongestWait() {
        postman.on(DOC,
                new Answer(503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "3600")),
                Answer.json(pendo));
        CollectionFetcher fetcher = CollectionFetcher.builder().longestWait(Duration.ofMillis(300)).build();

        fetcher.fetch(postman.url(DOC));

        List<PostmanStandIn.Asked> asked = postman.asked();
        long waitedMillis = (asked.get(1).atNanos() - asked.get(0).atNanos()) / 1_000_000;
        assertThat(waitedMillis).isBetween(250L, 1_200L);
    }

    @Test
    void givesUpAfterTheLastAttemptAndNeverRetriesOther4xx() {
        postman.on(DOC, Answer.of(503, "text/plain", "busy"));
        CollectionFetcher fetcher = CollectionFetcher.builder().attempts(2).longestWait(Duration.ZERO).build();

        assertThatThrownBy(() -> fetcher.fetch(postman.url(DOC)))
                .hasMessage(shown(DOC) + " still answered 503 after 2 attempts. Try again later");
        assertThat(postman.asked()).hasSize(2);

        postman.on("/bad", Answer.of(400, "text/plain", "no"));
        assertThatThrownBy(() -> fetcher.fetch(postman.url("/bad")))
                .hasMessage(shown("/bad") + " answered 400 (text/plain, starting \"no\"). Check the URL");
        assertThat(postman.asked()).hasSize(3);
    }

    @Test
    void aTokenInTheQueryNeverShows() {
        assertThatThrownBy(() -> fetcher(KEY).fetch(postman.url("/collections/nope?apikey=" + KEY)))
                .hasMessageStartingWith(shown("/collections/nope") + "?... answered 404")
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> publicFetcher().fetch(URI.create("ftp://example.com/c.json?access_token=s3cr3t")))
                .hasMessage("The collection URL ftp://example.com/c.json?... is not an http(s) URL. Give the full"
                        + " URL, e.g. https://api.getpostman.com/collections/{uid}");
    }

    @Test
    void aRefusedConnectionIsTriedAgainAndTheMessageSaysHowOften() {
        URI url = postman.url(UID);
        postman.close();
        CollectionFetcher fetcher = CollectionFetcher.builder()
                .env(name -> name.equals(CollectionFetcher.KEY_VARIABLE) ? KEY : null)
                .apiHost("127.0.0.1")
                .attempts(3)
                .longestWait(Duration.ofMillis(100))
                .build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(url))
                .hasMessage("Cannot connect to " + url + " (3 attempts). Check the host and port in the URL")
                .hasMessageNotContaining(KEY);
        // Two waits of the longest wait between the three attempts.
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200L);
    }

    @Test
    void aTextThatIsNoUrlNamesTheOption() {
        assertThatThrownBy(() -> CollectionFetcher.url("api.getpostman.com/collections/1 2?apikey=" + KEY, "--collection-url"))
                .hasMessage("The collection URL 'api.getpostman.com/collections/1 2?...' is not a URL. Check"
                        + " --collection-url: give one such as https://api.getpostman.com/collections/{uid}");
        assertThat(CollectionFetcher.url(" https://api.getpostman.com/collections/1 ", "x"))
                .isEqualTo(URI.create("https://api.getpostman.com/collections/1"));
    }

    @Test
    void aRequestWithTheKeyFollowsNoRedirect() {
        postman.on(UID, new Answer(302, "text/plain", "moved".getBytes(StandardCharsets.UTF_8),
                Map.of("Location", "/elsewhere")));
        postman.on("/elsewhere", Answer.json(pendo));

        assertThatThrownBy(() -> fetcher(KEY).fetch(postman.url(UID)))
                .hasMessage(shown(UID) + " answered 302 (text/plain, starting \"moved\"). Check the URL");
        assertThat(postman.asked()).extracting(PostmanStandIn.Asked::path).containsExactly(UID);
    }

    @Test
    void aPublicUrlIsFollowedAcrossARedirect() {
        postman.on(DOC, new Answer(301, "text/plain", new byte[0], Map.of("Location", "/moved")));
        postman.on("/moved", Answer.json(pendo));

        assertThat(publicFetcher().fetch(postman.url(DOC))).isEqualTo(pendo);
    }

    @Test
    void aPublicUrlAskingForCredentialsPointsToTheApi() {
        postman.on(DOC, Answer.of(403, "text/html", "<html>Forbidden</html>"));

        assertThatThrownBy(() -> publicFetcher().fetch(postman.url(DOC)))
                .hasMessage(shown(DOC) + " answered 403: it needs credentials. Use the public documentation URL, or"
                        + " Postman's API (https://api.getpostman.com/collections/{uid}) with POSTMAN_API_KEY set");
    }

    @Test
    void aSlowAnswerTimesOutOnEveryAttempt() {
        postman.on(DOC, Answer.json(pendo)).delay(1_500);
        CollectionFetcher fetcher = CollectionFetcher.builder().answerTimeout(Duration.ofMillis(200)).attempts(2)
                .longestWait(Duration.ofMillis(50)).build();

        assertThatThrownBy(() -> fetcher.fetch(postman.url(DOC)))
                .hasMessage(shown(DOC) + " did not answer within 200 ms (2 attempts). Try again later, or check the URL");
        assertThat(postman.asked()).hasSize(2);
    }

    @Test
    void anAnswerThatStallsOnceIsAskedForAgain() {
        postman.on(UID, Answer.json(pendo)).requireKey(UID, KEY).delay(1_500, 0);
        CollectionFetcher fetcher = CollectionFetcher.builder()
                .env(name -> name.equals(CollectionFetcher.KEY_VARIABLE) ? KEY : null)
                .apiHost("127.0.0.1")
                .answerTimeout(Duration.ofMillis(300))
                .attempts(3)
                .longestWait(Duration.ofMillis(100))
                .build();

        assertThat(fetcher.fetch(postman.url(UID))).isEqualTo(pendo);
        assertThat(postman.asked()).extracting(PostmanStandIn.Asked::apiKey).containsExactly(KEY, KEY);
        long waitedMillis = (postman.asked().get(1).atNanos() - postman.asked().get(0).atNanos()) / 1_000_000;
        // The answer timeout, then the backoff (0.5 s, cut to the longest wait).
        assertThat(waitedMillis).isBetween(350L, 1_400L);
    }

    @Test
    void aResetConnectionIsTriedAgain() throws IOException {
        // The JDK itself asks again, once, when a GET's connection is reset before any answer: two
        // resets get past that, and only the fetcher's own retry reaches the third connection.
        try (ResettingServer server = new ResettingServer(2, pendo)) {
            CollectionFetcher fetcher = CollectionFetcher.builder().attempts(3).longestWait(Duration.ofMillis(50)).build();

            assertThat(fetcher.fetch(server.url(DOC))).isEqualTo(pendo);
            assertThat(server.connections()).isEqualTo(3);
        }
    }

    @Test
    void aConnectionResetEveryTimeSaysHowOftenAndNeverTheKey() throws IOException {
        try (ResettingServer server = new ResettingServer(Integer.MAX_VALUE, pendo)) {
            URI url = server.url(UID + "?apikey=" + KEY);
            CollectionFetcher fetcher = CollectionFetcher.builder()
                    .env(name -> name.equals(CollectionFetcher.KEY_VARIABLE) ? KEY : null)
                    .apiHost("127.0.0.1")
                    .attempts(2)
                    .longestWait(Duration.ofMillis(50))
                    .build();

            // The JDK's own words for a reset differ between versions; the frame around them does not.
            assertThatThrownBy(() -> fetcher.fetch(url))
                    .hasMessageStartingWith("Reading " + server.url(UID) + "?... failed: ")
                    .hasMessageEndingWith(" (2 attempts). Check the URL and the network")
                    .hasMessageNotContaining(KEY);
            // Each attempt is one connection, or two where the JDK asks again itself.
            assertThat(server.connections()).isIn(2, 4);
        }
    }
}
