package dev.pendokit.collection.resolve;

import dev.pendokit.collection.Secrets;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.postman.PostmanVariable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collection's {@code {{variables}}}. Resolving replaces a reference by the variable's value,
 * except where that value is empty or looks like a credential: those stay placeholders, so a key
 * typed into a collection never reaches generated code, stubs or reports.
 */
final class Variables {

    static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]+)}}");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();

    Variables(List<PostmanVariable> variables) {
        for (PostmanVariable variable : variables) {
            if (!variable.disabled() && !variable.key().isEmpty()) {
                values.put(variable.key(), variable.value());
            }
        }
    }

    boolean isDefined(String name) {
        return values.containsKey(name) || name.startsWith("$");
    }

    /** {@code text} with every defined, non-secret, non-empty variable replaced by its value. */
    String resolve(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            boolean usable = value != null && !value.isEmpty() && !Secrets.looksSecret(name)
                    && value.indexOf("{{") < 0;
            m.appendReplacement(out, Matcher.quoteReplacement(usable ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Warns about each variable {@code text} refers to that the collection does not define, once
     * per variable: the first place it is used stands for all.
     */
    void reportUndefined(String text, Location where, Diagnostics diagnostics) {
        if (text.indexOf("{{") < 0) {
            return;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!isDefined(name) && reported.add(name)) {
                diagnostics.warning(where, "{{" + name + "}} is used here (and maybe elsewhere) but the collection"
                        + " does not define it", "Define " + name + " among the collection's variables, or give its"
                        + " value when you run the generated code");
            }
        }
    }

    /** The variable {@code text} consists of ({@code {{baseUrl}}} → baseUrl), or "". */
    static String soleReference(String text) {
        if (text.indexOf("{{") < 0) {
            return "";
        }
        Matcher m = REFERENCE.matcher(text.strip());
        return m.matches() ? m.group(1) : "";
    }

    /** The first variable {@code text} refers to, or "". */
    static String firstReference(String text) {
        if (text.indexOf("{{") < 0) {
            return "";
        }
        Matcher m = REFERENCE.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
