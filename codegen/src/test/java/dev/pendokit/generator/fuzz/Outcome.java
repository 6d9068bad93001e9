package dev.pendokit.generator.fuzz;

import dev.pendokit.collection.output.GeneratedFile;
import java.util.List;

/**
 * How a case ended: a model that the client and stub generators turned into files, a refusal
 * (a {@code CollectionException} with a message for people), or a failure, which the run reports.
 */
record Outcome(Kind kind, String detail, String packageName, List<GeneratedFile> client) {

    enum Kind { MODEL, REFUSAL, FAILURE }

    static Outcome model(String packageName, List<GeneratedFile> client) {
        return new Outcome(Kind.MODEL, "", packageName, client);
    }

    static Outcome refusal(String message) {
        return new Outcome(Kind.REFUSAL, message, "", List.of());
    }

    static Outcome failure(String why) {
        return new Outcome(Kind.FAILURE, why, "", List.of());
    }
}
