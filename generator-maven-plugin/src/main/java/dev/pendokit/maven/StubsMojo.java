package dev.pendokit.maven;

import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.OutputWriter;
import dev.pendokit.stubs.StubGenerator;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes WireMock mappings for every request and documented status of a Postman collection (the
 * bundled Pendo API collection unless {@code collection} names another) into
 * {@code target/wiremock/mappings}, with large bodies in {@code target/wiremock/__files}: the
 * layout stock WireMock reads ({@code --root-dir target/wiremock}). Unchanged inputs rewrite
 * nothing.
 */
@Mojo(name = "stubs", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true, requiresProject = false)
public final class StubsMojo extends CollectionMojo {

    /**
     * The WireMock root: mappings go to its {@code mappings/} and large bodies to its
     * {@code __files/}. A folder of the goal's own, cleaned of files it no longer produces.
     */
    @Parameter(property = "pendokit.stubsDirectory", defaultValue = "${project.build.directory}/wiremock")
    private File stubsDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!checkParameters()) {
            return;
        }
        stubsDirectory = outputFolder(stubsDirectory, "wiremock");
        OutputClaims.claim(project, mojoExecution, stubsDirectory, "stubsDirectory");
        long start = System.nanoTime();
        try {
            CollectionInput input = collectionInput();
            String inputs = OutputWriter.sha256(("collection=" + input.hash() + "\ngenerator="
                    + Fingerprint.of(StubGenerator.class) + "\nresolver=" + Fingerprint.of(ApiModels.class) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            String[] summary = new String[1];
            OutputWriter.Outcome outcome = new OutputWriter(stubsDirectory.toPath(), stateFile(stubsDirectory)).write(inputs, () -> {
                ApiModel model = input.load();
                model.warnings().forEach(w -> getLog().warn("pendokit: " + w));
                summary[0] = "'" + model.name() + "' (" + model.operations().size() + " requests)";
                return StubGenerator.generate(model);
            });
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (outcome.upToDate()) {
                getLog().info("pendokit: " + outcome.files() + " stub files in " + stubsDirectory
                        + " are up to date; nothing rewritten");
            } else {
                getLog().info("pendokit: stubs for " + summary[0] + " in " + stubsDirectory + ": " + outcome.files()
                        + " files, " + outcome.written() + " written, " + outcome.deleted() + " removed, in "
                        + millis + " ms");
            }
        } catch (CollectionException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
