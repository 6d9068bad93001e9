package dev.pendokit.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.TestModels;
import dev.pendokit.collection.model.ApiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole API of the bundled Pendo client as a table (group, method, HTTP call, requests), kept
 * in {@code docs/pendo-client.md} between two markers: a renamed method shows in the diff of the
 * docs. Run with {@code -Dpendokit.recreateGolden=true} to rewrite the table, then review the diff.
 */
class PendoApiTableTest {

    private static final Path DOC = Path.of("..", "docs", "pendo-client.md");
    private static final String START = "<!-- api-table:start (PendoApiTableTest; -Dpendokit.recreateGolden=true) -->\n";
    private static final String END = "<!-- api-table:end -->\n";
    private static final Set<String> FILLER = Set.of("a", "an", "the", "return", "returns", "of", "specific", "for");
    private static final Pattern WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private static List<ClientMethod> methods;

    @BeforeAll
    static void generate() {
        ApiModel model = TestModels.pendo();
        methods = ClientGenerator.methods(model, GeneratorOptions.defaultsFor(model.name()));
    }

    @Test
    void theDocsListEveryMethodOfTheClient() throws IOException {
        String table = table(methods);
        if (Boolean.getBoolean("pendokit.recreateGolden")) {
            String doc = Files.readString(DOC, StandardCharsets.UTF_8);
            Files.writeString(DOC, doc.substring(0, tableStart(doc)) + table + doc.substring(tableEnd(doc)),
                    StandardCharsets.UTF_8);
        }
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc.substring(tableStart(doc), tableEnd(doc)))
                .as("the API table of %s (re-create with -Dpendokit.recreateGolden=true and review the diff)", DOC)
                .isEqualTo(table);
    }

    @Test
    void namesAreShortVerbsWithoutFillerWords() {
        for (ClientMethod method : methods) {
            String name = name(method);
            List<String> words = Arrays.stream(WORD.split(name)).map(w -> w.toLowerCase(Locale.ROOT)).toList();
            assertThat(words).as("%s().%s", method.accessor(), name).hasSizeLessThanOrEqualTo(4)
                    .doesNotContainAnyElementsOf(FILLER);
        }
    }

    @Test
    void requestsThatMakeTheSameCallAreOverloads() {
        assertThat(declarations("pages")).contains("Page get(String id)", "List<Page> get(List<String> ids)",
                "List<Page> list(ListParams params)");
        assertThat(declarations("visitors")).contains("Visitor get(String visitorId)");
        assertThat(declarations("aggregations")).containsExactly("RowStream<JsonNode> run(JsonNode body)",
                "<R> RowStream<R> run(Aggregation<R> aggregation)",
                "<R> RowStream<R> runAll(Aggregation<R> aggregation, int pageSize)",
                "RowStream<JsonNode> run(RunParams params, JsonNode body)");
        assertThat(methods.stream().filter(m -> m.call().equals("POST /api/v1/aggregation")
                        && m.declaration().contains("JsonNode body"))
                .mapToInt(m -> m.requests().size()).sum())
                .as("the collection's aggregation examples, all sent by run").isEqualTo(50);
    }

    private static int tableStart(String doc) {
        int start = doc.indexOf(START);
        assertThat(start).as("%s has the marker %s", DOC, START.strip()).isNotNegative();
        return start + START.length();
    }

    private static int tableEnd(String doc) {
        int end = doc.indexOf(END);
        assertThat(end).as("%s has the marker %s after %s", DOC, END.strip(), START.strip())
                .isGreaterThanOrEqualTo(tableStart(doc));
        return end;
    }

    private static List<String> declarations(String accessor) {
        return methods.stream().filter(m -> m.accessor().equals(accessor)).map(ClientMethod::declaration).toList();
    }

    private static String name(ClientMethod method) {
        String declaration = method.declaration();
        String beforeParameters = declaration.substring(0, declaration.indexOf('('));
        return beforeParameters.substring(beforeParameters.lastIndexOf(' ') + 1);
    }

    /** One section a group, one line a method. */
    static String table(List<ClientMethod> methods) {
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (ClientMethod method : methods) {
            StringBuilder group = groups.computeIfAbsent(method.accessor(), accessor -> new StringBuilder()
                    .append("\n### `").append(accessor.isEmpty() ? "PendoClient" : "pendo." + accessor + "()")
                    .append("`\n\n| Method | HTTP call | Request |\n|---|---|---|\n"));
            group.append("| `").append(cell(method.declaration())).append("` | `").append(cell(method.call()))
                    .append("` | ").append(requests(method.requests())).append(" |\n");
        }
        return String.join("", groups.values());
    }

    private static String requests(List<String> requests) {
        if (requests.isEmpty()) {
            return "any query built with `Aggregation`";
        }
        return requests.size() == 1 ? cell(requests.get(0))
                : requests.size() + " examples (the Javadoc lists them): " + cell(String.join(", ", requests.stream()
                        .map(r -> r.substring(r.lastIndexOf('/') + 1)).toList()));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
