package dev.pendokit.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.pendokit.collection.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An OpenAPI 3.1 document, as a tree and as the bytes of {@code openapi.json} and
 * {@code openapi.yaml}. The bytes depend only on the tree, whose order is the model's: the same
 * model gives the same bytes.
 */
public final class OpenApiDocument {

    public static final String JSON_FILE = "openapi.json";
    public static final String YAML_FILE = "openapi.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();
    // Every string quoted: a status key such as 200 must stay a string to YAML 1.1 readers too.
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private final ObjectNode tree;

    OpenApiDocument(ObjectNode tree) {
        this.tree = tree;
    }

    /** A copy of the document's tree. */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    public byte[] json() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return (JSON.writer(printer).writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an OpenAPI tree always serializes", e);
        }
    }

    public byte[] yaml() {
        try {
            return YAML.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an OpenAPI tree always serializes", e);
        }
    }

    /** {@code openapi.json} and {@code openapi.yaml}, for the shared output writer. */
    public List<GeneratedFile> files() {
        return List.of(new GeneratedFile(JSON_FILE, json()), new GeneratedFile(YAML_FILE, yaml()));
    }

    /** Writes {@code openapi.json} and {@code openapi.yaml} into {@code directory}, creating it. */
    public void writeTo(Path directory) {
        try {
            for (GeneratedFile file : files()) {
                file.writeInto(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OpenAPI document into " + directory + ": " + e.getMessage(), e);
        }
    }
}
