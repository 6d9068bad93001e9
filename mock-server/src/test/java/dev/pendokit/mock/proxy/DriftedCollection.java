package dev.pendokit.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pendokit.collection.BundledCollection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The bundled Pendo collection, edited as text the way drift's live tests edit it: a "newer"
 * Pendo for a mock to serve as the upstream of a proxy that still checks against the original.
 */
final class DriftedCollection {

    private String json;

    private DriftedCollection(String json) {
        this.json = json;
    }

    static DriftedCollection pendo() {
        try (InputStream in = BundledCollection.open()) {
            return new DriftedCollection(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} in the Page folder's description (its object table). */
    DriftedCollection pageFolder(String from, String to) {
        return edit(after("\"name\": \"Page\",\n      \"description\": \"### The Page Object", from, to));
    }

    /** Replaces the first {@code from} after the request's name (in its description). */
    DriftedCollection request(String name, String from, String to) {
        return edit(after("\"name\": \"" + name + "\"", from, to));
    }

    Path write(Path directory) {
        try {
            return Files.writeString(directory.resolve("drifted.postman_collection.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DriftedCollection edit(UnaryOperator<String> edit) {
        json = edit.apply(json);
        return this;
    }

    /** Replaces the first {@code from} after {@code anchor}, which must occur once. */
    private static UnaryOperator<String> after(String anchor, String from, String to) {
        return text -> {
            int at = text.indexOf(anchor);
            assertThat(at).as("where to edit: %s", anchor).isNotNegative();
            assertThat(text.indexOf(anchor, at + 1)).as("a second %s", anchor).isNegative();
            int edit = text.indexOf(from, at);
            assertThat(edit).as("what to edit: %s", from).isNotNegative();
            return text.substring(0, edit) + to + text.substring(edit + from.length());
        };
    }
}
