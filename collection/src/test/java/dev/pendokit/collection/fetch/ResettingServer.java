package dev.pendokit.collection.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server below HTTP: it reads each request, resets the connection (a TCP RST, as a
 * dropped load balancer or a restarting server does) for the first {@code resets} of them, and
 * answers the others 200 with a JSON body.
 */
final class ResettingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final int resets;
    private final byte[] body;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ResettingServer(int resets, byte[] body) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.resets = resets;
        this.body = body;
        this.acceptor = new Thread(this::serve, "resetting-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    /** How many connections were made to it. */
    int connections() {
        return connections.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                readRequestHead(client.getInputStream());
                if (connections.incrementAndGet() <= resets) {
                    client.setSoLinger(true, 0);
                    continue;
                }
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // Closed, or the client went away: the next accept tells which.
            }
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            if (head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
