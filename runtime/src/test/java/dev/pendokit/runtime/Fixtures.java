package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the runtime tests share: a loopback WireMock, a client set up as generated clients set it up, typed errors. */
final class Fixtures {

    /** A credential value distinctive enough that finding it anywhere in a message is a leak. */
    static final String SECRET = "Zq9-s3cr3t-PENDO-KEY-4711-xyzzy";
    static final String PASSWORD = "Pw-0f-Alice-9931-plugh";
    static final String USER_AGENT = "pendokit TestClient";

    /** Short delays so that retries cost milliseconds. */
    static final RetryPolicy FAST = RetryPolicy.builder().initialDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40))
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Fixtures() {}

    static WireMockExtension wireMock() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    }

    /**
     * The HttpClient a generated client builds when given none. A fresh one per test: a connection
     * pooled by an earlier test would change how many requests a dropped connection costs.
     */
    static HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    static Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("integrationKey", SECRET);
        secrets.put("username", "alice");
        secrets.put("password", PASSWORD);
        return secrets;
    }

    static Transport transport(WireMockExtension wm, RetryPolicy retry, Duration requestTimeout) {
        return transport(Map.of("baseUrl", base(wm)), Credentials.of(secrets()), retry, requestTimeout);
    }

    /** The server's loopback URL (not localhost, which may resolve to an address the server does not listen on). */
    static URI base(WireMockExtension wm) {
        return URI.create("http://127.0.0.1:" + wm.getPort());
    }

    static Transport transport(WireMockExtension wm) {
        return transport(wm, FAST, Duration.ofSeconds(5));
    }

    static Transport transport(Map<String, URI> servers, Credentials credentials, RetryPolicy retry, Duration requestTimeout) {
        return transport(servers, credentials, Authentication.NONE, retry, requestTimeout);
    }

    /** A transport whose calls authenticate with {@code authentication} unless they say otherwise. */
    static Transport transport(Map<String, URI> servers, Credentials credentials, Authentication authentication,
                               RetryPolicy retry, Duration requestTimeout) {
        return new Transport(httpClient(), MAPPER, servers, credentials, authentication, requestTimeout, retry,
                new TestErrors(), USER_AGENT);
    }

    /** The exception a future failed with, unwrapped from ExecutionException and CompletionException. */
    static Throwable failure(CompletableFuture<?> future) {
        try {
            Object value = future.get(20, TimeUnit.SECONDS);
            throw new AssertionError("expected the call to fail, but it answered " + value);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the call did not finish", e);
        }
    }

    static <T> T result(CompletableFuture<T> future) {
        try {
            return future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("expected the call to succeed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the call did not finish", e);
        }
    }

    /** Fails if {@code secret} appears in the message or text of {@code failure}, its causes or their suppressed ones. */
    static void assertNoSecretIn(Throwable failure, String secret) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getName()).doesNotContain(secret);
            assertThat(t.toString()).doesNotContain(secret);
            for (Throwable suppressed : t.getSuppressed()) {
                assertNoSecretIn(suppressed, secret);
            }
            if (t instanceof TestErrors.HttpFailure http) {
                assertThat(http.error.toString()).doesNotContain(secret);
                assertThat(http.error.message()).doesNotContain(secret);
            }
            if (t instanceof TestErrors.DecodeFailure decode) {
                assertThat(decode.error.toString()).doesNotContain(secret);
            }
        }
    }

    /** The exceptions a generated client's factory makes, with the same messages, told apart by type. */
    static final class TestErrors implements ErrorFactory {

        static final class HttpFailure extends RuntimeException {
            final ApiError error;

            HttpFailure(ApiError error) {
                super(error.message());
                this.error = error;
            }
        }

        static final class IoFailure extends RuntimeException {
            final String operation;
            final String method;
            final String path;

            IoFailure(String operation, String method, String path, IOException cause) {
                super(operation + ": " + method + " " + path + " got no answer: " + cause, cause);
                this.operation = operation;
                this.method = method;
                this.path = path;
            }
        }

        static final class DecodeFailure extends RuntimeException {
            final DecodeError error;

            DecodeFailure(DecodeError error) {
                super(error.message("the Test API"));
                this.error = error;
            }
        }

        static final class BrokenOff extends RuntimeException {
            final String operation;
            final OptionalLong rowsDelivered;

            BrokenOff(String message, String operation, OptionalLong rowsDelivered, IOException cause) {
                super(message, cause);
                this.operation = operation;
                this.rowsDelivered = rowsDelivered;
            }
        }

        static final class Misconfigured extends IllegalStateException {
            Misconfigured(String message) {
                super(message);
            }
        }

        @Override
        public RuntimeException httpError(ApiError error) {
            return new HttpFailure(error);
        }

        @Override
        public RuntimeException decodeError(DecodeError error) {
            return new DecodeFailure(error);
        }

        @Override
        public RuntimeException brokenOff(String message, String operation, OptionalLong rowsDelivered, IOException cause) {
            return new BrokenOff(message, operation, rowsDelivered, cause);
        }

        @Override
        public RuntimeException ioError(String operation, String method, String path, IOException cause) {
            return new IoFailure(operation, method, path, cause);
        }

        @Override
        public RuntimeException misconfigured(String message) {
            return new Misconfigured(message);
        }
    }
}
