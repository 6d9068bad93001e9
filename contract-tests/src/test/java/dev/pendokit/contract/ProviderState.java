package dev.pendokit.contract;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.request.DocumentedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What must be true of Pendo for a request to get a given answer, named as people say it ("page
 * with id examplePage exists", "the integration key is not valid"). Its parameters are the
 * request's path variables with the values the pact uses, so a provider can put real ones in
 * their place.
 *
 * @param name the state as the pact file names it; empty when the answer needs nothing
 * @param ids each path variable that names something that must exist (or must not), with its value
 */
record ProviderState(String name, Map<String, String> ids) {

    static final String KEY_NOT_VALID = "the request carries no valid integration key";
    static final String REQUEST_NOT_VALID = "the request is not valid";
    static final String RATE_LIMITED = "the rate limit is exceeded";
    static final String INTERNAL_ERROR = "Pendo has an internal error";

    static ProviderState of(Operation operation, int status) {
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> things = new ArrayList<>();
        Map<Parameter, String> values = DocumentedRequest.of(operation).values();
        for (Parameter parameter : operation.parameters(ParameterIn.PATH)) {
            String noun = noun(parameter.name());
            if (noun != null) {
                ids.put(parameter.name(), values.get(parameter));
                things.add(noun + " with id " + values.get(parameter));
            }
        }
        String name = switch (status) {
            case 401 -> KEY_NOT_VALID;
            case 400 -> REQUEST_NOT_VALID;
            case 429 -> RATE_LIMITED;
            case 500 -> INTERNAL_ERROR;
            case 404 -> things.isEmpty() ? "the requested resource does not exist"
                    : String.join(" and ", things) + (things.size() == 1 ? " does not exist" : " do not exist");
            default -> things.isEmpty() ? "" : String.join(" and ", things) + (things.size() == 1 ? " exists" : " exist");
        };
        return new ProviderState(name, Map.copyOf(ids));
    }

    /** "page" for {@code pageId}, "guide step" for {@code guideStepId}; null for a variable that names no thing. */
    private static String noun(String variable) {
        if (!variable.endsWith("Id") || variable.length() == 2) {
            return null;
        }
        return variable.substring(0, variable.length() - 2).replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
