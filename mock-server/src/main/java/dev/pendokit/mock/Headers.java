package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;

/** Reading headers of requests that another filter may have wrapped. */
final class Headers {

    private Headers() {}

    /** The header's first value, or null: a wrapped request's {@code getHeader} throws when it is absent. */
    static String firstValue(Request request, String name) {
        HttpHeader header = request.header(name);
        return header.isPresent() ? header.firstValue() : null;
    }
}
