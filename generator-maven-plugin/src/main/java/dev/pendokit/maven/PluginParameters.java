package dev.pendokit.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Refuses configuration the plugin does not know: a misspelt {@code <packagename>} or
 * {@code -Dpendokit.packagename=...} would otherwise be ignored silently and generate the wrong
 * thing. Maven only warns about these; pendokit stops and names the known ones.
 */
final class PluginParameters {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{(pendokit\\.[^}]+)}");

    private PluginParameters() {}

    /**
     * @param project the project whose pom configures the plugin (Maven drops unknown elements from
     *     the execution's own configuration, so the pom's is read)
     * @param propertyNames the names of user and project properties
     */
    static void check(MojoExecution execution, MavenProject project, Collection<String> propertyNames)
            throws MojoFailureException {
        MojoDescriptor mojo = execution.getMojoDescriptor();
        Set<String> parameters = new TreeSet<>();
        for (Parameter parameter : mojo.getParameters()) {
            if (parameter.isEditable()) {
                parameters.add(parameter.getName());
            }
        }
        for (Xpp3Dom configuration : configurations(execution, project)) {
            // The plugin-level configuration is shared by every goal; an execution's is its goal's alone.
            Set<String> allowed = isPluginLevel(configuration, project, execution) ? allParameters(mojo) : parameters;
            for (Xpp3Dom child : configuration.getChildren()) {
                if (!allowed.contains(child.getName())) {
                    throw new MojoFailureException("pendokit:" + mojo.getGoal() + " has no parameter <"
                            + child.getName() + ">. Its parameters are " + String.join(", ", parameters)
                            + "; check the spelling in the plugin's <configuration>");
                }
            }
        }
        Set<String> properties = knownProperties(mojo);
        for (String name : propertyNames) {
            if (name.startsWith("pendokit.") && !properties.contains(name)) {
                throw new MojoFailureException("pendokit has no property " + name + suggestion(name, properties)
                        + ". Its properties are " + String.join(", ", properties)
                        + "; check the spelling of the -D option or <properties> entry");
            }
        }
    }

    /** The plugin's configuration in the pom, and the configuration of this execution there. */
    private static List<Xpp3Dom> configurations(MojoExecution execution, MavenProject project) {
        List<Xpp3Dom> configurations = new ArrayList<>();
        if (project == null) {
            return configurations;
        }
        Plugin plugin = project.getPlugin(execution.getGroupId() + ":" + execution.getArtifactId());
        if (plugin == null) {
            return configurations;
        }
        if (plugin.getConfiguration() instanceof Xpp3Dom dom) {
            configurations.add(dom);
        }
        for (PluginExecution pluginExecution : plugin.getExecutions()) {
            if (pluginExecution.getId().equals(execution.getExecutionId())
                    && pluginExecution.getConfiguration() instanceof Xpp3Dom dom) {
                configurations.add(dom);
            }
        }
        return configurations;
    }

    private static boolean isPluginLevel(Xpp3Dom configuration, MavenProject project, MojoExecution execution) {
        Plugin plugin = project.getPlugin(execution.getGroupId() + ":" + execution.getArtifactId());
        return plugin != null && plugin.getConfiguration() == configuration;
    }

    /** The parameters of every goal of the plugin. */
    private static Set<String> allParameters(MojoDescriptor mojo) {
        Set<String> names = new TreeSet<>();
        List<MojoDescriptor> goals = mojo.getPluginDescriptor() == null ? List.of(mojo)
                : mojo.getPluginDescriptor().getMojos();
        for (MojoDescriptor goal : goals) {
            for (Parameter parameter : goal.getParameters()) {
                if (parameter.isEditable()) {
                    names.add(parameter.getName());
                }
            }
        }
        return names;
    }

    /** Every {@code pendokit.*} property any goal of the plugin reads. */
    private static Set<String> knownProperties(MojoDescriptor mojo) {
        Set<String> properties = new TreeSet<>();
        List<MojoDescriptor> goals = mojo.getPluginDescriptor() == null ? List.of(mojo)
                : mojo.getPluginDescriptor().getMojos();
        for (MojoDescriptor goal : goals) {
            for (Parameter parameter : goal.getParameters()) {
                for (String text : new String[] {parameter.getExpression(), parameter.getDefaultValue()}) {
                    if (text != null) {
                        Matcher m = PROPERTY.matcher(text);
                        while (m.find()) {
                            properties.add(m.group(1));
                        }
                    }
                }
            }
        }
        return properties;
    }

    private static String suggestion(String name, Set<String> known) {
        return known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                .map(k -> " (did you mean " + k + "?)").orElse("");
    }
}
