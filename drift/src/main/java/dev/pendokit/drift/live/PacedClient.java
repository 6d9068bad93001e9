package dev.pendokit.drift.live;

import dev.pendokit.runtime.RetryAfter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends requests at the pacer's rate, within the time budget. An answer of 429 (too many
 * requests) or 503 (unavailable) is retried at most {@value #RETRIES} times, after the wait its
 * {@code Retry-After} asks for ({@value #DEFAULT_WAIT_SECONDS} s without one); no request of the
 * run starts during that wait. A wait that would outlast the budget ends the run instead.
 */
final class PacedClient {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final int RETRIES = 2;
    static final long DEFAULT_WAIT_SECONDS = 1;

    private final HttpClient http;
    private final Pacer pacer;

    PacedClient(HttpClient http, Pacer pacer) {
        this.http = http;
        this.pacer = pacer;
    }

    /** A client of its own for the pacer: HTTP/1.1, connecting within 10 s or the budget, whichever is less. */
    static PacedClient create(Pacer pacer) {
        Duration connect = pacer.remaining().compareTo(Duration.ofSeconds(10)) < 0 ? pacer.remaining()
                : Duration.ofSeconds(10);
        return new PacedClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect)
                .build(), pacer);
    }

    /**
     * The answer, after retries.
     *
     * @throws HttpTimeoutException when no answer came within {@link #REQUEST_TIMEOUT}
     * @throws IOException when the request could not be sent or its answer not read
     * @throws RunStopped when the budget ran out, before or while waiting
     */
    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response = sendOnce(request);
            int status = response.statusCode();
            if ((status != 429 && status != 503) || attempt == RETRIES) {
                return response;
            }
            Optional<String> header = response.headers().firstValue("Retry-After");
            Duration wait = RetryAfter.parse(header.orElse(null), Instant.now())
                    .orElse(Duration.ofSeconds(DEFAULT_WAIT_SECONDS));
            if (wait.compareTo(pacer.remaining()) >= 0) {
                throw new RunStopped("the API answered " + status + " and asked to wait " + Pacer.text(wait)
                        + " (Retry-After), past the end of the time budget of " + pacer.budgetText());
            }
            pacer.hold(wait);
        }
    }

    private HttpResponse<byte[]> sendOnce(HttpRequest.Builder request) throws IOException {
        pacer.acquire();
        Duration remaining = pacer.remaining();
        boolean budgetBound = remaining.compareTo(REQUEST_TIMEOUT) < 0;
        Duration timeout = budgetBound ? remaining : REQUEST_TIMEOUT;
        if (timeout.isZero()) {
            throw new RunStopped(pacer.budgetRanOut());
        }
        // sendAsync and a bounded get: the request timeout alone does not bound reading the body.
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request.timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw timedOut(budgetBound);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw timedOut(budgetBound);
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new RunStopped("the run was interrupted");
        }
    }

    private IOException timedOut(boolean budgetBound) {
        if (budgetBound) {
            throw new RunStopped(pacer.budgetRanOut() + " while waiting for its answer", pacer.budgetRanOut());
        }
        return new HttpTimeoutException("no answer within " + Pacer.text(REQUEST_TIMEOUT));
    }
}
