package dev.pendokit.collection.postman;

import java.util.List;

/** A saved example response: what the API answered to a request, as the author recorded it. */
public record PostmanExample(String name, int code, String status, List<KeyValue> headers, String body,
                             String pointer) {

    public PostmanExample {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
        status = status == null ? "" : status;
    }

    /** The value of the example's Content-Type header, or the empty string. */
    public String contentType() {
        for (KeyValue header : headers) {
            if (header.key().equalsIgnoreCase("Content-Type")) {
                return header.value();
            }
        }
        return "";
    }
}
