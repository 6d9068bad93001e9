package dev.pendokit.stubs;

import java.util.UUID;

/**
 * One WireMock stub mapping: the same object the mapping files are written from ({@link StubJson})
 * and that a server registers, so both serve the same stubs. Lower priorities are tried first.
 *
 * @param name unique within the collection's stubs, the mapping file's name without {@code .json}
 * @param id derived from the name, so the same collection gives the same ids
 */
public record Stub(UUID id, String name, int priority, RequestPattern request, StubResponse response,
                   StubMetadata metadata) {}
