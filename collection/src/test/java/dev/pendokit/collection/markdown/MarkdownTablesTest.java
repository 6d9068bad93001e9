package dev.pendokit.collection.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownTablesTest {

    @Nested
    class Parse {

        @Test
        void readsATableWithItsHeaderRowsAndHeading() {
            String markdown = """
                    Returns one page.

                    ### Details

                    | Details | |
                    | --- | --- |
                    | Method | GET |
                    | URI | /api/v1/page/:pageId |
                    | Status Codes | 200: Response is sent as body |
                    """;

            assertThat(MarkdownTables.parse(markdown)).containsExactly(new MarkdownTable("Details",
                    List.of("Details", ""),
                    List.of(List.of("Method", "GET"), List.of("URI", "/api/v1/page/:pageId"),
                            List.of("Status Codes", "200: Response is sent as body"))));
        }

        @Test
        void givesEachTableTheLastHeadingAboveIt() {
            String markdown = """
                    | Top | level |
                    |---|---|
                    | a | b |

                    ## The Page Object
                    Some prose between the heading and the table.

                    | Attribute | Type | Description |
                    |---|---|---|
                    | id | string | The page ID |

                    | Second | table |
                    |---|---|
                    | c | d |

                    #### Response ####
                    | Attribute | Type | Description |
                    |---|---|---|
                    | name | string | |
                    """;

            assertThat(MarkdownTables.parse(markdown)).extracting(MarkdownTable::heading)
                    .containsExactly("", "The Page Object", "The Page Object", "Response");
        }

        @Test
        void keepsAHashThatEndsTheHeadingText() {
            String markdown = """
                    ### Using C#
                    | a | b |
                    |---|---|
                    """;

            assertThat(MarkdownTables.parse(markdown).get(0).heading()).isEqualTo("Using C#");
        }

        @Test
        void doesNotTakeAHashtagForAHeading() {
            String markdown = """
                    ### Details
                    #hashtag
                    | a | b |
                    |---|---|
                    """;

            assertThat(MarkdownTables.parse(markdown).get(0).heading()).isEqualTo("Details");
        }

        @Test
        void acceptsAlignmentColonsAndShortDashesInTheSeparator() {
            String markdown = """
                    | Left | Center | Right | Plain |
                    |:---|:---:|---:|-|
                    | 1 | 2 | 3 | 4 |
                    """;

            List<MarkdownTable> tables = MarkdownTables.parse(markdown);

            assertThat(tables).hasSize(1);
            assertThat(tables.get(0).header()).containsExactly("Left", "Center", "Right", "Plain");
            assertThat(tables.get(0).rows()).containsExactly(List.of("1", "2", "3", "4"));
        }

        @Test
        void acceptsASeparatorWithoutOuterPipes() {
            String markdown = """
                    | a | b |
                    :--- | ---:
                    | 1 | 2 |
                    """;

            assertThat(MarkdownTables.parse(markdown)).extracting(MarkdownTable::rows)
                    .containsExactly(List.of(List.of("1", "2")));
        }

        @Test
        void needsASeparatorRowUnderTheHeader() {
            String markdown = """
                    | not | a table |
                    | just | pipes |
                    | a | -- b -- |
                    """;

            assertThat(MarkdownTables.parse(markdown)).isEmpty();
        }

        @Test
        void unescapesEscapedPipesInsideCells() {
            String markdown = """
                    | Operator | Meaning |
                    |---|---|
                    | a \\|\\| b | either a or b |
                    | x | ends with a pipe \\| |
                    """;

            assertThat(MarkdownTables.parse(markdown).get(0).rows()).containsExactly(
                    List.of("a || b", "either a or b"),
                    List.of("x", "ends with a pipe |"));
        }

        @Test
        void trimsCellsAndKeepsEmptyOnes() {
            String markdown = """
                    |  Attribute|Type  |   Description   |
                    |---|---|---|
                    |metadata.auto.lastbrowserversion||  |
                    """;

            MarkdownTable table = MarkdownTables.parse(markdown).get(0);

            assertThat(table.header()).containsExactly("Attribute", "Type", "Description");
            assertThat(table.rows()).containsExactly(List.of("metadata.auto.lastbrowserversion", "", ""));
        }

        @Test
        void readsRowsWithoutATrailingPipe() {
            String markdown = """
                    | a | b
                    |---|---
                    | 1 | 2
                    """;

            MarkdownTable table = MarkdownTables.parse(markdown).get(0);

            assertThat(table.header()).containsExactly("a", "b");
            assertThat(table.rows()).containsExactly(List.of("1", "2"));
        }

        @Test
        void keepsRowsOfUnevenLength() {
            String markdown = """
                    | a | b |
                    |---|---|
                    | 1 |
                    | 1 | 2 | 3 |
                    """;

            assertThat(MarkdownTables.parse(markdown).get(0).rows())
                    .containsExactly(List.of("1"), List.of("1", "2", "3"));
        }

        @Test
        void endsATableAtTheFirstLineThatIsNotARow() {
            String markdown = """
                    | a | b |
                    |---|---|
                    | 1 | 2 |
                    text after the table
                    | 3 | 4 |
                    """;

            assertThat(MarkdownTables.parse(markdown)).singleElement()
                    .extracting(MarkdownTable::rows).isEqualTo(List.of(List.of("1", "2")));
        }

        @Test
        void readsAHeaderWithSeparatorButNoRows() {
            String markdown = """
                    | a | b |
                    |---|---|
                    """;

            assertThat(MarkdownTables.parse(markdown))
                    .containsExactly(new MarkdownTable("", List.of("a", "b"), List.of()));
        }

        @Test
        void readsIndentedTablesAndWindowsLineEndings() {
            String markdown = "## Heading\r\n  | a | b |\r\n  |---|---|\r\n  | 1 | 2 |\r\n";

            assertThat(MarkdownTables.parse(markdown)).containsExactly(
                    new MarkdownTable("Heading", List.of("a", "b"), List.of(List.of("1", "2"))));
        }

        @Test
        void ignoresTablesAndHeadingsInsideCodeFences() {
            String markdown = """
                    ### Details
                    ```markdown
                    ### Not a heading
                    | fenced | table |
                    |---|---|
                    | x | y |
                    ```
                    | real | table |
                    |---|---|
                    | 1 | 2 |
                    """;

            assertThat(MarkdownTables.parse(markdown)).containsExactly(
                    new MarkdownTable("Details", List.of("real", "table"), List.of(List.of("1", "2"))));
        }

        @Test
        void readsTablesAfterSeveralFences() {
            String markdown = """
                    ```
                    | a | b |
                    |---|---|
                    ```
                    ```json
                    {"x": "|"}
                    ```
                    | c | d |
                    |---|---|
                    """;

            assertThat(MarkdownTables.parse(markdown)).extracting(MarkdownTable::header)
                    .containsExactly(List.of("c", "d"));
        }

        @Test
        void findsNothingInTextWithoutTables() {
            assertThat(MarkdownTables.parse(null)).isEmpty();
            assertThat(MarkdownTables.parse("")).isEmpty();
            assertThat(MarkdownTables.parse("## Heading\n\nJust prose.")).isEmpty();
        }

        @Test
        void keepsBreakTagsInCellsForTheReader() {
            String markdown = """
                    | Details | |
                    |---|---|
                    | Status Codes | 200: OK<br>404: Not found |
                    """;

            assertThat(MarkdownTables.parse(markdown).get(0).value("Status Codes")).contains("200: OK<br>404: Not found");
        }
    }

    @Nested
    class Lines {

        @Test
        void splitsACellOnBreakTags() {
            assertThat(MarkdownTables.lines("200: Response is sent as body<br>404: Error while getting visitor,"
                    + " no such entity found"))
                    .containsExactly("200: Response is sent as body",
                            "404: Error while getting visitor, no such entity found");
        }

        @Test
        void acceptsEverySpellingOfTheBreakTag() {
            assertThat(MarkdownTables.lines("a<br/>b<br />c<BR>d<Br  >e"))
                    .containsExactly("a", "b", "c", "d", "e");
        }

        @Test
        void stripsLinesAndDropsBlankOnes() {
            assertThat(MarkdownTables.lines("<br> first <br><br>  <br>second<br>"))
                    .containsExactly("first", "second");
        }

        @Test
        void returnsACellWithoutBreaksAsOneLine() {
            assertThat(MarkdownTables.lines(" one line ")).containsExactly("one line");
        }

        @Test
        void returnsNoLinesForABlankCell() {
            assertThat(MarkdownTables.lines("  ")).isEmpty();
        }

        @Test
        void doesNotSplitOnOtherTags() {
            assertThat(MarkdownTables.lines("<pre>/api/v1</pre><b>bold</b>"))
                    .containsExactly("<pre>/api/v1</pre><b>bold</b>");
        }
    }
}
