package dev.pendokit.collection.postman;

import java.util.List;
import java.util.Optional;

/** A Postman collection as read from its file: the input of the resolver. */
public record PostmanCollection(
        String source,
        SchemaVersion version,
        String name,
        String description,
        List<PostmanItem> items,
        Optional<PostmanAuth> auth,
        List<PostmanVariable> variables,
        List<PostmanEvent> events) {

    public PostmanCollection {
        items = List.copyOf(items);
        variables = List.copyOf(variables);
        events = List.copyOf(events);
    }
}
