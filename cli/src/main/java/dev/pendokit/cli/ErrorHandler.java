package dev.pendokit.cli;

import dev.pendokit.collection.CollectionException;
import dev.pendokit.mock.PendoMockException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every error of every command ends here: one line on stderr that names the problem and the fix,
 * no stack trace, and the exit status of {@link ExitCodes}. Exceptions no command expects (a bug)
 * are not caught, so that their stack trace shows.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Bad usage: the error, then where the usage is, rather than the whole usage text. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        int status;
        if (e instanceof CollectionException
                || e instanceof PendoMockException && e.getCause() instanceof CollectionException) {
            status = ExitCodes.REFUSED_COLLECTION;
        } else if (e instanceof ParameterException parameter) {
            // Checks the command makes itself, after parsing (a value picocli cannot judge).
            return handleParseException(parameter, parsed.originalArgs().toArray(String[]::new));
        } else if (e instanceof IllegalArgumentException) {
            // A value the library refused (a package name javac would not take, an output folder not ours).
            return handleParseException(new ParameterException(command, e.getMessage(), e), new String[0]);
        } else if (e instanceof CheckFailedException || e instanceof PendoMockException || e instanceof UncheckedIOException) {
            status = ExitCodes.FAILED;
        } else {
            throw e;
        }
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        err.flush();
        return status;
    }
}
