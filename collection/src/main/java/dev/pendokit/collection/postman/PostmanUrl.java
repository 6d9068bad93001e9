package dev.pendokit.collection.postman;

import dev.pendokit.collection.Secrets;
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

    /** Host and path as written, and the query with credential-looking values hidden. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.join(".", host)).append('/').append(String.join("/", path));
        for (int i = 0; i < query.size(); i++) {
            out.append(i == 0 ? '?' : '&').append(query.get(i).key()).append('=')
                    .append(Secrets.redactIfSecret(query.get(i).key(), query.get(i).value()));
        }
        return out.toString();
    }

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
