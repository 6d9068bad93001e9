package dev.pendokit.cli;

import picocli.CommandLine;

/** {@code java -jar pendokit-cli.jar <command> [options]}: runs a command and exits with its status. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree with its error handling: what {@link #main} runs, and what tests can run in-process. */
    static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new PendokitCommand())
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // Wide enough that URLs in the descriptions are not broken at their colon.
                .setUsageHelpWidth(100);
    }
}
