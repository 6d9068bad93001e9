package dev.pendokit.maven;

import dev.pendokit.collection.output.OutputWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals that read a collection share: the parameters that name it, the check that
 * refuses unknown parameters, and where each goal keeps the state that makes it incremental.
 */
abstract class CollectionMojo extends AbstractMojo {

    /** The Postman collection (v2.0 or v2.1); unset, the bundled Pendo API collection. */
    @Parameter(property = "pendokit.collection")
    private File collection;

    /** Name overrides, {@code kind:target=name} (see the collection module's README). */
    @Parameter(property = "pendokit.nameOverrides")
    private List<String> nameOverrides = new ArrayList<>();

    /** A file of name overrides, one {@code kind:target=name} per line. */
    @Parameter(property = "pendokit.nameOverridesFile")
    private File nameOverridesFile;

    /**
     * POST and PATCH requests that only read, as {@code Folder/Request} globs ({@code *} within a
     * name, {@code **} across folders): the client retries them, live drift calls them. Pendo's
     * aggregation queries read without being named.
     */
    @Parameter(property = "pendokit.retryableOperations")
    private List<String> retryableOperations = new ArrayList<>();

    /** Treat the collection's warnings as errors. */
    @Parameter(property = "pendokit.strict", defaultValue = "false")
    private boolean strict;

    /** Skip the goal. */
    @Parameter(property = "pendokit.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    /**
     * Refuses unknown parameters and properties, then says whether to go on ({@code false} when
     * skipped).
     */
    protected final boolean checkParameters() throws MojoFailureException {
        List<String> properties = new ArrayList<>(session.getUserProperties().stringPropertyNames());
        properties.addAll(project.getProperties().stringPropertyNames());
        PluginParameters.check(mojoExecution, project, properties);
        if (skip) {
            getLog().info("pendokit: " + mojoExecution.getMojoDescriptor().getGoal() + " skipped (pendokit.skip)");
        }
        return !skip;
    }

    /** The collection as the parameters name it; reads the file. */
    protected final CollectionInput collectionInput() {
        return collectionInput(collection);
    }

    /** Another collection file, read with the same name overrides, read-only operations and strictness. */
    protected final CollectionInput collectionInput(File file) {
        return new CollectionInput(file, nameOverrides, nameOverridesFile, retryableOperations, strict);
    }

    /** A collection fetched from {@code url}, read with the same name overrides, read-only operations and strictness. */
    protected final CollectionInput collectionInput(byte[] fetched, String shownUrl) {
        return new CollectionInput(fetched, shownUrl, nameOverrides, nameOverridesFile, retryableOperations, strict);
    }

    /**
     * An output folder as configured; run without a pom, Maven leaves {@code ${project.build.directory}}
     * in its default unresolved, so the folder is then {@code target/<defaultName>} of the folder Maven
     * runs in.
     */
    protected final File outputFolder(File configured, String defaultName) {
        if (!configured.getPath().contains("${")) {
            return configured;
        }
        return new File(new File(session.getExecutionRootDirectory(), "target"), defaultName);
    }

    /** The collection file the parameters name, or null for the bundled one. */
    protected final File collectionFile() {
        return collection;
    }

    /**
     * The state file of this goal's output folder: one per folder, so two executions writing two
     * folders keep theirs.
     */
    protected final Path stateFile(File outputDirectory) {
        return Path.of(project.getBuild().getDirectory(), "pendokit", mojoExecution.getMojoDescriptor().getGoal() + "-"
                + OutputWriter.sha256(outputDirectory.getAbsolutePath().getBytes(StandardCharsets.UTF_8)).substring(0, 12)
                + ".state");
    }
}
