package dev.pendokit.mock;

import static dev.pendokit.stubs.StubGenerator.POSTMAN_CODE;
import static dev.pendokit.stubs.StubGenerator.POSTMAN_NAME;
import static dev.pendokit.stubs.StubGenerator.PREFER;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Turns Postman's mock headers into Prism's: {@code x-mock-response-code: 404} becomes
 * {@code Prefer: code=404} and {@code x-mock-response-name: NAME} becomes
 * {@code Prefer: example=NAME}, so the mock needs only the {@code Prefer} variants of the stubs
 * ({@link dev.pendokit.stubs.StubGenerator#stubs}) and starts in half the time. A request
 * that sends its own {@code Prefer} keeps it.
 */
final class PostmanSelectors implements StubRequestFilterV2 {

    @Override
    public String getName() {
        return "pendokit-postman-selectors";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (request.containsHeader(PREFER)) {
            return RequestFilterAction.continueWith(request);
        }
        String code = Headers.firstValue(request, POSTMAN_CODE);
        String name = Headers.firstValue(request, POSTMAN_NAME);
        if (code == null && name == null) {
            return RequestFilterAction.continueWith(request);
        }
        String prefer = code != null ? "code=" + code.trim() : "example=" + name;
        return RequestFilterAction.continueWith(RequestWrapper.create().addHeader(PREFER, prefer).wrap(request));
    }
}
