package dev.pendokit.generator.fuzz;

import dev.pendokit.collection.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What makes a generated file's path unwritable somewhere: a name over 255 bytes, a character
 * Windows forbids, a trailing dot or space, a device name, or two paths that differ only in case
 * (one file on macOS and Windows).
 */
final class FilePaths {

    private static final int MAX_SEGMENT_BYTES = 255;
    private static final String FORBIDDEN = "<>:\"\\|?*";
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private FilePaths() {}

    /** Each problem with the paths of {@code files}, one line each; empty when all can be written anywhere. */
    static List<String> problems(List<GeneratedFile> files) {
        List<String> problems = new ArrayList<>();
        Map<String, String> byLowerCase = new HashMap<>();
        for (GeneratedFile file : files) {
            String path = file.path();
            String other = byLowerCase.put(path.toLowerCase(Locale.ROOT), path);
            if (other != null) {
                problems.add(path + " and " + other + " are one file where case is ignored");
            }
            for (String segment : path.split("/", -1)) {
                String problem = problem(segment);
                if (problem != null) {
                    problems.add(path + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static String problem(String segment) {
        if (segment.isEmpty()) {
            return "an empty name";
        }
        if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
            return "a name of " + segment.getBytes(StandardCharsets.UTF_8).length + " bytes";
        }
        if (segment.chars().anyMatch(c -> c < 0x20 || FORBIDDEN.indexOf(c) >= 0)) {
            return "a character Windows forbids in " + segment;
        }
        if (segment.endsWith(".") || segment.endsWith(" ")) {
            return "a name ending in a dot or space: " + segment;
        }
        String base = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
        return DEVICES.contains(base.toLowerCase(Locale.ROOT)) ? "a device name: " + segment : null;
    }
}
