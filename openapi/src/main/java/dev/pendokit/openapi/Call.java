package dev.pendokit.openapi;

import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.runtime.UrlEncoding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requests of one method and path: OpenAPI has one operation there. Requests that differ only
 * in their bodies (Pendo's 50 aggregations), in their query (a list and a lookup by id) or in the
 * names of their path variables ({@code /visitor/:visitorId} and {@code /visitor/:b64_id}) are
 * examples of that operation; the first, in collection order, names it.
 *
 * <p>OpenAPI holds paths that differ only in their variables' names as one path ("identical",
 * which tools reject), so {@code template} is the path of the first request of that form in the
 * whole collection, its variables named as a URI template can name them: the calls of other
 * methods there name their variables as it does.
 */
record Call(List<Operation> requests, PathTemplate template) {

    Call {
        requests = List.copyOf(requests);
    }

    Operation first() {
        return requests.get(0);
    }

    String method() {
        return first().method().toLowerCase(Locale.ROOT);
    }

    /** The path as sent: a literal that a path cannot hold as written ({@code {{var}}}) is percent-encoded, so it never reads as a variable. */
    String path() {
        return template.toEncodedUriTemplate();
    }

    /**
     * The name {@code request} gives the path variable the document calls {@code name}: the
     * variable at the same place in its own path.
     */
    static Optional<String> ownName(Operation request, PathTemplate template, String name) {
        List<PathTemplate.Segment> own = request.path().segments();
        List<PathTemplate.Segment> shared = template.segments();
        for (int i = 0; i < shared.size() && i < own.size(); i++) {
            if (shared.get(i).variable() && shared.get(i).text().equals(name) && own.get(i).variable()) {
                return Optional.of(own.get(i).text());
            }
        }
        return Optional.empty();
    }

    /** The model's operations as calls, in the order their first request comes. */
    static List<Call> of(List<Operation> operations) {
        Map<String, PathTemplate> templates = new LinkedHashMap<>();
        Map<String, List<Operation>> byKey = new LinkedHashMap<>();
        for (Operation operation : operations) {
            String form = form(operation.path());
            templates.computeIfAbsent(form, f -> withTemplateNames(operation.path()));
            byKey.computeIfAbsent(operation.method() + " " + form, k -> new ArrayList<>()).add(operation);
        }
        return byKey.values().stream()
                .map(requests -> new Call(requests, templates.get(form(requests.get(0).path()))))
                .toList();
    }

    /**
     * The path with variable names a URI template takes (letters, digits, {@code _}, {@code .},
     * {@code -}): {@code :site id} is {@code {site_id}}, a name that is taken already gets a number.
     */
    private static PathTemplate withTemplateNames(PathTemplate path) {
        List<PathTemplate.Segment> segments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (PathTemplate.Segment segment : path.segments()) {
            if (!segment.variable()) {
                segments.add(segment);
                continue;
            }
            String base = segment.text().replaceAll("[^A-Za-z0-9_.-]", "_");
            base = base.isEmpty() ? "_" : base;
            String name = base;
            for (int n = 2; !names.add(name); n++) {
                name = base + n;
            }
            segments.add(new PathTemplate.Segment(name, true));
        }
        return new PathTemplate(segments);
    }

    /** The path with its variables unnamed: {@code /api/v1/visitor/{}}. */
    private static String form(PathTemplate path) {
        return path.segments().stream()
                .map(s -> s.variable() ? "{}" : UrlEncoding.literalSegment(s.text()))
                .collect(Collectors.joining("/", "/", ""));
    }
}
