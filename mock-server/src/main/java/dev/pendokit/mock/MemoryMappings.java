package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mock's own stubs, held in memory: what WireMock loads at start and again on a reset
 * ({@code POST /__admin/mappings/reset}, {@code resetToDefaultMappings()}), so a test's own stubs
 * go and the documented ones stay. Replacing WireMock's default source also keeps it from loading
 * whatever {@code mappings/} folder is in the working directory. Nothing is ever saved.
 */
final class MemoryMappings implements MappingsSource {

    private volatile List<StubMapping> mappings = List.of();
    private volatile Set<UUID> ids = Set.of();

    /** Sets the stubs; they are served from the next load on. */
    synchronized void set(List<StubMapping> mappings) {
        this.mappings = List.copyOf(mappings);
        this.ids = ids(this.mappings);
    }

    /** Adds stubs to those served from the next load on. */
    synchronized void add(List<StubMapping> more) {
        List<StubMapping> all = new ArrayList<>(mappings);
        all.addAll(more);
        this.mappings = List.copyOf(all);
        this.ids = ids(this.mappings);
    }

    /** Whether the stub is one of the mock's own, not one a test added. */
    boolean holds(StubMapping stub) {
        return ids.contains(stub.getId());
    }

    private static Set<UUID> ids(List<StubMapping> mappings) {
        return mappings.stream().map(StubMapping::getId).collect(Collectors.toUnmodifiableSet());
    }

    int size() {
        return mappings.size();
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        mappings.forEach(stubMappings::addMapping);
    }

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @SuppressWarnings("removal") // WireMock's interface still declares it; nothing is saved, so nothing is removed
    @Override
    public void remove(StubMapping stubMapping) {}

    @Override
    public void removeAll() {}
}
