package dev.pendokit.collection.postman;

import java.util.List;

/** A request body in one of Postman's modes. */
public sealed interface PostmanBody {

    /** Text as written; {@code language} is Postman's hint ({@code json}, {@code xml}, {@code text}, ...). */
    record Raw(String text, String language) implements PostmanBody {}

    record UrlEncoded(List<KeyValue> fields) implements PostmanBody {
        public UrlEncoded {
            fields = List.copyOf(fields);
        }
    }

    record FormData(List<FormPart> parts) implements PostmanBody {
        public FormData {
            parts = List.copyOf(parts);
        }
    }

    /** A binary file upload. */
    record File(String src) implements PostmanBody {}

    /** A GraphQL query with its variables (JSON text). */
    record GraphQl(String query, String variables) implements PostmanBody {}
}
