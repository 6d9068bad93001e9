package dev.pendokit.collection.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regions a server variable's description lists ("US https://app.pendo.io, EU
 * https://app.eu.pendo.io"): one rule for the generated client's {@code Region} enum and the
 * OpenAPI document's servers, so both name the same regions.
 */
public final class Regions {

    /** Fewer regions than this are not a choice of region, only an example URL. */
    public static final int AT_LEAST = 2;

    private static final Pattern REGION_URL =
            Pattern.compile("\\b([A-Z][A-Z0-9]{1,5}):?\\s+(https?://[^\\s,;]+?)[.,;]?(?=\\s|$)");

    private Regions() {}

    /** Region name to URL, in the order described; the first URL of a name repeated. */
    public static Map<String, String> listedIn(String description) {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = REGION_URL.matcher(description);
        while (m.find()) {
            regions.putIfAbsent(m.group(1), m.group(2));
        }
        return regions;
    }
}
