package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, once for every user of the model, whether an operation only reads. Retries, live
 * drift, the contracts' live arrangement, stub matching and the mock's data mode all go by it:
 *
 * <ul>
 *   <li>GET, HEAD and OPTIONS read, as HTTP defines them.</li>
 *   <li>A query sent as POST reads: a Pendo aggregation, whose body is a pipeline
 *       ({@code {"request": {"pipeline": [...]}}}) and whose answer is rows.</li>
 *   <li>POST and PATCH requests the user names ({@link ResolveOptions#readOnlyOperations()}) read.</li>
 *   <li>Everything else changes data.</li>
 * </ul>
 */
final class ReadOnlyRule {

    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Map<String, Pattern> named = new LinkedHashMap<>();
    private final List<String> unused = new ArrayList<>();

    ReadOnlyRule(List<String> globs, Diagnostics diagnostics) {
        for (String glob : globs) {
            String text = glob.strip();
            if (text.isEmpty()) {
                diagnostics.error(Location.COLLECTION, "a read-only operation pattern is empty",
                        "Name requests as Folder/Request name; * matches within a name, ** across folders");
            } else {
                named.putIfAbsent(text, Pattern.compile(regex(text)));
            }
        }
        unused.addAll(named.keySet());
    }

    /** Whether the operation only reads; {@code query} says whether its body is an aggregation pipeline. */
    boolean readOnly(String method, boolean query, String itemPath) {
        String verb = method.toUpperCase(Locale.ROOT);
        if (READING_METHODS.contains(verb)) {
            return true;
        }
        if (!verb.equals("POST") && !verb.equals("PATCH")) {
            return false;
        }
        boolean byName = false;
        for (Map.Entry<String, Pattern> pattern : named.entrySet()) {
            if (pattern.getValue().matcher(itemPath).matches()) {
                unused.remove(pattern.getKey());
                byName = true;
            }
        }
        return byName || (query && verb.equals("POST"));
    }

    /** Warns of every pattern that named no POST or PATCH request: most likely misspelt. */
    void reportUnused(Diagnostics diagnostics) {
        for (String pattern : unused) {
            diagnostics.warning(Location.COLLECTION, "the read-only operation pattern '" + pattern
                    + "' matches no POST or PATCH request", "Check it against the request paths (Folder/Request"
                    + " name); * matches within a name, ** across folders");
        }
    }

    /** {@code **} any text, {@code *} any text within one name, {@code ?} one character; the rest literally. */
    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                if (c == '?') {
                    regex.append("[^/]");
                } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else {
                    regex.append("[^/]*");
                }
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }
}
