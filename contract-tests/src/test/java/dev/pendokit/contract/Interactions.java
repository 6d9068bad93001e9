package dev.pendokit.contract;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.request.DocumentedRequest;
import dev.pendokit.contract.Contracts.Contract;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** Writes contracts as Pact interactions: the documented request, and what the answer must be. */
final class Interactions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Interactions() {}

    static V4Pact pact(PactDslWithProvider builder, List<Contract> contracts) {
        Set<String> descriptions = new HashSet<>();
        PactDslResponse response = null;
        for (Contract contract : contracts) {
            if (!descriptions.add(contract.description())) {
                // Pact keys interactions by description: a second one would silently replace the first.
                throw new IllegalStateException("Two requests are named '" + contract.description() + "' in the collection;"
                        + " rename one so that each contract has a name of its own");
            }
            PactDslRequestWithPath request = request(builder, response, contract);
            response = response(request.willRespondWith().status(contract.status()), contract.response());
        }
        if (response == null) {
            throw new IllegalStateException("no contracts to write");
        }
        return response.toPact(V4Pact.class);
    }

    private static PactDslRequestWithPath request(PactDslWithProvider builder, PactDslResponse previous,
            Contract contract) {
        Operation operation = contract.operation();
        ProviderState state = contract.state();
        Map<String, Object> ids = new HashMap<>(state.ids());
        String description = contract.description();
        DocumentedRequest documented = DocumentedRequest.of(operation);
        String path = documented.path();
        PactDslRequestWithPath request;
        if (previous != null && state.name().isEmpty()) {
            request = previous.uponReceiving(description).path(path);
        } else if (previous != null) {
            request = previous.given(state.name(), ids).uponReceiving(description).path(path);
        } else if (state.name().isEmpty()) {
            request = builder.uponReceiving(description).path(path);
        } else {
            request = builder.given(state.name(), ids).uponReceiving(description).path(path);
        }
        request.method(documented.method());
        if (!documented.query().isEmpty()) {
            request.encodedQuery(documented.rawQuery());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        documented.headers().forEach(header -> headers.put(header.name(), header.value()));
        if (!headers.isEmpty()) {
            request.headers(headers);
        }
        Contracts.keyHeader(operation).ifPresent(name -> request.matchHeader(name, ".+", Contracts.KEY_EXAMPLE));
        documented.body().ifPresent(body -> body(request, operation, body));
        return request;
    }

    private static void body(PactDslRequestWithPath request, Operation operation, DocumentedRequest.Body body) {
        BodyKind kind = operation.requestBody().orElseThrow().kind();
        if (kind == BodyKind.XML && !wellFormedXml(body.text())) {
            // A placeholder ("Copy XLIFF 1.2 file into the body"): only the media type is the contract.
            request.headers("Content-Type", body.mediaType());
        } else {
            request.body(body.text(), body.mediaType());
        }
    }

    private static boolean wellFormedXml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // quiet: a parse error is an answer here, not a message
            builder.parse(new InputSource(new StringReader(text)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static PactDslResponse response(PactDslResponse response, Response documented) {
        if (!documented.isSuccess()) {
            // Which exception the client throws depends on the status alone.
            return response;
        }
        if (documented.kind() == BodyKind.JSON) {
            ResponseBodies.of(documented.shape()).ifPresent(response::body);
        }
        String mediaType = documented.mediaType().split(";")[0].trim();
        return response.matchHeader("Content-Type", "(?i)" + mediaType.replaceAll("[.+*?^$()\\[\\]{}|\\\\]", "\\\\$0")
                + "(;.*)?", mediaType);
    }

}
