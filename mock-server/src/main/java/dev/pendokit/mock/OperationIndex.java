package dev.pendokit.mock;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.runtime.UrlEncoding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the operation a request is for by method and path, literal segments winning over
 * variables, as the stubs do. Used where the answer depends on the operation before any stub
 * is chosen (which credential a request must carry, what the stateful mock answers), and which
 * operation a proxied answer is checked against. Operations are filed by method and path shape
 * ({@link PathTrie}), so a lookup costs the same for 50 operations or 5,000.
 */
public final class OperationIndex {

    /** An operation, where it comes in the collection, and the exact test of its path. */
    private record Entry(Operation operation, int position, Pattern path, int variables) {

        /** Fewer variables first (a literal segment wins), then the collection's order. */
        boolean before(Entry other) {
            return variables != other.variables ? variables < other.variables : position < other.position;
        }
    }

    private final Map<String, PathTrie<Entry>> byMethod = new HashMap<>();

    public OperationIndex(ApiModel model) {
        int position = 0;
        for (Operation operation : model.operations()) {
            StringBuilder regex = new StringBuilder();
            List<String> shape = new ArrayList<>();
            int variables = 0;
            for (PathTemplate.Segment segment : operation.path().segments()) {
                regex.append('/');
                if (segment.variable()) {
                    regex.append("[^/]+");
                    shape.add(null);
                    variables++;
                } else {
                    String literal = UrlEncoding.literalSegment(segment.text());
                    regex.append(Pattern.quote(literal));
                    shape.add(literal);
                }
            }
            if (shape.isEmpty()) {
                shape.add(""); // the root, "/": one empty segment, as PathTrie.segments("/") gives
            }
            Entry entry = new Entry(operation, position++, Pattern.compile(regex.length() == 0 ? "/" : regex.toString()),
                    variables);
            byMethod.computeIfAbsent(operation.method().toUpperCase(Locale.ROOT), m -> new PathTrie<>()).add(shape, entry);
        }
    }

    /** The operation of this method and path (as sent, encoded, without the query), if the collection has one. */
    public Optional<Operation> find(String method, String path) {
        PathTrie<Entry> operations = byMethod.get(method.toUpperCase(Locale.ROOT));
        if (operations == null) {
            return Optional.empty();
        }
        Entry[] best = new Entry[1];
        operations.find(PathTrie.segments(path), entry -> {
            if ((best[0] == null || entry.before(best[0])) && entry.path().matcher(path).matches()) {
                best[0] = entry;
            }
        });
        return Optional.ofNullable(best[0]).map(Entry::operation);
    }
}
