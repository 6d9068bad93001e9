package dev.pendokit.mock.proxy;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.pendokit.collection.TestModels;
import dev.pendokit.mock.OperationIndex;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An upstream that takes the connection and never answers: 504 once the wait is over, naming it. */
class SlowUpstreamTest {

    @Test
    void anUpstreamThatDoesNotAnswerGets504() throws IOException {
        List<Socket> held = Collections.synchronizedList(new ArrayList<>());
        List<String> log = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI upstream = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            ProxyFilter proxy = new ProxyFilter(upstream, Duration.ofSeconds(1), null, log::add,
                    CompletableFuture.completedFuture(TestModels.pendo()),
                    CompletableFuture.completedFuture(new OperationIndex(TestModels.pendo())),
                    CompletableFuture.completedFuture(List.of()));
            WireMockServer server = new WireMockServer(options().dynamicPort().extensions(proxy));
            server.start();
            try {
                HttpResponse<String> answer = Http.send("GET", URI.create("http://localhost:" + server.port()),
                        "/api/v1/page", null);

                String message = "The upstream " + upstream + " did not answer within 1 seconds. Check that it is up and"
                        + " what keeps it, or call it directly to compare";
                assertThat(answer.statusCode()).isEqualTo(504);
                assertThat(answer.body()).isEqualTo("{\"status\":504,\"error\":\"Gateway Timeout\",\"message\":\""
                        + message + "\"}");
                assertThat(log).containsExactly("proxy: GET /api/v1/page -> 504: " + message);
            } finally {
                server.stop();
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }
}
