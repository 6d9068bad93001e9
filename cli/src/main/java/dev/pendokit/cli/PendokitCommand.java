package dev.pendokit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command. It does nothing itself: each subcommand reads its options into a library's
 * options and calls the library. A new subcommand is one more class in {@code subcommands}.
 */
@Command(name = "pendokit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Turns a Postman collection (the bundled Pendo API collection unless --collection names another)"
                + " into a typed Java client, WireMock stubs, a mock server and drift reports.",
        subcommands = {
                GenerateCommand.class,
                StubsCommand.class,
                MockCommand.class,
                DriftCommand.class,
                OpenApiCommand.class,
                InspectCommand.class,
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:done (drift: no change reached --fail-on)",
                "1:the check failed (drift), or the work could not be done",
                "2:bad usage: an unknown option, a missing or malformed value",
                "3:the collection was refused (missing, malformed, or with errors)",
        })
final class PendokitCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** {@code pendokit} alone names the commands rather than doing anything. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
