package dev.pendokit.drift;

import java.util.Locale;

/** How a change affects a client generated from the baseline, worst first. */
public enum Severity {
    /** A call that worked would now fail, or its answer would decode wrongly. */
    BREAKING,
    /** A call may now fail or decode differently, depending on how it is made or what comes back. */
    POTENTIALLY_BREAKING,
    /** Calls made as before work as before. */
    COMPATIBLE;

    /** "breaking", "potentially breaking", "compatible": as reports and messages say it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The key in {@code report.json}: "breaking", "potentiallyBreaking", "compatible". */
    public String key() {
        return this == POTENTIALLY_BREAKING ? "potentiallyBreaking" : label();
    }
}
