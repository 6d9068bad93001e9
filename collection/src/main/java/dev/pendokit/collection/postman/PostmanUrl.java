package dev.pendokit.collection.postman;

import java.util.List;

/**
 * A request URL in the object form of schema v2.x. URLs that the file gives as strings are
 * parsed into this form by {@link UrlParser}.
 */
public record PostmanUrl(
        String raw,
        String protocol,
        List<String> host,
        String port,
        List<String> path,
        List<KeyValue> query,
        List<KeyValue> variables) {

    public PostmanUrl {
        raw = raw == null ? "" : raw;
        protocol = protocol == null ? "" : protocol;
        port = port == null ? "" : port;
        host = List.copyOf(host);
        path = List.copyOf(path);
        query = List.copyOf(query);
        variables = List.copyOf(variables);
    }
}
