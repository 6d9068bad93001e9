package dev.pendokit.collection.postman;

import java.util.List;

/** A request body in one of Postman's modes. */
public sealed interface PostmanBody {

    /**
     * Text as written; {@code language} is Postman's hint ({@code json}, {@code xml}, {@code text},
     * ...). {@code toString()} gives only the size: a body can carry credentials.
     */
    record Raw(String text, String language) implements PostmanBody {
        @Override
        public String toString() {
            return "Raw[" + language + ", " + text.length() + " characters]";
        }
    }

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

    /** A GraphQL query with its variables (JSON text, shown only by size). */
    record GraphQl(String query, String variables) implements PostmanBody {
        @Override
        public String toString() {
            return "GraphQl[" + query.length() + " characters, variables " + variables.length() + " characters]";
        }
    }
}
