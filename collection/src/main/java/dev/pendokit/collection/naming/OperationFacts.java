package dev.pendokit.collection.naming;

import dev.pendokit.collection.model.PathTemplate;
import java.util.List;

/**
 * What a naming strategy knows of a request when it names the request's Java method.
 *
 * @param title the request's name in the collection ({@code Return a Specific Page})
 * @param group the top-level folder the request is in ({@code Page}; "" at the top)
 * @param method the HTTP method
 * @param path the path template
 * @param readOnly whether the request only reads (a query sent as POST reads)
 * @param answersList whether the documented success answers a JSON array
 * @param parameters the names of the request's parameters (path, query, header, form)
 * @param exampleOfOneCall whether other requests of the group make the very same call and differ
 *     only in their body: then the title names an example ({@code visitors}, {@code PES}), not the
 *     call, and the name comes from the call alone
 */
public record OperationFacts(String title, String group, String method, PathTemplate path, boolean readOnly,
                             boolean answersList, List<String> parameters, boolean exampleOfOneCall) {

    public OperationFacts {
        title = title == null ? "" : title;
        group = group == null ? "" : group;
        parameters = List.copyOf(parameters);
    }
}
