package dev.pendokit.stubs;

/**
 * What a stub is for, kept in WireMock's free-form {@code metadata} under {@code pendokit}: the
 * documented request ({@code Folder/Request}; null for a stub of no one request), the status, how
 * a caller selects it ({@code default}, {@code fallback}, {@code code}, {@code example},
 * {@code no-key}), and the example it answers with (null for none). The mock's not-found report
 * uses it to name the closest documented request.
 */
public record StubMetadata(String request, int status, String selector, String example) {}
