package dev.pendokit.mock.proxy;

import java.util.List;
import java.util.Map;

/**
 * What the upstream answered, ready to pass on: hop-by-hop headers left out, the body as the
 * client will get it (inflated when the upstream sent it compressed anyway).
 *
 * @param status the status
 * @param headers each header's values, in the upstream's order
 * @param body the body, empty when there was none
 */
record UpstreamAnswer(int status, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, by case-insensitive name, or "". */
    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse("");
    }
}
