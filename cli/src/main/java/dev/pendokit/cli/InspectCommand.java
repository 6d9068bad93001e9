package dev.pendokit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Severity;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pendokit inspect}: what the collection holds, as pendokit reads it, on stdout. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows what the collection holds as pendokit reads it: each operation (as the client names it)"
                + " with its method, path, documented statuses and body shapes, the object types, and the diagnostics."
                + " A collection the other commands refuse is shown too, with exit status 3.")
final class InspectCommand implements Callable<Integer> {

    /** How the inventory is printed. */
    enum Format { TABLE, JSON }

    @Mixin
    private CollectionOptions collection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for reading) or json (for scripts) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        // Resolved, not loaded: a collection with errors is shown with them, the point of inspecting it.
        ApiModel model = collection.resolve();
        Inventory inventory = Inventory.of(model);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(inventory));
            out.flush();
        } else {
            InventoryTable.print(inventory, out);
        }
        long stopping = model.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR || collection.strict).count();
        if (stopping > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + model.source() + " has " + stopping + (stopping == 1 ? " problem" : " problems")
                    + (model.errors().isEmpty() ? " (strict mode: warnings count as errors)" : "")
                    + ", among the diagnostics above; the other commands refuse it until they are fixed");
            err.flush();
            return ExitCodes.REFUSED_COLLECTION;
        }
        return ExitCodes.OK;
    }
}
