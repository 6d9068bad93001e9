package dev.pendokit.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.security.CodeSource;

/**
 * Identifies the build of the generator that runs: where its classes come from, their size and
 * time. A rebuilt plugin (a new SNAPSHOT) thus regenerates even when its version did not change.
 */
final class Fingerprint {

    private Fingerprint() {}

    static String of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            File location = new File(source.getLocation().toURI());
            File marker = location.isDirectory() ? new File(location, type.getName().replace('.', '/') + ".class")
                    : location;
            return location.getName() + ":" + marker.length() + ":" + marker.lastModified();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
