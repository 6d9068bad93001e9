package dev.pendokit.mock;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Bytes sent to the mock as they are, for requests no HTTP client would send (or send so). */
final class RawHttp {

    private RawHttp() {}

    /** Sends the request and reads until the mock closes the connection (10 s at most). */
    static String exchange(PendoMock mock, String request) throws IOException {
        try (Socket socket = new Socket("localhost", mock.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
