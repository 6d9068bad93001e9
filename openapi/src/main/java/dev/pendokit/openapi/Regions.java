package dev.pendokit.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions a server variable's description lists ("US https://app.pendo.io, EU
 * https://app.eu.pendo.io"): the rule the generated client's {@code Region} enum is made by
 * (codegen's {@code ClientPlan}), so the document's servers are the client's regions.
 */
final class Regions {

    private static final Pattern REGION_URL =
            Pattern.compile("\\b([A-Z][A-Z0-9]{1,5}):?\\s+(https?://[^\\s,;]+?)[.,;]?(?=\\s|$)");

    private Regions() {}

    /** Region name to URL, in the order described; empty where fewer than two regions are named. */
    static Map<String, String> in(String description) {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = REGION_URL.matcher(description);
        while (m.find()) {
            regions.putIfAbsent(m.group(1), m.group(2));
        }
        return regions.size() >= 2 ? regions : Map.of();
    }
}
