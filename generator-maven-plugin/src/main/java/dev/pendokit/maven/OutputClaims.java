package dev.pendokit.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Refuses a second execution writing the same folder in a project: the goals remove the files
 * they no longer produce, so each execution would delete the other's.
 */
final class OutputClaims {

    private record Claimant(String goal, String execution) {}

    private OutputClaims() {}

    /** @param parameter the parameter that names {@code directory}, for the message */
    static void claim(MavenProject project, MojoExecution execution, File directory, String parameter)
            throws MojoFailureException {
        String key = "pendokit.output:" + directory.getAbsolutePath();
        Claimant claimant = new Claimant(execution.getMojoDescriptor().getGoal(), execution.getExecutionId());
        Object owner = project.getContextValue(key);
        if (owner instanceof Claimant first && !first.equals(claimant)) {
            String executions = first.goal().equals(claimant.goal())
                    ? "'" + first.execution() + "' and '" + claimant.execution() + "' of pendokit:" + claimant.goal()
                    : "'" + first.execution() + "' of pendokit:" + first.goal() + " and '" + claimant.execution()
                            + "' of pendokit:" + claimant.goal();
            throw new MojoFailureException("The executions " + executions + " both write " + directory
                    + ", and each would delete the other's files. Give one of them its own <" + parameter + ">");
        }
        project.setContextValue(key, claimant);
    }
}
