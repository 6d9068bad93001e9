package dev.pendokit.drift.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pendokit.collection.ApiModels;
import dev.pendokit.collection.BundledCollection;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.resolve.ResolveOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled Pendo collection, edited by a script: how the drift tests make a "newer" collection. */
public final class EditedCollection {

    private static final ObjectMapper JSON = new ObjectMapper();

    final ObjectNode root;

    private EditedCollection(ObjectNode root) {
        this.root = root;
    }

    public static EditedCollection pendo() {
        try (InputStream in = BundledCollection.open()) {
            return new EditedCollection((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's item array entry, by name. */
    ObjectNode folder(String name) {
        for (JsonNode item : root.path("item")) {
            if (item.path("name").asText().equals(name)) {
                return (ObjectNode) item;
            }
        }
        throw new IllegalArgumentException("no folder " + name);
    }

    /** A request, by "Folder/Sub-folder/Request" (folder names may hold a slash themselves). */
    ObjectNode request(String path) {
        ObjectNode found = find(root.path("item"), path);
        if (found == null) {
            throw new IllegalArgumentException("no request " + path);
        }
        return found;
    }

    private static ObjectNode find(JsonNode items, String path) {
        for (JsonNode item : items) {
            String name = item.path("name").asText();
            if (item.has("request") && name.equals(path)) {
                return (ObjectNode) item;
            }
            if (item.has("item") && path.startsWith(name + "/")) {
                ObjectNode found = find(item.path("item"), path.substring(name.length() + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public ArrayNode items(String folder) {
        return (ArrayNode) folder(folder).path("item");
    }

    /** Replaces text in a description (folder or request), failing if the text is not there. */
    EditedCollection replaceInDescription(ObjectNode node, String text, String replacement) {
        ObjectNode holder = node.has("request") ? (ObjectNode) node.path("request") : node;
        String description = holder.path("description").asText();
        if (!description.contains(text)) {
            throw new IllegalArgumentException("'" + text + "' is not in the description of " + node.path("name"));
        }
        holder.put("description", description.replace(text, replacement));
        return this;
    }

    /** The edited collection as a file would hold it. */
    public byte[] bytes() {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiModel model(Path directory) {
        try {
            Path file = Files.createTempFile(directory, "edited-", ".postman_collection.json");
            JSON.writeValue(file.toFile(), root);
            return ApiModels.load(file, ResolveOptions.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
