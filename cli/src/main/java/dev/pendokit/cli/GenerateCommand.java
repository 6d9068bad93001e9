package dev.pendokit.cli;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.generator.ClientGenerator;
import dev.pendokit.generator.DefaultOptions;
import dev.pendokit.generator.GeneratorOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pendokit generate}: the typed client's sources into a folder, as the Maven plugin's {@code generate} goal. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes a typed Java client for the collection into a folder of its own (files it no longer"
                + " produces are removed; only changed files are written).")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    private CollectionOptions collection;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "generated-sources/pendokit",
            description = "Where the sources go (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--package", paramLabel = "NAME",
            description = "The client's package; by default from the collection's name (dev.pendokit.pendo).")
    private String packageName;

    @Option(names = "--client-name", paramLabel = "NAME",
            description = "The client's class name; by default from the collection's name (PendoClient).")
    private String clientName;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        OutputFolder folder = new OutputFolder(output, "generate", "--output");
        ApiModel model = collection.load();
        CollectionOptions.warn(model, err);
        GeneratorOptions options = options(model, err);
        OutputWriter.Outcome outcome = folder.write(() -> ClientGenerator.generate(model, options));
        spec.commandLine().getOut().println("pendokit generate: '" + model.name() + "' (" + model.operations().size()
                + " operations) as " + options.packageName() + "." + options.clientName() + " in " + folder.directory()
                + ": " + outcome.files() + " files, " + outcome.written() + " written, " + outcome.deleted()
                + " removed, in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return ExitCodes.OK;
    }

    /** The names given, else those derived from the collection's name (with the warnings of that derivation). */
    private GeneratorOptions options(ApiModel model, PrintWriter err) {
        boolean packageSet = packageName != null && !packageName.isBlank();
        boolean clientSet = clientName != null && !clientName.isBlank();
        DefaultOptions.Derived defaults = DefaultOptions.of(model.name());
        if (!packageSet || !clientSet) {
            defaults.diagnostics().forEach(d -> err.println("pendokit: " + d));
        }
        try {
            return new GeneratorOptions(packageSet ? packageName : defaults.options().packageName(),
                    clientSet ? clientName : defaults.options().clientName());
        } catch (IllegalArgumentException e) {
            // The library names the Maven parameter and the Java option; here the fix is a flag.
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    .replace("pendokit.packageName (GeneratorOptions.packageName)", "--package")
                    .replace("pendokit.clientName (GeneratorOptions.clientName)", "--client-name"));
        }
    }
}
