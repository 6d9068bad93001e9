package dev.pendokit.cli;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.openapi.OpenApiDocument;
import dev.pendokit.openapi.OpenApiOptions;
import dev.pendokit.openapi.OpenApiWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pendokit openapi}: the collection's OpenAPI 3.1 document, as the plugin's {@code openapi} goal. */
@Command(name = "openapi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the collection's OpenAPI 3.1 document as DIR/openapi.json and DIR/openapi.yaml, or"
                + " prints one of them with --print.")
final class OpenApiCommand implements Callable<Integer> {

    /** What {@code --print} prints. */
    enum Format { json, yaml }

    @Mixin
    private CollectionOptions collection;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "openapi",
            description = "The folder for openapi.json and openapi.yaml (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--print", paramLabel = "FORMAT",
            description = "Print the document to stdout (json or yaml) instead of writing files.")
    private Format print;

    @Option(names = "--api-version", paramLabel = "VERSION", defaultValue = OpenApiOptions.DEFAULT_API_VERSION,
            description = "The document's info.version; a collection carries none (default: ${DEFAULT-VALUE}).")
    private String apiVersion;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (apiVersion.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--api-version must not be empty: OpenAPI requires"
                    + " info.version");
        }
        long start = System.nanoTime();
        if (print != null) {
            ApiModel model = collection.load();
            CollectionOptions.warn(model, spec.commandLine().getErr());
            OpenApiDocument document = OpenApiWriter.write(model, new OpenApiOptions(apiVersion));
            byte[] bytes = print == Format.json ? document.json() : document.yaml();
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        OutputFolder folder = new OutputFolder(output, "openapi", "--output");
        ApiModel model = collection.load();
        CollectionOptions.warn(model, spec.commandLine().getErr());
        OutputWriter.Outcome outcome = folder.write(
                () -> OpenApiWriter.write(model, new OpenApiOptions(apiVersion)).files());
        spec.commandLine().getOut().println("pendokit openapi: OpenAPI 3.1 document of '" + model.name() + "' ("
                + model.operations().size() + " requests) in " + folder.directory() + ": " + outcome.files()
                + " files, " + outcome.written() + " written, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return ExitCodes.OK;
    }
}
