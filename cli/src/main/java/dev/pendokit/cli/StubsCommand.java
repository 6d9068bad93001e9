package dev.pendokit.cli;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.stubs.StubGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pendokit stubs}: WireMock mappings for every request and documented status, as the plugin's {@code stubs} goal. */
@Command(name = "stubs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes WireMock mappings for every request and documented status into DIR/mappings (large"
                + " bodies into DIR/__files): serve them with java -jar wiremock-standalone.jar --root-dir DIR.")
final class StubsCommand implements Callable<Integer> {

    @Mixin
    private CollectionOptions collection;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "wiremock",
            description = "The WireMock root folder (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        OutputFolder folder = new OutputFolder(output, "stubs", "--output");
        ApiModel model = collection.load();
        CollectionOptions.warn(model, spec.commandLine().getErr());
        OutputWriter.Outcome outcome = folder.write(() -> StubGenerator.generate(model));
        spec.commandLine().getOut().println("pendokit stubs: '" + model.name() + "' (" + model.operations().size()
                + " requests) in " + folder.directory() + ": " + outcome.files() + " files, " + outcome.written()
                + " written, " + outcome.deleted() + " removed, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return ExitCodes.OK;
    }
}
