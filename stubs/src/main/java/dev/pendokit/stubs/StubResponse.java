package dev.pendokit.stubs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stub answers: the status and its reason phrase ("" for none), headers in order, and the
 * body inline or, for a large one in the mapping files, the name of its file under {@code __files/}
 * (one of the two, or neither).
 *
 * @param template the body is a WireMock response template ({@link ResponseTemplate}) that puts
 *     values of the request into the answer; only such stubs name WireMock's
 *     {@value #RESPONSE_TEMPLATE} transformer, since rendering costs time on every request
 */
public record StubResponse(int status, String statusMessage, Map<String, String> headers, String body,
                           String bodyFileName, boolean template) {

    /** WireMock's name for its Handlebars transformer, as a stub's {@code transformers} list names it. */
    public static final String RESPONSE_TEMPLATE = "response-template";

    public StubResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        if (body != null && bodyFileName != null) {
            throw new IllegalArgumentException("a response has its body inline or in a file, not both");
        }
    }

    /** The same response with its body in the file {@code __files/NAME} (WireMock templates a file as it does a body). */
    StubResponse withBodyFile(String name) {
        return new StubResponse(status, statusMessage, headers, null, name, template);
    }

    /** The same response answering with a response template instead of its body. */
    StubResponse withTemplate(String body) {
        return new StubResponse(status, statusMessage, headers, body, null, true);
    }
}
