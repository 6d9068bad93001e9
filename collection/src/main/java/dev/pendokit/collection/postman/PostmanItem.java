package dev.pendokit.collection.postman;

import java.util.List;
import java.util.Optional;

/** A folder or a request of a collection. {@code pointer} is its JSON pointer in the file. */
public sealed interface PostmanItem {

    String name();

    String description();

    String pointer();

    record Folder(String name, String description, String pointer, List<PostmanItem> items,
                  Optional<PostmanAuth> auth, List<PostmanVariable> variables, List<PostmanEvent> events)
            implements PostmanItem {
        public Folder {
            items = List.copyOf(items);
            variables = List.copyOf(variables);
            events = List.copyOf(events);
        }
    }

    record Request(String name, String description, String pointer, String method, PostmanUrl url,
                   List<KeyValue> headers, Optional<PostmanBody> body, Optional<PostmanAuth> auth,
                   List<PostmanExample> examples, List<PostmanEvent> events) implements PostmanItem {
        public Request {
            headers = List.copyOf(headers);
            examples = List.copyOf(examples);
            events = List.copyOf(events);
        }
    }
}
