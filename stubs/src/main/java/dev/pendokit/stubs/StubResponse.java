package dev.pendokit.stubs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stub answers: the status and its reason phrase ("" for none), headers in order, and the
 * body inline or, for a large one in the mapping files, the name of its file under {@code __files/}
 * (one of the two, or neither).
 */
public record StubResponse(int status, String statusMessage, Map<String, String> headers, String body,
                           String bodyFileName) {

    public StubResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        if (body != null && bodyFileName != null) {
            throw new IllegalArgumentException("a response has its body inline or in a file, not both");
        }
    }

    /** The same response with its body in the file {@code __files/NAME}. */
    StubResponse withBodyFile(String name) {
        return new StubResponse(status, statusMessage, headers, null, name);
    }
}
