package dev.pendokit.mock.coverage;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.pendokit.runtime.StatusPhrases;
import dev.pendokit.stubs.ErrorBodies;
import java.util.Locale;

/**
 * {@code GET /__pendokit/coverage}: the coverage so far, as JSON, or as Markdown with
 * {@code ?format=md} or {@code Accept: text/markdown}. Needs no key, and is not counted itself
 * (the mock runs this filter before the key check; the recorder skips the mock's own paths).
 */
public final class CoverageEndpoint implements StubRequestFilterV2 {

    public static final String PATH = CoverageRecorder.OWN_PATHS + "coverage";

    private final CoverageRecorder recorder;

    public CoverageEndpoint(CoverageRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public String getName() {
        return "pendokit-coverage-endpoint";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String url = request.getUrl();
        if (!url.startsWith(PATH) || !CoverageRecorder.pathOf(url).equals(PATH)) {
            return RequestFilterAction.continueWith(request);
        }
        if (!request.getMethod().equals(RequestMethod.GET)) {
            return RequestFilterAction.stopWith(ResponseDefinitionBuilder.responseDefinition().withStatus(405)
                    .withStatusMessage(StatusPhrases.of(405)).withHeader("Allow", "GET")
                    .withHeader("Content-Type", "application/json")
                    .withBody(ErrorBodies.of(405, PATH + " answers GET only").toString()).build());
        }
        boolean markdown = wantsMarkdown(request);
        Coverage coverage = recorder.coverage();
        return RequestFilterAction.stopWith(ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", markdown ? "text/markdown; charset=utf-8" : "application/json")
                .withBody(markdown ? CoverageMarkdown.write(coverage) : CoverageJson.write(coverage)).build());
    }

    private static boolean wantsMarkdown(Request request) {
        String query = request.getUrl().substring(PATH.length());
        if (query.matches("\\?(.*&)?format=(md|markdown)(&.*)?")) {
            return true;
        }
        HttpHeader accept = request.header("Accept");
        return accept != null && accept.isPresent() && accept.firstValue().toLowerCase(Locale.ROOT).contains("text/markdown");
    }
}
