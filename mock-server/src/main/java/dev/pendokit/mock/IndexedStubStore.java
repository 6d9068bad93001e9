package dev.pendokit.mock;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.EqualToPattern;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.UrlPathTemplatePattern;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.InMemoryStubMappingStore;
import com.github.tomakehurst.wiremock.store.Stores;
import com.github.tomakehurst.wiremock.store.StubMappingStore;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * WireMock's in-memory stub store with an index in front of its search. WireMock tries every stub
 * in priority order until one matches, and each try costs a full {@link RequestPattern#match}
 * (a dozen allocations, a lock); with 1,450 stubs that search was most of the time a request
 * took, and with 10,000 it took ten times as long. The index files the stubs by method and path
 * shape ({@link PathTrie}), and the search tries only the stubs whose shape fits the request's
 * path, in WireMock's own order: as many for 10,000 stubs as for 100. A stub the
 * index cannot read (a regular expression for its URL, any method, a custom matcher) is tried
 * for every request, so the first stub that matches is always the one stock WireMock would have
 * chosen.
 */
final class IndexedStubStore implements StubMappingStore {

    private final InMemoryStubMappingStore stubs = new InMemoryStubMappingStore();
    /** Counts changes; an index built at an older count is rebuilt before use. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Index index = new Index(-1, List.of());
    /**
     * The stubs by id. WireMock's store finds a stub by id by trying every stub, and WireMock asks
     * for one on every stub added: loading 10,000 stubs took 50 million comparisons. An id held
     * by more than one stub is left to WireMock's store, which knows which comes first.
     */
    private final Map<UUID, StubMapping> byId = new ConcurrentHashMap<>();
    private final Set<UUID> sharedIds = ConcurrentHashMap.newKeySet();

    /** WireMock's default stores, files under {@code root}, with this store for the stubs. */
    static Stores stores(FileSource root) {
        return stores(root, new IndexedStubStore());
    }

    /** WireMock's default stores, files under {@code root}, with {@code stubs} for the stubs. */
    static Stores stores(FileSource root, IndexedStubStore stubs) {
        return new DefaultStores(root) {
            @Override
            public StubMappingStore getStubStore() {
                return stubs;
            }
        };
    }

    @Override
    public Stream<StubMapping> findAllMatchingRequest(Request request, Map<String, RequestMatcherExtension> customMatchers,
            Consumer<SubEvent> subEventConsumer) {
        return current().candidates(request).stream()
                .filter(stub -> {
                    MatchResult result = stub.getRequest().match(request, customMatchers);
                    result.getSubEvents().forEach(subEventConsumer);
                    return result.isExactMatch();
                });
    }

    /** How many stubs a search for the request tries at most: what the index keeps small. */
    int candidateCount(Request request) {
        return current().candidates(request).size();
    }

    /** The stub WireMock would answer the request with (custom matchers aside), if any. */
    Optional<StubMapping> firstMatch(Request request) {
        return findAllMatchingRequest(request, Map.of(), event -> {}).findFirst();
    }

    private Index current() {
        long seen = changes.get();
        Index current = index;
        if (current.builtAt() != seen) {
            // Read after the count, so it holds at least every change counted; a change racing
            // with the build makes the next request build again.
            List<StubMapping> ordered = stubs.getAll().toList();
            List<Entry> entries = new ArrayList<>(ordered.size());
            for (int i = 0; i < ordered.size(); i++) {
                entries.add(Entry.of(ordered.get(i), i));
            }
            current = new Index(seen, entries);
            index = current;
        }
        return current;
    }

    @Override
    public Stream<StubMapping> getAll() {
        return stubs.getAll();
    }

    @Override
    public Optional<StubMapping> get(UUID id) {
        return sharedIds.contains(id) ? stubs.get(id) : Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized void add(StubMapping stub) {
        stubs.add(stub);
        file(stub);
        changes.incrementAndGet();
    }

    @Override
    public synchronized void replace(StubMapping existing, StubMapping updated) {
        stubs.replace(existing, updated);
        byId.remove(existing.getId(), existing);
        file(updated);
        changes.incrementAndGet();
    }

    @SuppressWarnings("removal") // WireMock's own stores still implement it; the UUID one calls it
    @Override
    public synchronized void remove(StubMapping stub) {
        stubs.remove(stub);
        byId.remove(stub.getId(), stub);
        changes.incrementAndGet();
    }

    @Override
    public synchronized void clear() {
        stubs.clear();
        byId.clear();
        sharedIds.clear();
        changes.incrementAndGet();
    }

    private void file(StubMapping stub) {
        StubMapping other = byId.putIfAbsent(stub.getId(), stub);
        if (other != null && other != stub) {
            sharedIds.add(stub.getId());
        }
    }

    /**
     * What the index knows of a stub: its place in WireMock's order, its method ({@code null}: it
     * may match any) and the shape of the paths it matches ({@code null}: it cannot tell).
     */
    private record Entry(StubMapping stub, int position, String method, List<String> shape) {

        static Entry of(StubMapping stub, int position) {
            RequestPattern pattern = stub.getRequest();
            if (pattern == null || pattern.hasInlineCustomMatcher()) {
                return new Entry(stub, position, null, null);
            }
            RequestMethod method = pattern.getMethod();
            boolean oneMethod = method != null && !method.equals(RequestMethod.ANY)
                    && !method.equals(RequestMethod.GET_OR_HEAD);
            return new Entry(stub, position, oneMethod ? method.getName() : null, shape(pattern.getUrlMatcher()));
        }

        /**
         * The segments of every path the URL pattern matches, null for a variable one; or null when
         * the pattern is not a template or an exact URL ({@code **}, a regular expression, any URL).
         */
        private static List<String> shape(UrlPattern url) {
            if (url instanceof UrlPathTemplatePattern template) {
                String text = template.getPattern().getExpected();
                if (text.contains("*")) {
                    return null;
                }
                List<String> shape = new ArrayList<>();
                for (String segment : PathTrie.segments(text)) {
                    shape.add(segment.contains("{") ? null : segment);
                }
                return shape;
            }
            if (url != null && url.getPattern() instanceof EqualToPattern equal) {
                return Arrays.asList(PathTrie.segments(Urls.getPath(equal.getExpected())));
            }
            return null;
        }
    }

    /**
     * The stubs in WireMock's order, filed by method and path shape. The candidates for a request
     * are the stubs whose shape fits its path, under its method or any, and the stubs of no known
     * shape, in WireMock's order: a handful, however many stubs there are.
     */
    private static final class Index {

        private static final String ANY_METHOD = "*";

        private final long builtAt;
        private final List<Entry> all;
        private final Map<String, PathTrie<Entry>> byMethod = new HashMap<>();
        private final List<Entry> anyShape = new ArrayList<>();

        Index(long builtAt, List<Entry> all) {
            this.builtAt = builtAt;
            this.all = all;
            for (Entry entry : all) {
                if (entry.shape() == null) {
                    anyShape.add(entry);
                } else {
                    String method = entry.method() == null ? ANY_METHOD : entry.method();
                    byMethod.computeIfAbsent(method, m -> new PathTrie<>()).add(entry.shape(), entry);
                }
            }
        }

        long builtAt() {
            return builtAt;
        }

        List<StubMapping> candidates(Request request) {
            String url = request.getUrl();
            if (url == null) {
                return all.stream().map(Entry::stub).toList();
            }
            String[] segments = PathTrie.segments(Urls.getPath(url));
            List<Entry> found = new ArrayList<>(anyShape);
            PathTrie<Entry> sameMethod = byMethod.get(request.getMethod().getName());
            if (sameMethod != null) {
                sameMethod.find(segments, found::add);
            }
            PathTrie<Entry> anyMethod = byMethod.get(ANY_METHOD);
            if (anyMethod != null) {
                anyMethod.find(segments, found::add);
            }
            found.sort(BY_POSITION);
            List<StubMapping> stubs = new ArrayList<>(found.size());
            for (Entry entry : found) {
                stubs.add(entry.stub());
            }
            return stubs;
        }

        private static final Comparator<Entry> BY_POSITION = Comparator.comparingInt(Entry::position);
    }
}
