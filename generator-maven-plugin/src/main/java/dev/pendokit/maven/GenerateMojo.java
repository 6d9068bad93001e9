package dev.pendokit.maven;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Diagnostic;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.generator.ClientGenerator;
import dev.pendokit.generator.DefaultOptions;
import dev.pendokit.generator.GeneratorOptions;
import dev.pendokit.runtime.UrlEncoding;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates a typed Java client from a Postman collection (the bundled Pendo API collection
 * unless {@code collection} names another) into {@code target/generated-sources/pendokit}, and
 * adds that folder to the compile sources. Unchanged inputs regenerate nothing.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends CollectionMojo {

    /** The client's package; unset, derived from the collection's name ({@code dev.pendokit.pendo}). */
    @Parameter(property = "pendokit.packageName")
    private String packageName;

    /** The client's class name; unset, derived from the collection's name ({@code PendoClient}). */
    @Parameter(property = "pendokit.clientName")
    private String clientName;

    /** Where the sources go; a folder of the generator's own, cleaned of files it no longer produces. */
    @Parameter(property = "pendokit.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/pendokit")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!checkParameters()) {
            return;
        }
        OutputClaims.claim(project, mojoExecution, outputDirectory, "outputDirectory");
        long start = System.nanoTime();
        try {
            CollectionInput input = collectionInput();
            OutputWriter writer = new OutputWriter(outputDirectory.toPath(), stateFile(outputDirectory));
            String[] summary = new String[1];
            OutputWriter.Outcome outcome = writer.write(inputHash(input), () -> {
                ApiModel model = input.load();
                model.warnings().forEach(this::warn);
                GeneratorOptions options = options(model);
                summary[0] = "'" + model.name() + "' (" + model.operations().size() + " operations) as "
                        + options.packageName() + "." + options.clientName();
                return ClientGenerator.generate(model, options);
            });
            project.addCompileSourceRoot(outputDirectory.getPath());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (outcome.upToDate()) {
                getLog().info("pendokit: " + outcome.files() + " generated files are up to date; nothing regenerated");
            } else {
                getLog().info("pendokit: generated " + summary[0] + ": " + outcome.files() + " files, "
                        + outcome.written() + " written, " + outcome.deleted() + " removed, in " + millis + " ms");
            }
        } catch (CollectionException | IllegalArgumentException e) {
            // IllegalArgumentException: a packageName or clientName javac would not take (GeneratorOptions).
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private GeneratorOptions options(ApiModel model) {
        DefaultOptions.Derived defaults = DefaultOptions.of(model.name());
        boolean packageSet = packageName != null && !packageName.isBlank();
        boolean clientSet = clientName != null && !clientName.isBlank();
        if (!packageSet || !clientSet) {
            defaults.diagnostics().forEach(this::warn);
        }
        return new GeneratorOptions(packageSet ? packageName : defaults.options().packageName(),
                clientSet ? clientName : defaults.options().clientName());
    }

    /**
     * Everything that decides the output: the collection, the options, and the builds of the
     * generator, of the runtime it copies into clients, and of the resolver.
     */
    private String inputHash(CollectionInput input) {
        String text = "collection=" + input.hash() + '\n'
                + "packageName=" + packageName + '\n'
                + "clientName=" + clientName + '\n'
                + "generator=" + Fingerprint.of(ClientGenerator.class) + '\n'
                + "runtime=" + Fingerprint.of(UrlEncoding.class) + '\n'
                + "resolver=" + Fingerprint.of(ApiModels.class) + '\n';
        return OutputWriter.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private void warn(Diagnostic diagnostic) {
        getLog().warn("pendokit: " + diagnostic);
    }
}
