package dev.pendokit.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The template made of a saved answer: the request's values where it carries the documented ones, the rest as saved. */
class ResponseTemplateTest {

    private static final RequestValue VISITOR = new RequestValue("visitorId", false, false, List.of("exampleVisitor"));
    private static final RequestValue IDS = new RequestValue("id", true, true, List.of("p1,p2", "p1", "p2"));
    private static final RequestValue TAG = new RequestValue("tag", true, false, List.of("blue"));

    @Test
    void aPathVariableIsWrittenAsJsonWhereTheAnswerCarriesItAndTheRestIsKeptByteForByte() {
        assertThat(ResponseTemplate.of("{ \"id\" : \"exampleVisitor\",\n \"n\": 1.50, \"v\": {\"of\": \"exampleVisitor\"}}",
                List.of(VISITOR))).contains("{ \"id\" : {{{toJson (urlEncode request.path.[visitorId] decode=true)}}},\n"
                + " \"n\": 1.50, \"v\": {\"of\": {{{toJson (urlEncode request.path.[visitorId] decode=true)}}}{{!}}}}");
    }

    @Test
    void theIdsListedByAQueryParameterGetAnElementEach() {
        assertThat(ResponseTemplate.of("[ {\"id\": \"p1\", \"n\": 2}, {\"id\": \"p2\", \"n\": 3} ]", List.of(IDS)))
                .contains("[ {{#each (parseJson (stringFormat '[%s]' (replace (toJson (arrayJoin ',' request.query.[id]))"
                        + " ',' '\",\"')))}}{{#unless @first}},{{/unless}}{\"id\": {{{toJson this}}}, \"n\": 2}{{/each}}]");
        assertThat(ResponseTemplate.of("{\"ids\": [\"p1\", \"p2\"]}", List.of(IDS))).contains("{\"ids\": [{{#each"
                + " (parseJson (stringFormat '[%s]' (replace (toJson (arrayJoin ',' request.query.[id])) ',' '\",\"')))}}"
                + "{{#unless @first}},{{/unless}}{{{toJson this}}}{{/each}}]}");
    }

    @Test
    void aValueEveryElementSharesIsAFilterAndStaysInEachElement() {
        assertThat(ResponseTemplate.of("[{\"tag\": \"blue\"}, {\"tag\": \"blue\"}]", List.of(TAG)))
                .contains("[{\"tag\": {{{toJson request.query.[tag].[0]}}}{{!}}}, {\"tag\": {{{toJson request.query.[tag].[0]}}}{{!}}}]");
    }

    @Test
    void aValueFoundOnlyAfterTheFirstElementIsWrittenInPlace() {
        assertThat(ResponseTemplate.of("[{\"id\": \"x\"}, {\"id\": \"p2\"}]", List.of(IDS)))
                .contains("[{\"id\": \"x\"}, {\"id\": {{{toJson request.query.[id].[0]}}}{{!}}}]");
    }

    @Test
    void answersThatAreNotJsonOrCarryNoValueOrHoldBracesAreLeftAlone() {
        assertThat(ResponseTemplate.of("visitorId\nexampleVisitor\n", List.of(VISITOR))).isEmpty();
        assertThat(ResponseTemplate.of("{\"id\": \"exampleVisitor\"} trailing", List.of(VISITOR))).isEmpty();
        assertThat(ResponseTemplate.of("{\"id\": \"someoneElse\"}", List.of(VISITOR))).isEmpty();
        assertThat(ResponseTemplate.of("{\"id\": \"exampleVisitor\", \"t\": \"{{name}}\"}", List.of(VISITOR))).isEmpty();
        assertThat(ResponseTemplate.of("{\"exampleVisitor\": 1}", List.of(VISITOR))).as("names are not values").isEmpty();
        assertThat(ResponseTemplate.of("{\"id\": \"exampleVisitor\"}", List.of())).isEmpty();
    }

    @Test
    void valuesTooShortOrTooCommonToBeIdsAreNotLookedFor() {
        for (String common : List.of("ab", "7", "-323232", "12.5", "true", "NULL", "{{pageId}}", "  a ")) {
            assertThat(EchoedValues.canBeId(common)).as(common).isFalse();
        }
        for (String id : List.of("abc", "visitor-9", "b64_ZXhh", "1a2")) {
            assertThat(EchoedValues.canBeId(id)).as(id).isTrue();
        }
    }
}
