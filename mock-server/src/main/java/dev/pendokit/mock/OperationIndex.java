package dev.pendokit.mock;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.runtime.UrlEncoding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the operation a request is for by method and path, literal segments winning over
 * variables, as the stubs do. Used where the answer depends on the operation before any stub
 * is chosen (which credential a request must carry), and which operation a proxied answer is
 * checked against.
 */
public final class OperationIndex {

    private record Entry(Operation operation, String method, Pattern path, int variables) {}

    private final List<Entry> entries = new ArrayList<>();

    public OperationIndex(ApiModel model) {
        for (Operation operation : model.operations()) {
            StringBuilder regex = new StringBuilder();
            int variables = 0;
            for (PathTemplate.Segment segment : operation.path().segments()) {
                regex.append('/');
                if (segment.variable()) {
                    regex.append("[^/]+");
                    variables++;
                } else {
                    regex.append(Pattern.quote(UrlEncoding.literalSegment(segment.text())));
                }
            }
            entries.add(new Entry(operation, operation.method(), Pattern.compile(regex.length() == 0 ? "/" : regex.toString()),
                    variables));
        }
        entries.sort(Comparator.comparingInt(Entry::variables));
    }

    /** The operation of this method and path (as sent, encoded, without the query), if the collection has one. */
    public Optional<Operation> find(String method, String path) {
        for (Entry entry : entries) {
            if (entry.method().equalsIgnoreCase(method) && entry.path().matcher(path).matches()) {
                return Optional.of(entry.operation());
            }
        }
        return Optional.empty();
    }
}
