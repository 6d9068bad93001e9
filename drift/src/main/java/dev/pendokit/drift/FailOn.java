package dev.pendokit.drift;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which drift fails the build ({@code pendokit.failOn}). */
public enum FailOn {
    /** A breaking change fails the build (the default). */
    BREAKING,
    /** Any change fails the build, compatible ones included. */
    ANY,
    /** Nothing fails the build; the report still says what changed. */
    NONE;

    /** Reads {@code breaking}, {@code any} or {@code none}, in any case. */
    public static FailOn parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pendokit.failOn is '" + value + "'; use one of "
                    + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /** Whether a change of this severity fails the build. */
    public boolean fails(Severity severity) {
        return switch (this) {
            case BREAKING -> severity == Severity.BREAKING;
            case ANY -> true;
            case NONE -> false;
        };
    }
}
