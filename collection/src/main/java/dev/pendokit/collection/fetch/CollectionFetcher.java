package dev.pendokit.collection.fetch;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;

/**
 * Reads a Postman collection from a URL: Postman's API ({@code /collections/{uid}}, answering
 * {@code {"collection": {...}}}) or a public documentation page's collection JSON (how Pendo
 * publishes its collection).
 *
 * <p>The key from {@value #KEY_VARIABLE} is sent as {@code X-Api-Key} only to a Postman API host
 * ({@link #POSTMAN_API_HOSTS}, plus hosts a caller names with {@link Builder#apiHost}), never on the
 * strength of a URL's shape: a {@code /collections/{uid}} path on any other host would hand the
 * key to whoever runs it. Retries 429 and 5xx (honouring {@code Retry-After} up to a cap), and a
 * request that got no answer (a timeout, a refused or reset connection) after a backoff; never other
 * 4xx, which will not change by asking again. A message after the last attempt says how many were made.
 */
public final class CollectionFetcher {

    public static final String KEY_VARIABLE = "POSTMAN_API_KEY";
    public static final Set<String> POSTMAN_API_HOSTS = Set.of("api.getpostman.com", "api.postman.com");

    private final UnaryOperator<String> env;
    private final Set<String> apiHosts;
    private final Duration connectTimeout;
    private final Duration answerTimeout;
    private final int attempts;
    private final Duration longestWait;

    private CollectionFetcher(Builder builder) {
        this.env = builder.env;
        this.apiHosts = Set.copyOf(builder.apiHosts);
        this.connectTimeout = builder.connectTimeout;
        this.answerTimeout = builder.answerTimeout;
        this.attempts = builder.attempts;
        this.longestWait = builder.longestWait;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code text} as a URL; a {@link CollectionException} naming {@code option} when it is none.
     * The message shows the text up to any query, where a token would ride.
     */
    public static URI url(String text, String option) {
        String trimmed = text == null ? "" : text.strip();
        try {
            URI url = new URI(trimmed);
            if (url.getScheme() != null && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // Reported below with the fix.
        }
        int query = trimmed.indexOf('?');
        String shown = query < 0 ? trimmed : trimmed.substring(0, query) + "?...";
        throw new CollectionException("The collection URL '" + shown + "' is not a URL. Check " + option
                + ": give one such as https://api.getpostman.com/collections/{uid}");
    }

    /** The URL as every message and report shows it: no query, no user info, the key masked. */
    public String shown(URI url) {
        return ShownUrl.of(url, keyFor(url));
    }

    /** The collection at {@code url}, resolved into the model; its source is the URL as shown in messages. */
    public ApiModel load(URI url, ResolveOptions options) {
        String key = keyFor(url);
        return ApiModels.load(fetch(url), ShownUrl.of(url, key), options);
    }

    /** The bytes of the collection at {@code url}, checked to be a collection (raw or in Postman's wrapper). */
    public byte[] fetch(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String key = keyFor(url);
        String shown = ShownUrl.of(url, key);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new CollectionException("The collection URL " + shown + " is not an http(s) URL."
                    + " Give the full URL, e.g. https://api.getpostman.com/collections/{uid}");
        }
        boolean api = isApiHost(url);
        if (api && key == null) {
            throw new CollectionException(shown + " is Postman's API, which needs a key: set the environment"
                    + " variable " + KEY_VARIABLE + " to a Postman API key (Postman > Settings > API keys)");
        }
        HttpResponse<byte[]> response = exchange(url, key, shown);
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("no content type");
        if (status == 401 || status == 403) {
            throw new CollectionException(shown + " answered " + status + (api
                    ? ": the Postman API key was refused. Check that " + KEY_VARIABLE
                            + " holds a valid key with access to this collection"
                    : ": it needs credentials. Use the public documentation URL, or Postman's API"
                            + " (https://api.getpostman.com/collections/{uid}) with " + KEY_VARIABLE + " set"));
        }
        if (status == 404) {
            throw new CollectionException(shown + " answered 404 Not Found. Check the collection uid / URL"
                    + (api ? " (and that the key's account can see the collection)" : ""));
        }
        if (status < 200 || status > 299) {
            throw new CollectionException(shown + " answered " + status + " (" + contentType + ", starting "
                    + CollectionBody.start(response.body(), key) + "). Check the URL");
        }
        CollectionBody.check(response.body(), contentType, shown, key);
        return response.body();
    }

    private HttpResponse<byte[]> exchange(URI url, String key, String shown) {
        // The JDK repeats a request's headers on the redirected request, wherever it leads: a request
        // carrying the key follows no redirect, so the key cannot be sent on to another host.
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(key != null ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(answerTimeout).GET()
                .header("Accept", "application/json");
        if (key != null && isApiHost(url)) {
            request.header("X-Api-Key", key);
        }
        HttpRequest built = request.build();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == attempts;
            HttpResponse<byte[]> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                // A timeout, a refused or a reset connection may be gone a moment later; a
                // certificate the JDK refuses will still be refused.
                if (last || e instanceof SSLException) {
                    throw failure(e, built.uri(), shown, key, attempt);
                }
                sleep(RetryWait.backoff(attempt, longestWait));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CollectionException("Reading " + shown + " was interrupted");
            }
            int status = response.statusCode();
            if (status != 429 && status < 500) {
                return response;
            }
            if (last) {
                throw new CollectionException(shown + " still answered " + status + " after " + attempts(attempt)
                        + ". Try again later");
            }
            sleep(RetryWait.after(response, attempt, longestWait));
        }
    }

    /** The message for a request that got no answer, after {@code made} attempts. */
    private CollectionException failure(IOException e, URI requested, String shown, String key, int made) {
        String tries = " (" + attempts(made) + ")";
        if (e instanceof HttpConnectTimeoutException) {
            return new CollectionException(shown + " did not accept a connection within " + connectTimeout.toMillis()
                    + " ms" + tries + ". Check the URL and the network (proxy, firewall)");
        }
        if (e instanceof HttpTimeoutException) {
            return new CollectionException(shown + " did not answer within " + answerTimeout.toMillis() + " ms" + tries
                    + ". Try again later, or check the URL");
        }
        if (e instanceof ConnectException) {
            return new CollectionException("Cannot connect to " + shown + tries + ". Check the host and port in the URL");
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // The JDK's text may quote the whole URL, query and all; show it as every message does.
        String said = ShownUrl.mask(reason.replace(requested.toString(), shown), key);
        return new CollectionException("Reading " + shown + " failed: " + said + tries + ". Check the URL and the network");
    }

    private static String attempts(int made) {
        return made == 1 ? "1 attempt" : made + " attempts";
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectionException("Waiting to retry the collection URL was interrupted");
        }
    }

    private boolean isApiHost(URI url) {
        return url.getHost() != null && apiHosts.contains(url.getHost().toLowerCase(Locale.ROOT));
    }

    /** The key when it would be sent to this URL's host, else null; blank counts as unset. */
    private String keyFor(URI url) {
        if (!isApiHost(url)) {
            return null;
        }
        String key = env.apply(KEY_VARIABLE);
        return key == null || key.isBlank() ? null : key.strip();
    }

    @Override
    public String toString() {
        return "CollectionFetcher[apiHosts=" + new TreeSet<>(apiHosts) + ", connectTimeout=" + connectTimeout
                + ", answerTimeout=" + answerTimeout + ", attempts=" + attempts + ", longestWait=" + longestWait + "]";
    }

    /** Options of a fetcher; the defaults suit a build talking to Postman. */
    public static final class Builder {
        private UnaryOperator<String> env = System::getenv;
        private final Set<String> apiHosts = new TreeSet<>(POSTMAN_API_HOSTS);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration answerTimeout = Duration.ofSeconds(60);
        private int attempts = 4;
        private Duration longestWait = Duration.ofSeconds(30);

        private Builder() {}

        /** Where {@value #KEY_VARIABLE} is looked up; the process environment by default. */
        public Builder env(UnaryOperator<String> env) {
            this.env = Objects.requireNonNull(env, "env");
            return this;
        }

        /** One more host that gets the Postman key (a proxy or test server standing in for Postman's API). */
        public Builder apiHost(String host) {
            apiHosts.add(Objects.requireNonNull(host, "host").toLowerCase(Locale.ROOT));
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        public Builder answerTimeout(Duration timeout) {
            this.answerTimeout = positive(timeout, "answerTimeout");
            return this;
        }

        /** How many times to ask in all when the answer is 429 or 5xx, or none came; 1 means no retry. */
        public Builder attempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
            }
            this.attempts = attempts;
            return this;
        }

        /** The longest wait between attempts, whatever {@code Retry-After} asks for. */
        public Builder longestWait(Duration wait) {
            Objects.requireNonNull(wait, "longestWait");
            if (wait.isNegative()) {
                throw new IllegalArgumentException("longestWait must not be negative, was " + wait);
            }
            this.longestWait = wait;
            return this;
        }

        public CollectionFetcher build() {
            return new CollectionFetcher(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
