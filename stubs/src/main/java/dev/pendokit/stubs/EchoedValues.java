package dev.pendokit.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.json.JsonTrees;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.collection.shape.SampleValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which values of the request an operation's answer carries, so that a stub answers with the
 * caller's (the visitor asked for, the pages listed by {@code id=}) rather than the
 * documentation's: its path variables and required query parameters (the ones a stub's request
 * always has), each with the string the answer holds for it.
 *
 * <ul>
 *   <li>A saved example answered the documented request: it holds the parameter's documented value
 *       ({@code exampleVisitor}), and for a comma-separated one each item.</li>
 *   <li>An answer made from the documented shape ({@link SampleValues}) holds the sample's: the
 *       answered object's own field of that name where it has one ({@code id} of a page is
 *       {@code page-0001}), else what a field of that name holds ({@code visitorId} is
 *       {@code visitor-0001}, the id of the Visitor answered).</li>
 * </ul>
 */
final class EchoedValues {

    /**
     * Values too short or too common to be ids: a match would put the request's value where the
     * answer only happens to hold the same word ({@code "en"}, {@code "true"}, a count of 1).
     * Numbers are left out too: an answer carries them as JSON numbers, which a template could
     * only fill with a string.
     */
    static final int SHORTEST = 3;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Set<String> WORDS = Set.of("true", "false", "null");

    /**
     * The query parameters documented as comma-separated lists, by method and path: requests that
     * differ only in that parameter's documentation match the same stubs, and the server splits it
     * for all of them (Pendo's "Return a Specific Page" and "Return List of Specific Pages").
     */
    private final Map<String, Set<String>> commaSeparated;

    private EchoedValues(Map<String, Set<String>> commaSeparated) {
        this.commaSeparated = commaSeparated;
    }

    /** For the operations of one collection. */
    static EchoedValues of(List<Operation> operations) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (Operation operation : operations) {
            for (Parameter parameter : operation.parameters(ParameterIn.QUERY)) {
                if (parameter.list()) {
                    lists.computeIfAbsent(pathKey(operation), key -> new HashSet<>()).add(parameter.name());
                }
            }
        }
        return new EchoedValues(lists);
    }

    private static String pathKey(Operation operation) {
        return operation.method() + " " + RequestMatch.of(operation).pattern().urlPathTemplate();
    }

    /**
     * @param body the answer's body (JSON or not)
     * @param saved the body is a saved example (not made from the shape)
     */
    List<RequestValue> of(Operation operation, String body, boolean saved) {
        Set<String> split = commaSeparated.getOrDefault(pathKey(operation), Set.of());
        JsonNode answered = saved ? null : tree(body);
        if (!saved && answered == null) {
            return List.of();
        }
        List<RequestValue> values = new ArrayList<>();
        for (PathTemplate.Segment segment : operation.path().segments()) {
            if (segment.variable()) {
                operation.parameters(ParameterIn.PATH).stream().filter(p -> p.name().equals(segment.text())).findFirst()
                        .ifPresent(p -> add(values, new RequestValue(RequestMatch.variableName(segment.text()), false,
                                false, strings(p, saved, answered, false))));
            }
        }
        for (Parameter parameter : operation.parameters(ParameterIn.QUERY)) {
            if (parameter.required() && !parameter.constant() && RequestValue.referable(parameter.name())) {
                boolean list = split.contains(parameter.name());
                add(values, new RequestValue(parameter.name(), true, list, strings(parameter, saved, answered, list)));
            }
        }
        return values;
    }

    private static void add(List<RequestValue> values, RequestValue value) {
        if (!value.answered().isEmpty()) {
            values.add(value);
        }
    }

    /** The strings the answer holds for the parameter, those that can be ids. */
    private static List<String> strings(Parameter parameter, boolean saved, JsonNode answered, boolean split) {
        Set<String> strings = new LinkedHashSet<>();
        if (saved) {
            String documented = parameter.example() == null ? "" : parameter.example();
            strings.add(documented);
            if (split || parameter.list()) {
                strings.addAll(Arrays.asList(documented.split(",")));
            }
        } else {
            JsonNode object = answered.isArray() ? answered.path(0) : answered;
            JsonNode own = object.path(parameter.name());
            strings.add(own.isTextual() ? own.asText() : SampleValues.text(parameter.name()));
        }
        return strings.stream().filter(EchoedValues::canBeId).toList();
    }

    static boolean canBeId(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= SHORTEST && !NUMBER.matcher(trimmed).matches()
                && !WORDS.contains(trimmed.toLowerCase(Locale.ROOT)) && !value.contains("{{");
    }

    private static JsonNode tree(String body) {
        try {
            return body == null ? null : JsonTrees.read(body);
        } catch (IOException e) {
            return null;
        }
    }
}
