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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * WireMock's in-memory stub store with an index in front of its search. WireMock tries every stub
 * in priority order until one matches, and each try costs a full {@link RequestPattern#match}
 * (a dozen allocations, a lock); with 1,450 stubs that search was most of the time a request
 * took. The index keeps, per method and number of {@code /} in the path, the stubs that could
 * match such a request, in WireMock's own order; the search then tries only those. A stub the
 * index cannot read (a regular expression for its URL, any method, a custom matcher) is tried
 * for every request, so the first stub that matches is always the one stock WireMock would have
 * chosen.
 */
final class IndexedStubStore implements StubMappingStore {

    private final InMemoryStubMappingStore stubs = new InMemoryStubMappingStore();
    /** Counts changes; an index built at an older count is rebuilt before use. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Index index = new Index(-1, List.of());

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
            current = new Index(seen, stubs.getAll().map(Entry::of).toList());
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
        return stubs.get(id);
    }

    @Override
    public void add(StubMapping stub) {
        stubs.add(stub);
        changes.incrementAndGet();
    }

    @Override
    public void replace(StubMapping existing, StubMapping updated) {
        stubs.replace(existing, updated);
        changes.incrementAndGet();
    }

    @SuppressWarnings("removal") // WireMock's own stores still implement it; the UUID one calls it
    @Override
    public void remove(StubMapping stub) {
        stubs.remove(stub);
        changes.incrementAndGet();
    }

    @Override
    public void clear() {
        stubs.clear();
        changes.incrementAndGet();
    }

    /**
     * What the index knows of a stub: its method ({@code null}: it may match any) and the number
     * of {@code /} in the paths it matches (-1: any number).
     */
    private record Entry(StubMapping stub, String method, int slashes) {

        static Entry of(StubMapping stub) {
            RequestPattern pattern = stub.getRequest();
            if (pattern == null || pattern.hasInlineCustomMatcher()) {
                return new Entry(stub, null, -1);
            }
            RequestMethod method = pattern.getMethod();
            boolean oneMethod = method != null && !method.equals(RequestMethod.ANY)
                    && !method.equals(RequestMethod.GET_OR_HEAD);
            return new Entry(stub, oneMethod ? method.getName() : null, slashes(pattern.getUrlMatcher()));
        }

        /** The slashes in every path the URL pattern matches, or -1 when that number can vary. */
        private static int slashes(UrlPattern url) {
            if (url instanceof UrlPathTemplatePattern template) {
                String text = template.getPattern().getExpected();
                return text.contains("**") ? -1 : count(text);
            }
            if (url != null && url.getPattern() instanceof EqualToPattern equal) {
                return count(Urls.getPath(equal.getExpected()));
            }
            return -1;
        }

        boolean couldMatch(String requestMethod, int requestSlashes) {
            return (method == null || method.equals(requestMethod)) && (slashes == -1 || slashes == requestSlashes);
        }
    }

    /** The stubs in WireMock's order, grouped by the requests they could match. */
    private static final class Index {

        private final long builtAt;
        private final List<Entry> all;
        private final Map<String, List<StubMapping>> byShape = new HashMap<>();

        Index(long builtAt, List<Entry> all) {
            this.builtAt = builtAt;
            this.all = all;
            Set<String> shapes = new LinkedHashSet<>();
            for (Entry entry : all) {
                if (entry.method() != null && entry.slashes() != -1) {
                    shapes.add(shape(entry.method(), entry.slashes()));
                }
            }
            for (String shape : shapes) {
                int space = shape.indexOf(' ');
                byShape.put(shape, select(shape.substring(0, space), Integer.parseInt(shape.substring(space + 1))));
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
            String method = request.getMethod().getName();
            int slashes = count(Urls.getPath(url));
            List<StubMapping> shaped = byShape.get(shape(method, slashes));
            // A shape no specific stub has: only the stubs that match any shape can answer.
            return shaped != null ? shaped : select(method, slashes);
        }

        private List<StubMapping> select(String method, int slashes) {
            List<StubMapping> selected = new ArrayList<>();
            for (Entry entry : all) {
                if (entry.couldMatch(method, slashes)) {
                    selected.add(entry.stub());
                }
            }
            return List.copyOf(selected);
        }

        private static String shape(String method, int slashes) {
            return method + ' ' + slashes;
        }
    }

    private static int count(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes;
    }
}
