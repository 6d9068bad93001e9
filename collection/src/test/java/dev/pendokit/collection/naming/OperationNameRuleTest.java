package dev.pendokit.collection.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.model.PathTemplate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rule on titles as collections write them: a verb and what it acts on, in at most four words. */
class OperationNameRuleTest {

    @ParameterizedTest(name = "{0} in {1} → {5}")
    @CsvSource(delimiter = '|', value = {
            // title                                    | folder        | method | path                         | list  | name
            "Return List of All Pages                    | Page          | GET    | /api/v1/page                 | true  | list",
            "Return a Specific Page                      | Page          | GET    | /api/v1/page                 | true  | get",
            "Return List of Specific Pages               | Page          | GET    | /api/v1/page                 | true  | get",
            "Get Visitor by ID                           | Visitor       | GET    | /api/v1/visitor/:visitorId   | false | get",
            "Get Visitor History for a Time Period       | Visitor       | GET    | /api/v1/visitor/:id/history  | true  | getHistory",
            "Send a Track Event                          | Track         | POST   | /data/track                  | false | sendEvent",
            "Return a List of All Track Types            | Track         | GET    | /api/v1/tracktype            | true  | listTypes",
            "Bulk Delete Visitors                        | Bulk Deletion (GDPR/CCPA) | POST | /api/v1/bulkdelete/visitor | false | deleteVisitors",
            "Get All Shared (Everyone) Segments          | Segment       | GET    | /api/v1/segment              | true  | listShared",
            "Start export of segment visitors            | Segment       | POST   | /api/v1/segment/:id/visitors | false | startExport",
            "Add/remove small batches of visitors to a segment | Segment | PATCH  | /api/v1/segment/:id/visitor  | false | addSmallBatches",
            "Create or Undelete an Agent or Custom Field | Metadata      | POST   | /api/v1/metadata/schema      | false | createField",
            "Bulk XLIFF Export                           | Guide         | GET    | /api/v1/guide/export         | false | exportBulkXliff",
            "Reset All Staged Guides                     | Guide         | POST   | /api/v1/guide/staged/reset   | false | resetStaged",
            "Return Report Contents as JSON              | Report        | GET    | /api/v1/report/:id/results   | true  | getContents",
            "Verify integration key                      | Admin         | GET    | /api/v1/token/verify         | false | verifyIntegrationKey",
            "Opt-out a Visitor or Account From All Guide Display | Metadata | PUT | /api/v1/metadata/x       | false | optOutVisitorOrAccount",
            "users                                       |               | GET    | /users                       | true  | listUsers",
            "Users                                       | Users         | POST   | /users                       | false | send",
    })
    void aVerbAndWhatItActsOn(String title, String folder, String method, String path, boolean list, String name) {
        List<String> names = OperationNameRule.names(facts(title, folder, method, path, list));

        assertThat(names.get(0)).isEqualTo(name);
    }

    @Test
    void longerNamesFollowForWhereTheShortOneIsTaken() {
        assertThat(OperationNameRule.names(facts("Return Report Contents as CSV", "Report", "GET",
                "/api/v1/report/:id/results.csv", false))).containsExactly("getContents", "getContentsAsCsv",
                "returnReportContentsAsCsv");
    }

    @Test
    void examplesOfOneCallAreNamedByTheCall() {
        OperationFacts query = new OperationFacts("visitors", "Aggregation", "POST", path("/api/v1/aggregation"), true,
                false, List.of(), true);
        OperationFacts write = new OperationFacts("allFilms", "Queries", "POST", path("/graphql"), false, false,
                List.of(), true);

        assertThat(OperationNameRule.names(query).get(0)).isEqualTo("run");
        assertThat(OperationNameRule.names(write).get(0)).isEqualTo("sendGraphql");
    }

    @Test
    void anIdWrittenIntoThePathIsNotPartOfTheName() {
        OperationFacts login = new OperationFacts("Change a User's Primary Login", "Users", "PUT",
                path("/2.0/users/12927765"), false, false, List.of(), true);
        OperationFacts file = new OperationFacts("Copy", "Files", "POST", path("/2.0/files/5f3a9c2b7e/copy"), false,
                false, List.of(), true);

        assertThat(OperationNameRule.names(login).get(0)).isEqualTo("update");
        assertThat(OperationNameRule.names(file).get(0)).isEqualTo("sendCopy");
    }

    @Test
    void atMostFourWords() {
        String name = OperationNameRule.names(facts("Get the very long list of things nobody ever wanted at all",
                "", "GET", "/things", false)).get(0);

        assertThat(JavaIdentifiers.words(name)).hasSizeLessThanOrEqualTo(OperationNameRule.MAX_WORDS);
    }

    static OperationFacts facts(String title, String folder, String method, String path, boolean list) {
        return new OperationFacts(title, folder, method, path(path), false, list, List.of(), false);
    }

    private static PathTemplate path(String path) {
        List<PathTemplate.Segment> segments = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                segments.add(new PathTemplate.Segment(part.startsWith(":") ? part.substring(1) : part, part.startsWith(":")));
            }
        }
        return new PathTemplate(segments);
    }
}
