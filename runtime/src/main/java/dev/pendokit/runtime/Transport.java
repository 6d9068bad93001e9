package dev.pendokit.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Sends the calls of a generated client: builds the HTTP request (server, path, query,
 * credential), sends it with {@link HttpClient}, retries per the {@link RetryPolicy}, and turns
 * answers outside 2xx, bodies that do not decode and calls that get no answer into the client's
 * typed exceptions, with the client's secrets masked in whatever the server sent. Thread-safe;
 * one per client.
 */
public final class Transport {

    private static final int EXCERPT_BYTES = 2048;

    /** Bodies as streams that keep their first bytes, to quote a body that does not decode. */
    private static final HttpResponse.BodyHandler<InputStream> BODY = info -> HttpResponse.BodySubscribers.mapping(
            HttpResponse.BodySubscribers.ofInputStream(), BodyStart::new);

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final Map<String, URI> servers;
    private final Credentials credentials;
    private final Authentication authentication;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final ErrorFactory errors;
    private final String userAgent;
    private final SecretMask mask;

    /**
     * Made by the generated client's builder, one for each client.
     *
     * @param http sends every request
     * @param mapper writes request bodies and reads answers
     * @param servers the URL of each server variable ({@code baseUrl}); a call to another fails as misconfigured
     * @param credentials the secrets calls authenticate with
     * @param authentication how calls authenticate unless they say otherwise (the collection's default)
     * @param requestTimeout how long one attempt waits for its answer; null waits as long as {@code http} does
     * @param retry when and how often failed calls are tried again
     * @param errors makes the client's exceptions
     * @param userAgent the User-Agent header of every request
     */
    public Transport(HttpClient http, ObjectMapper mapper, Map<String, URI> servers, Credentials credentials,
                     Authentication authentication, Duration requestTimeout, RetryPolicy retry, ErrorFactory errors,
                     String userAgent) {
        this.http = http;
        this.mapper = mapper;
        this.servers = Map.copyOf(servers);
        this.credentials = credentials;
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.requestTimeout = requestTimeout;
        this.retry = retry;
        this.errors = errors;
        this.userAgent = userAgent;
        this.mask = SecretMask.of(credentials.values());
    }

    /**
     * The mapper answers are read with, so generated code reads and writes JSON the same way.
     *
     * @return the client's mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * A request body as JSON bytes.
     *
     * @param body the object to write
     * @return the JSON, as UTF-8
     * @throws IllegalArgumentException if the object cannot be written as JSON
     */
    public byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Sends {@code call}, retrying as the policy allows, and reads the answer with {@code reader}.
     *
     * @param <T> the result's type
     * @param call the call to send
     * @param reader reads a 2xx answer
     * @return what {@code reader} read
     * @throws RuntimeException the {@link ErrorFactory}'s exception for an answer outside 2xx, a body that does not
     *     decode, no answer or a misconfigured call; an {@link IllegalArgumentException} for a missing path parameter
     */
    public <T> T send(Call call, ResponseReader<T> reader) {
        HttpRequest request = request(call);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, BODY);
            } catch (IOException e) {
                if (mayRetry(call, attempt)) {
                    sleep(call, retry.delayAfter(attempt, null));
                    continue;
                }
                throw noAnswer(call, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw errors.ioError(call.operation, call.method, call.path(),
                        new InterruptedIOException("interrupted while waiting for the answer"));
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return read(call, reader, response);
            }
            Duration asked = retryAfter(response);
            if (retries(call, attempt, status) && waits(asked)) {
                discard(response);
                sleep(call, retry.delayAfter(attempt, asked));
                continue;
            }
            throw errors.httpError(error(call, response, attempt, asked));
        }
    }

    /**
     * {@link #send} without blocking: retries wait on a delayed executor, not on a thread.
     *
     * @param <T> the result's type
     * @param call the call to send
     * @param reader reads a 2xx answer
     * @return a future of what {@code reader} read, failed with the exception {@link #send} would throw
     */
    public <T> CompletableFuture<T> sendAsync(Call call, ResponseReader<T> reader) {
        HttpRequest request;
        try {
            request = request(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attempt(call, request, reader, 1);
    }

    private <T> CompletableFuture<T> attempt(Call call, HttpRequest request, ResponseReader<T> reader, int attempt) {
        return http.sendAsync(request, BODY).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof IOException io) {
                    if (mayRetry(call, attempt)) {
                        return later(retry.delayAfter(attempt, null), () -> attempt(call, request, reader, attempt + 1));
                    }
                    return CompletableFuture.<T>failedFuture(noAnswer(call, io));
                }
                return CompletableFuture.<T>failedFuture(cause);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                try {
                    return CompletableFuture.completedFuture(read(call, reader, response));
                } catch (RuntimeException e) {
                    return CompletableFuture.<T>failedFuture(e);
                }
            }
            Duration asked = retryAfter(response);
            if (retries(call, attempt, status) && waits(asked)) {
                discard(response);
                return later(retry.delayAfter(attempt, asked), () -> attempt(call, request, reader, attempt + 1));
            }
            return CompletableFuture.<T>failedFuture(errors.httpError(error(call, response, attempt, asked)));
        }).thenCompose(next -> next);
    }

    private static <T> CompletableFuture<T> later(Duration delay, java.util.function.Supplier<CompletableFuture<T>> next) {
        Executor after = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(next, after).thenCompose(future -> future);
    }

    private boolean mayRetry(Call call, int attempt) {
        return attempt < retry.maxAttempts() && retry.mayRetry(call.idempotent);
    }

    private boolean retries(Call call, int attempt, int status) {
        return retry.retriesStatus(status) && mayRetry(call, attempt);
    }

    /**
     * Whether the policy waits as long as the answer asked (or it asked nothing). A longer wait is
     * not waited for in part: the server would refuse the early retry the same way.
     */
    private boolean waits(Duration asked) {
        return asked == null || retry.waitsFor(asked);
    }

    private RuntimeException noAnswer(Call call, IOException failure) {
        return errors.ioError(call.operation, call.method, call.path(), mask.scrub(failure));
    }

    private HttpRequest request(Call call) {
        URI server = servers.get(call.server);
        if (server == null) {
            throw errors.misconfigured(call.operation + " needs the server " + call.server
                    + ", which the client has no URL for; set it on the client builder (" + call.server + "(URI))");
        }
        StringBuilder uri = new StringBuilder(stripTrailingSlash(server.toString())).append(call.path());
        char separator = '?';
        for (String[] param : call.query) {
            uri.append(separator).append(UrlEncoding.component(param[0])).append('=')
                    .append(UrlEncoding.component(param[1]));
            separator = '&';
        }
        Authentication auth = call.authentication != null ? call.authentication : authentication;
        String secret = auth.credential == null ? null : secret(call, auth.credential);
        if (secret != null && auth.in == Call.KeyIn.QUERY) {
            uri.append(separator).append(UrlEncoding.component(auth.name)).append('=')
                    .append(UrlEncoding.component(secret));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("User-Agent", userAgent)
                .header("Accept", call.accept);
        if (requestTimeout != null) {
            request.timeout(requestTimeout);
        }
        for (String[] header : call.headers) {
            request.header(header[0], header[1]);
        }
        if (secret != null && auth.in != Call.KeyIn.QUERY) {
            String value = switch (auth.in) {
                case BEARER -> "Bearer " + secret;
                case BASIC -> "Basic " + Base64.getEncoder().encodeToString(
                        (secret + ":" + secret(call, auth.password)).getBytes(StandardCharsets.UTF_8));
                default -> secret;
            };
            try {
                request.header(auth.name, value);
            } catch (IllegalArgumentException e) {
                // The JDK's message quotes the value, secret included: neither it nor its cause is passed on.
                throw errors.misconfigured(call.operation + " authenticates with " + auth.credential
                        + ", whose value cannot be sent in a header: it holds a line break or another character"
                        + " headers do not allow");
            }
        }
        if (call.body != null) {
            request.header("Content-Type", call.contentType);
            request.method(call.method, HttpRequest.BodyPublishers.ofByteArray(call.body));
        } else if (call.method.equals("GET")) {
            request.GET();
        } else {
            request.method(call.method, HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    private String secret(Call call, String name) {
        String secret = credentials.get(name);
        if (secret == null) {
            throw errors.misconfigured(call.operation + " authenticates with " + name
                    + ", which is not set; set it on the client builder (" + name + "(...))");
        }
        return secret;
    }

    private <T> T read(Call call, ResponseReader<T> reader, HttpResponse<InputStream> response) {
        ReadFailures failures = new ReadFailures(call, response, errors, mask, servers.get(call.server));
        try {
            T result = reader.read(response);
            if (result instanceof RowStream<?> rows) {
                // Rows are read after send returns: their failures are still this call's.
                rows.failWith(failures);
            }
            return result;
        } catch (NothingAnswered e) {
            throw errors.httpError(new ApiError(call.operation, call.method, call.path(), 404, e.getMessage(), "[]"));
        } catch (JsonProcessingException e) {
            throw failures.undecoded(e, "$", OptionalLong.empty());
        } catch (IOException e) {
            throw failures.brokenOff(e);
        }
    }

    /**
     * The error of an answer outside 2xx that is not retried. When only the length of its Retry-After
     * stopped a retry, the error says so, with the policy's limit.
     */
    private ApiError error(Call call, HttpResponse<InputStream> response, int attempt, Duration asked) {
        int status = response.statusCode();
        String reason = call.reasons.getOrDefault(status, StatusPhrases.of(status));
        Duration limit = retries(call, attempt, status) && !waits(asked) ? retry.maxRetryAfter() : null;
        return new ApiError(call.operation, call.method, call.path(), status, reason, excerpt(response), asked, limit);
    }

    /** The first characters of an error body, on one line, the client's secrets masked. */
    private String excerpt(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] start = in.readNBytes(EXCERPT_BYTES);
            return BodyExcerpt.of(start, start.length == EXCERPT_BYTES, BodyExcerpt.ERROR_CHARS, mask);
        } catch (IOException e) {
            return "";
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // The connection is dropped instead of reused; the retry opens another.
        }
    }

    /** What the answer's Retry-After asks for; null when it asks nothing readable. */
    static Duration retryAfter(HttpResponse<?> response) {
        return RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now()).orElse(null);
    }

    private void sleep(Call call, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.ioError(call.operation, call.method, call.path(),
                    new InterruptedIOException("interrupted while waiting to retry"));
        }
    }

    private static String stripTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    @Override
    public String toString() {
        return "Transport[servers=" + servers + ", credentials=" + credentials + ", authentication=" + authentication + ", requestTimeout=" + requestTimeout
                + ", retry=" + retry + "]";
    }
}
