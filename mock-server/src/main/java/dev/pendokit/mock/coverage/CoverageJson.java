package dev.pendokit.mock.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The coverage report as JSON, for a build to read: the totals, then every operation in the
 * collection's order, then the unmatched requests. Fields in a fixed order, two-space indents,
 * {@code \n} line ends and no timestamp: the same requests give the same bytes.
 */
public final class CoverageJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Objects a field a line, arrays on the line they open (a list of statuses stays one line). */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance).withoutSpacesInObjectEntries());

    private CoverageJson() {}

    public static String write(Coverage coverage) {
        ObjectNode root = NODES.objectNode().put("collection", coverage.collection())
                .put("documented", coverage.documented()).put("exercised", coverage.exercised())
                .put("percent", percent(coverage)).put("requests", coverage.requests());
        ArrayNode operations = root.putArray("operations");
        for (Coverage.OperationCoverage operation : coverage.operations()) {
            ObjectNode node = operations.addObject().put("operation", operation.name())
                    .put("request", operation.request()).put("requests", operation.requests());
            statuses(node, "documented", operation.documented());
            statuses(node, "exercised", operation.exercised());
            statuses(node, "notExercised", operation.notExercised());
            statuses(node, "undocumented", operation.undocumented());
        }
        ArrayNode unmatched = root.putArray("unmatched");
        for (Coverage.Unmatched request : coverage.unmatched()) {
            unmatched.addObject().put("request", request.method() + " " + request.path()).put("status", request.status())
                    .put("requests", request.requests());
        }
        root.put("unmatchedNotListed", coverage.unmatchedNotListed());
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One decimal, rounded half up: 33.3 for a third. */
    static BigDecimal percent(Coverage coverage) {
        return BigDecimal.valueOf(coverage.percent()).setScale(1, RoundingMode.HALF_UP);
    }

    private static void statuses(ObjectNode node, String name, List<Integer> statuses) {
        ArrayNode array = node.putArray(name);
        statuses.forEach(array::add);
    }
}
