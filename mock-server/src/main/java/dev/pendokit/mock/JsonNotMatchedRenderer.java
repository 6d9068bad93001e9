package dev.pendokit.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;
import dev.pendokit.collection.json.JsonTrees;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.util.Comparator;
import java.util.Optional;

/**
 * A request no documented request matches gets a 404 whose JSON names the closest documented
 * request and what differed, instead of an empty page:
 *
 * <pre>{@code
 * {"status": 404, "error": "Not Found", "message": "No documented request matches GET /api/v1/gide",
 *  "closest": {"request": "Guides/Get all guides", "method": "GET", "path": "/api/v1/guide",
 *              "differences": [{"part": "path", "expected": "/api/v1/guide", "actual": "/api/v1/gide"}]}}
 * }</pre>
 *
 * Only the plain documented requests are candidates (mappings whose metadata says
 * {@code selector: default}); the variants chosen by {@code Prefer} or the Postman headers would
 * only add noise.
 */
final class JsonNotMatchedRenderer extends NotMatchedRenderer {


    @Override
    protected ResponseDefinition render(Admin admin, ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        ObjectNode body = ErrorBodies.of(404, "No documented request matches " + request.getMethod() + " "
                + request.getUrl());
        closest(admin, request).ifPresent(closest -> body.set("closest", closest));
        // Written without an ObjectMapper: WireMock makes this renderer as the mock starts, where building one costs.
        return ResponseDefinitionBuilder.responseDefinition().withStatus(404).withStatusMessage(StatusPhrases.of(404))
                .withHeader("Content-Type", "application/json").withBody(JsonTrees.write(body)).build();
    }

    /** The nearest documented request by WireMock's distance, then by how many parts differ. */
    private static Optional<ObjectNode> closest(Admin admin, LoggedRequest request) {
        record Candidate(ObjectNode description, double distance, int differences) {}
        return admin.listAllStubMappings().getMappings().stream()
                .filter(JsonNotMatchedRenderer::isDocumentedDefault)
                .map(stub -> {
                    ObjectNode description = RequestDifferences.describe(stub, request);
                    return new Candidate(description, stub.getRequest().match(request).getDistance(),
                            description.path("differences").size());
                })
                .min(Comparator.comparingDouble(Candidate::distance).thenComparingInt(Candidate::differences))
                .map(Candidate::description);
    }

    private static boolean isDocumentedDefault(StubMapping stub) {
        Metadata pendokit = stub.getMetadata() == null ? null : stub.getMetadata().getMetadata("pendokit", null);
        return pendokit != null && "default".equals(pendokit.getString("selector", null));
    }
}
