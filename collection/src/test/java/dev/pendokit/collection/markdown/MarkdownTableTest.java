package dev.pendokit.collection.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    private static final MarkdownTable ATTRIBUTES = new MarkdownTable("The Page Object",
            List.of("Attribute", "Type", "Description", "type"),
            List.of(List.of("id", "string", "The page ID"), List.of("createdAt", "timestamp", "")));

    private static final MarkdownTable DETAILS = new MarkdownTable("Details", List.of("Details", ""), List.of(
            List.of("Method", "GET"),
            List.of("URI", "/api/v1/page"),
            List.of("Lonely"),
            List.of("method", "second occurrence"),
            List.of("Status Codes", "200: Response is sent as body<br>404: Not found")));

    @Test
    void findsAColumnIgnoringCase() {
        assertThat(ATTRIBUTES.column("attribute")).contains(0);
        assertThat(ATTRIBUTES.column("DESCRIPTION")).contains(2);
    }

    @Test
    void findsTheFirstHeaderCellThatMatchesAnyName() {
        assertThat(ATTRIBUTES.column("Description", "Type")).contains(1);
        assertThat(ATTRIBUTES.column("Name", "Field", "Attribute")).contains(0);
    }

    @Test
    void findsNoColumnThatTheHeaderLacks() {
        assertThat(ATTRIBUTES.column("Name")).isEmpty();
        assertThat(ATTRIBUTES.column()).isEmpty();
    }

    @Test
    void matchesWholeHeaderCellsOnly() {
        assertThat(ATTRIBUTES.column("Attr")).isEmpty();
    }

    @Test
    void readsTheValueNextToALabelIgnoringCase() {
        assertThat(DETAILS.value("URI")).contains("/api/v1/page");
        assertThat(DETAILS.value("status codes")).contains("200: Response is sent as body<br>404: Not found");
    }

    @Test
    void readsTheFirstRowOfARepeatedLabel() {
        assertThat(DETAILS.value("METHOD")).contains("GET");
    }

    @Test
    void findsNoValueForAMissingLabelOrARowWithoutSecondCell() {
        assertThat(DETAILS.value("Parameters")).isEmpty();
        assertThat(DETAILS.value("Lonely")).isEmpty();
    }

    @Test
    void copiesHeaderAndRows() {
        List<String> header = new ArrayList<>(List.of("a"));
        List<String> row = new ArrayList<>(List.of("1"));
        List<List<String>> rows = new ArrayList<>(List.of(row));

        MarkdownTable table = new MarkdownTable("", header, rows);
        header.add("b");
        row.add("2");
        rows.add(List.of("3"));

        assertThat(table.header()).containsExactly("a");
        assertThat(table.rows()).containsExactly(List.of("1"));
        assertThatThrownBy(() -> table.rows().get(0).add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
