package dev.pendokit.drift.live;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A path variable or required query parameter that holds the id of something ({@code pageId},
 * {@code id}, {@code b64_id}), and what that something is: a real id must be found for it, since
 * the collection's examples ({@code examplePage}) name nothing in a real subscription.
 *
 * @param name the variable's or parameter's name
 * @param in {@link ParameterIn#PATH} or {@link ParameterIn#QUERY}
 * @param noun the kind of thing: from the name ({@code pageId} → page), else the path segment
 *     before it ({@code /api/v1/segment/:id} → segment); empty when neither says
 * @param listPath the path that lists such things, if the path before the variable is all literal
 *     ({@code /api/v1/segment}), else empty
 * @param base64 whether the id is sent as Pendo's {@code b64_} form (URL-safe base64, no padding)
 */
record IdVariable(String name, ParameterIn in, String noun, String listPath, boolean base64) {

    /** What the report calls it: {@code path variable jobId}, {@code query parameter id}. */
    String where() {
        return (in == ParameterIn.PATH ? "path variable " : "query parameter ") + name;
    }

    /** The id variables of an operation, path first, in order. */
    static List<IdVariable> of(Operation operation) {
        List<IdVariable> ids = new ArrayList<>();
        List<Segment> segments = operation.path().segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.variable() && namesId(segment.text())) {
                ids.add(id(segment.text(), ParameterIn.PATH, segments.subList(0, i)));
            }
        }
        for (Parameter query : operation.parameters(ParameterIn.QUERY)) {
            if (query.required() && !query.constant() && namesId(query.name())) {
                ids.add(id(query.name(), ParameterIn.QUERY, segments));
            }
        }
        return ids;
    }

    private static IdVariable id(String name, ParameterIn in, List<Segment> before) {
        String noun = name.length() > 2 && name.endsWith("Id") ? name.substring(0, name.length() - 2) : "";
        if (noun.isEmpty() && !before.isEmpty() && !before.get(before.size() - 1).variable()) {
            noun = before.get(before.size() - 1).text();
        }
        boolean literal = !before.isEmpty() && before.stream().noneMatch(Segment::variable);
        StringBuilder listPath = new StringBuilder();
        if (literal) {
            before.forEach(s -> listPath.append('/').append(s.text()));
        }
        return new IdVariable(name, in, noun, listPath.toString(), name.toLowerCase(Locale.ROOT).startsWith("b64"));
    }

    /** {@code id}, {@code pageId}, {@code b64_id}: not {@code kind}, {@code fieldName} or {@code guideids}. */
    private static boolean namesId(String name) {
        return name.equals("id") || name.endsWith("_id") || (name.length() > 2 && name.endsWith("Id"));
    }
}
