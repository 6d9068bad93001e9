package dev.pendokit.openapi;

import dev.pendokit.collection.model.ObjectShape;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key of each named object under {@code components/schemas}: the name of the client's model
 * class, which is unique in the model. OpenAPI keys take only {@code [A-Za-z0-9._-]}, while Java
 * names may hold letters of any script, so those become {@code _} (kept unique with a number).
 */
final class ComponentNames {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]+");

    private final Map<String, String> keys = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    String key(ObjectShape shape) {
        return keys.computeIfAbsent(shape.name(), this::claim);
    }

    private String claim(String name) {
        String base = ALLOWED.matcher(name).matches() ? name : name.replaceAll("[^A-Za-z0-9._-]", "_");
        String key = base;
        for (int n = 2; !taken.add(key); n++) {
            key = base + n;
        }
        return key;
    }
}
