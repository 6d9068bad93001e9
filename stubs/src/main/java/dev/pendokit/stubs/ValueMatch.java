package dev.pendokit.stubs;

/** How a stub matches one header or query parameter, in WireMock's terms. */
public sealed interface ValueMatch {

    /** The request must not carry it ({@code "absent": true}). */
    record Absent() implements ValueMatch {}

    /** The request must carry exactly this value ({@code "equalTo"}). */
    record EqualTo(String value) implements ValueMatch {}

    /** The request must carry a value the regular expression matches whole ({@code "matches"}). */
    record Matches(String regex) implements ValueMatch {}

    ValueMatch ABSENT = new Absent();
    ValueMatch ANY = new Matches(".*");
}
