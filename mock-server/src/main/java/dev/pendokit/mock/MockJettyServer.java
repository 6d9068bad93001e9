package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.FilterMapping;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty, set up for a mock that tests talk to: bodies bounded ({@link BodySizeLimit}),
 * errors in JSON ({@link JsonErrorPages}), and HTTP/2 that does not take the test client for an
 * attacker ({@link H2cConnectionFactory}).
 */
final class MockJettyServer extends Jetty11HttpServer {

    /**
     * Changes what WireMock's constructor built. Not in the hooks that constructor calls
     * ({@code createHttpConnector}, {@code decorateMockServiceContextBeforeConfig}): they run
     * before this constructor has the limit.
     */
    private MockJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs, long maxBodySize) {
        super(options, admin, stubs);
        serveH2cForTests();
        ServletContextHandler mockService = mockService();
        limitBodies(mockService, maxBodySize);
        mockService.setErrorHandler(new JsonErrorPages(mockService));
        jettyServer.setErrorHandler(new JsonErrorPages(mockService));
    }

    /** Builds this server in place of WireMock's own. */
    static HttpServerFactory factory(long maxBodySize) {
        return (options, admin, stubs) -> new MockJettyServer(options, admin, stubs, maxBodySize);
    }

    private void serveH2cForTests() {
        HTTP2CServerConnectionFactory h2c = httpConnector.getConnectionFactory(HTTP2CServerConnectionFactory.class);
        if (h2c != null) {
            httpConnector.removeConnectionFactory(h2c.getProtocol());
            httpConnector.addConnectionFactory(new H2cConnectionFactory(h2c.getHttpConfiguration()));
        }
    }

    /** The limit's filter goes first, before WireMock's own filters and its servlet. */
    private static void limitBodies(ServletContextHandler mockService, long maxBodySize) {
        FilterHolder limit = new FilterHolder(new BodySizeLimit(maxBodySize));
        limit.setName("pendokit-body-size-limit");
        FilterMapping everything = new FilterMapping();
        everything.setFilterName(limit.getName());
        everything.setPathSpec("/*");
        everything.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        mockService.getServletHandler().prependFilter(limit);
        mockService.getServletHandler().prependFilterMapping(everything);
    }

    /** The context that serves the stubs (the admin API has its own, under {@code /__admin}). */
    private ServletContextHandler mockService() {
        for (Handler handler : jettyServer.getChildHandlersByClass(ServletContextHandler.class)) {
            ServletContextHandler context = (ServletContextHandler) handler;
            if ("/".equals(context.getContextPath())) {
                return context;
            }
        }
        throw new IllegalStateException("WireMock's Jetty has no context at /; the mock needs WireMock 3 on Jetty 11");
    }
}
