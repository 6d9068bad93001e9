package dev.pendokit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.HttpsTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.pendokit.mock.PendoMock;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Pendo API" honours every contract the client's consumer tests wrote to {@code target/pacts}.
 *
 * <p>By default the provider is the mock server, started here on a free port with a key of its
 * own. With the live settings ({@link LiveSettings}) it is the server they name: a Pendo sandbox,
 * or a mock server started apart. The provider states are arranged here, before each request
 * goes out ({@link StateArrangement}); a state that cannot be arranged makes the interaction
 * skipped, with the reason, never passed.
 */
@Provider(Contracts.PROVIDER)
@PactFolder("target/pacts")
@IgnoreMissingStateChange // states are arranged in the test template, where the request can be changed
class PendoApiProviderIT {

    private static PendoMock mock;
    private static StateArrangement states;
    private static URI baseUrl;
    private static final Set<String> VERIFIED = new TreeSet<>();
    private static final Map<String, Integer> SKIPPED = new TreeMap<>();

    @BeforeAll
    static void start() {
        VERIFIED.clear();
        SKIPPED.clear();
        Optional<LiveSettings> live = LiveSettings.read();
        if (live.isPresent()) {
            baseUrl = live.get().baseUrl();
            states = StateArrangement.live(live.get());
        } else {
            String key = "provider-test-" + UUID.randomUUID();
            mock = PendoMock.builder().port(0).integrationKey(key).start();
            mock.awaitAllStubs();
            baseUrl = mock.baseUrl();
            states = StateArrangement.mock(key);
        }
        System.out.println("Verifying the Pendo API contracts against " + baseUrl
                + (live.isPresent() ? " (live settings" + (live.get().allowWrites() ? ", writes allowed)" : ", read-only)")
                : " (the mock server)"));
    }

    @AfterAll
    static void stop() {
        if (mock != null) {
            mock.close();
            mock = null;
        }
        System.out.printf("Provider verification: %d interactions verified, covering %d of %d operations; %d skipped%s%n",
                VERIFIED.size(), operations(VERIFIED), Contracts.operationCount(),
                SKIPPED.values().stream().mapToInt(Integer::intValue).sum(), SKIPPED.isEmpty() ? "" : ": " + SKIPPED);
        if (states != null && !states.live() && !VERIFIED.isEmpty()) {
            assertThat(operations(VERIFIED)).as("operations whose contracts the mock honours")
                    .isEqualTo(Contracts.operationCount());
        }
    }

    @BeforeEach
    void target(PactVerificationContext context) throws MalformedURLException {
        URL url = baseUrl.toURL();
        if (url.getProtocol().equals("https")) {
            context.setTarget(HttpsTestTarget.fromUrl(url));
        } else {
            // Apache HttpClient retries a 429 after its Retry-After by default: one request per contract here.
            context.setTarget(new HttpTestTarget(url.getHost(), url.getPort() == -1 ? 80 : url.getPort(),
                    url.getPath().isEmpty() ? "/" : url.getPath(), () -> provider -> HttpClients.custom()
                            .useSystemProperties().disableRedirectHandling().disableAutomaticRetries().build()));
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void pendoApiHonoursTheContract(PactVerificationContext context, HttpRequest request) throws Exception {
        Interaction interaction = context.getInteraction();
        try {
            states.arrange(interaction, request);
        } catch (StateArrangement.NotArranged e) {
            synchronized (SKIPPED) {
                SKIPPED.merge(e.reason(), 1, Integer::sum);
            }
            throw e.asAbort();
        }
        context.verifyInteraction();
        synchronized (VERIFIED) {
            VERIFIED.add(interaction.getDescription());
        }
    }

    /** How many operations the interactions cover ("Folder/Request answers 200" names one). */
    private static long operations(Set<String> descriptions) {
        return descriptions.stream().map(d -> d.substring(0, d.lastIndexOf(" answers "))).distinct().count();
    }
}
