package dev.pendokit.maven;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.openapi.OpenApiOptions;
import dev.pendokit.openapi.OpenApiWriter;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the OpenAPI 3.1 document of a Postman collection (the bundled Pendo API collection unless
 * {@code collection} names another) as {@code openapi.json} and {@code openapi.yaml} into
 * {@code target/openapi}. Unchanged inputs rewrite nothing.
 */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = false)
public final class OpenApiMojo extends CollectionMojo {

    /** Where {@code openapi.json} and {@code openapi.yaml} go: a folder of the goal's own. */
    @Parameter(property = "pendokit.openapiDirectory", defaultValue = "${project.build.directory}/openapi")
    private File openapiDirectory;

    /** The document's {@code info.version}: a collection carries no version of its API. */
    @Parameter(property = "pendokit.apiVersion", defaultValue = OpenApiOptions.DEFAULT_API_VERSION)
    private String apiVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!checkParameters()) {
            return;
        }
        if (apiVersion == null || apiVersion.isBlank()) {
            throw new MojoFailureException("pendokit:openapi needs a non-empty apiVersion (pendokit.apiVersion):"
                    + " OpenAPI requires info.version");
        }
        openapiDirectory = outputFolder(openapiDirectory, "openapi");
        OutputClaims.claim(project, mojoExecution, openapiDirectory, "openapiDirectory");
        long start = System.nanoTime();
        try {
            CollectionInput input = collectionInput();
            String inputs = OutputWriter.sha256(("collection=" + input.hash() + "\napiVersion=" + apiVersion
                    + "\ngenerator=" + Fingerprint.of(OpenApiWriter.class) + "\nresolver="
                    + Fingerprint.of(ApiModels.class) + "\n").getBytes(StandardCharsets.UTF_8));
            String[] summary = new String[1];
            OutputWriter.Outcome outcome = new OutputWriter(openapiDirectory.toPath(), stateFile(openapiDirectory))
                    .write(inputs, () -> {
                        ApiModel model = input.load();
                        model.warnings().forEach(w -> getLog().warn("pendokit: " + w));
                        summary[0] = "'" + model.name() + "' (" + model.operations().size() + " requests)";
                        return OpenApiWriter.write(model, new OpenApiOptions(apiVersion)).files();
                    });
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (outcome.upToDate()) {
                getLog().info("pendokit: the OpenAPI document in " + openapiDirectory + " is up to date; nothing rewritten");
            } else {
                getLog().info("pendokit: OpenAPI 3.1 document of " + summary[0] + " in " + openapiDirectory + ": "
                        + outcome.files() + " files, " + outcome.written() + " written, in " + millis + " ms");
            }
        } catch (CollectionException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
