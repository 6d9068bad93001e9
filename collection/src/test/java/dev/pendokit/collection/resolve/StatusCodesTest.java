package dev.pendokit.collection.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.resolve.StatusCodes.Entry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusCodesTest {

    @Nested
    class DetailsCell {

        @Test
        void readsOneCodePerBreakLine() {
            assertThat(StatusCodes.parseCell(
                    "200: Response is sent as body<br>404: Error while getting visitor, no such entity found"))
                    .containsExactly(new Entry(200, 200, "Response is sent as body"),
                            new Entry(404, 404, "Error while getting visitor, no such entity found"));
        }

        @Test
        void readsARange() {
            assertThat(StatusCodes.parseCell("200 - 202: Success"))
                    .containsExactly(new Entry(200, 202, "Success"));
            assertThat(StatusCodes.parseCell("400-404:Client errors"))
                    .containsExactly(new Entry(400, 404, "Client errors"));
        }

        @Test
        void readsARangeWrittenBackwardsAsItsFirstCode() {
            assertThat(StatusCodes.parseCell("404 - 400: odd")).containsExactly(new Entry(404, 404, "odd"));
        }

        @Test
        void readsSeveralCodesOnOneLine() {
            assertThat(StatusCodes.parseCell("200: OK 404: Not found"))
                    .containsExactly(new Entry(200, 200, "OK"), new Entry(404, 404, "Not found"));
        }

        @Test
        void keepsARepeatedCodeWithEachOfItsReasons() {
            assertThat(StatusCodes.parseCell("200: Response is sent as body<br>400: Invalid XLIFF<br>"
                    + "400: Unknown language"))
                    .containsExactly(new Entry(200, 200, "Response is sent as body"),
                            new Entry(400, 400, "Invalid XLIFF"), new Entry(400, 400, "Unknown language"));
        }

        @Test
        void keepsNumbersThatAreNotCodesInTheReason() {
            assertThat(StatusCodes.parseCell("200: Returns at most 10000000 visitors<br>"
                    + "400: The limit is 500 per request, version 1.404: no"))
                    .containsExactly(new Entry(200, 200, "Returns at most 10000000 visitors"),
                            new Entry(400, 400, "The limit is 500 per request, version 1.404: no"));
        }

        @Test
        void ignoresTextWithoutCodes() {
            assertThat(StatusCodes.parseCell("See the collection overview<br>600: not HTTP<br>20: too short"))
                    .isEmpty();
        }

        @Test
        void readsAnEmptyReason() {
            assertThat(StatusCodes.parseCell("204:")).containsExactly(new Entry(204, 204, ""));
        }

        @Test
        void stripsSpacesAroundCodesAndReasons() {
            assertThat(StatusCodes.parseCell("  201 :   Created  <br>  "))
                    .containsExactly(new Entry(201, 201, "Created"));
        }
    }

    @Nested
    class FromDescription {

        @Test
        void readsTheStatusCodesRowOfADetailsTable() {
            String description = """
                    Returns the visitor.

                    ### Details

                    | Details | |
                    | --- | --- |
                    | Method | GET |
                    | URI | /api/v1/visitor/:visitorId |
                    | Status Codes | 200: Response is sent as body<br>404: Error while getting visitor, no such entity found |
                    """;

            assertThat(StatusCodes.fromDescription(description)).containsExactly(
                    new Entry(200, 200, "Response is sent as body"),
                    new Entry(404, 404, "Error while getting visitor, no such entity found"));
        }

        @Test
        void acceptsTheOtherRowLabelsInAnyCase() {
            String description = """
                    | Details | |
                    |---|---|
                    | status code | 201: Created |
                    | RESPONSES | 202: Accepted |
                    | Response Codes | 204: No content |
                    | Codes | 500: not a label |
                    """;

            assertThat(StatusCodes.fromDescription(description)).containsExactly(
                    new Entry(201, 201, "Created"), new Entry(202, 202, "Accepted"), new Entry(204, 204, "No content"));
        }

        @Test
        void readsACollectionWideCodeTable() {
            String description = """
                    ## Status Codes

                    | Status Code | Definition |
                    |---|---|
                    | 200 - OK | Everything worked as expected. |
                    | 404 - Not Found | The requested resource doesn't exist. |
                    | 500, 502, 503, 504 - Server Errors | Something went wrong on Pendo's end. |
                    """;

            assertThat(StatusCodes.fromDescription(description)).containsExactly(
                    new Entry(200, 200, "Everything worked as expected."),
                    new Entry(404, 404, "The requested resource doesn't exist."),
                    new Entry(500, 500, "Something went wrong on Pendo's end."),
                    new Entry(502, 502, "Something went wrong on Pendo's end."),
                    new Entry(503, 503, "Something went wrong on Pendo's end."),
                    new Entry(504, 504, "Something went wrong on Pendo's end."));
        }

        @Test
        void usesTheNameInTheCodeCellWhenTheDefinitionIsEmpty() {
            String description = """
                    | Status Code | Definition |
                    |---|---|
                    | 401 - Unauthorized | |
                    | 500, 502 - Server Errors | |
                    """;

            assertThat(StatusCodes.fromDescription(description)).containsExactly(
                    new Entry(401, 401, "Unauthorized"),
                    new Entry(500, 500, "Server Errors"), new Entry(502, 502, "Server Errors"));
        }

        @Test
        void readsRangesAndBareCodesInACodeTable() {
            String description = """
                    | Code | Meaning |
                    |---|---|
                    | 200 - 202 | Success |
                    | 300 - 304 - Redirects | |
                    | 418 | Teapot |
                    """;

            assertThat(StatusCodes.fromDescription(description)).containsExactly(
                    new Entry(200, 202, "Success"), new Entry(300, 304, "Redirects"), new Entry(418, 418, "Teapot"));
        }

        @Test
        void skipsCodeTableRowsThatAreNotCodes() {
            String description = """
                    | Status | Definition |
                    |---|---|
                    | 2xx | Success |
                    | | empty |
                    | 429 - Too Many Requests | Slow down. |
                    """;

            assertThat(StatusCodes.fromDescription(description))
                    .containsExactly(new Entry(429, 429, "Slow down."));
        }

        @Test
        void ignoresTablesThatAreNeitherDetailsNorCodeTables() {
            String description = """
                    | Attribute | Type | Description |
                    |---|---|---|
                    | 200 - OK | string | looks like a code |
                    | code | number | 404: not a status |
                    """;

            assertThat(StatusCodes.fromDescription(description)).isEmpty();
        }

        @Test
        void readsTheEntriesOfEveryTableInTheirOrder() {
            String description = """
                    ### Details
                    | Details | |
                    |---|---|
                    | Status Codes | 200: Response is sent as body |

                    ### Errors
                    | Status Code | Definition |
                    |---|---|
                    | 400 - Bad Request | The request was unacceptable. |
                    """;

            assertThat(StatusCodes.fromDescription(description)).containsExactly(
                    new Entry(200, 200, "Response is sent as body"),
                    new Entry(400, 400, "The request was unacceptable."));
        }

        @Test
        void findsNothingWithoutTables() {
            assertThat(StatusCodes.fromDescription("200: OK outside a table")).isEmpty();
            assertThat(StatusCodes.fromDescription("")).isEmpty();
        }
    }
}
