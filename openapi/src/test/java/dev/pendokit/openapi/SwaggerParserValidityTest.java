package dev.pendokit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.model.ApiModel;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An independent reader, the Swagger/OpenAPI parser ({@code io.swagger.parser.v3}), finds nothing
 * wrong in the documents: the Pendo collection's and each corpus collection's, JSON and YAML.
 */
class SwaggerParserValidityTest {

    @Test
    void pendoDocumentHasNoMessages() {
        assertValid("Pendo API", Documents.pendo());
    }

    static Stream<Path> corpus() {
        return Documents.corpus().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusDocumentHasNoMessages(Path file) {
        ApiModel model = Documents.corpusModel(file);
        if (model == null) {
            // The reader refuses it (schema v1, which the collection module tests); nothing to write.
            assertThat(file.getFileName().toString()).contains("v1.0.0");
            return;
        }
        assertValid(file.getFileName().toString(), OpenApiWriter.write(model, OpenApiOptions.DEFAULTS));
    }

    static void assertValid(String what, OpenApiDocument document) {
        for (byte[] bytes : List.of(document.json(), document.yaml())) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult result = new OpenAPIParser()
                    .readContents(new String(bytes, StandardCharsets.UTF_8), null, options);
            assertThat(result.getMessages()).as("the parser's messages on %s", what).isEmpty();
            assertThat(result.getOpenAPI()).as("the parsed document of %s", what).isNotNull();
            assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        }
    }
}
