package dev.pendokit.mock;

import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.http.MetaData;
import wiremock.org.eclipse.jetty.http2.parser.RateControl;
import wiremock.org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import wiremock.org.eclipse.jetty.io.Connection;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;

/**
 * Jetty's HTTP/2 over plain TCP (h2c), as a mock that tests talk to needs it. Two changes:
 *
 * <p><b>No cap on the rate of the client's frames.</b> Jetty's defence against floods (the
 * "rapid reset" attack) counts certain frames on each connection, {@code RST_STREAM} among them,
 * and past 128 a second ends the connection with {@code GOAWAY ENHANCE_YOUR_CALM}
 * ("invalid_rst_stream_frame_rate"), failing every request in flight. A JDK {@code HttpClient}
 * that closes an answer's stream before the stream's end has arrived sends a {@code RST_STREAM}:
 * Jackson's {@code readTree(InputStream)} closes it after the JSON value, and WireMock ends its
 * answers with an empty frame after the body, so one request in five raced it. At 1,000
 * requests a second on one connection that is about 190 resets a second: 25 of 20,000 requests
 * failed with "GOAWAY received". A mock has no attacker to fend off, only its own tests.
 *
 * <p><b>No upgrade of a request whose body is of unknown length.</b> Jetty switches a request
 * with {@code Upgrade: h2c} to HTTP/2 as soon as its headers are read, unless it declares a
 * {@code Content-Length}; a chunked body then arrives after the switch, is read as HTTP/2
 * frames, and the request fails (the JDK's client, sending its first request of a streamed
 * body, got "ClosedChannelException"). HTTP/2 requires the whole body before the switch, so
 * such a request is answered over HTTP/1.1, as one with a {@code Content-Length} already is.
 */
final class H2cConnectionFactory extends HTTP2CServerConnectionFactory {

    private static final RateControl.Factory NO_RATE_CONTROL = new RateControl.Factory() {
        @Override
        public RateControl newRateControl(EndPoint endPoint) {
            return RateControl.NO_RATE_CONTROL;
        }
    };

    H2cConnectionFactory(HttpConfiguration configuration) {
        super(configuration);
        setRateControlFactory(NO_RATE_CONTROL);
    }

    @Override
    public Connection upgradeConnection(Connector connector, EndPoint endPoint, MetaData.Request request,
            HttpFields.Mutable response101) {
        if (request.getFields().contains(HttpHeader.TRANSFER_ENCODING)) {
            return null;
        }
        return super.upgradeConnection(connector, endPoint, request, response101);
    }
}
