package dev.pendokit.collection.resolve;

import dev.pendokit.collection.json.LenientJson;
import dev.pendokit.collection.model.AnyShape;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Example;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.ResponseSource;
import dev.pendokit.collection.model.Shape;
import dev.pendokit.collection.postman.PostmanExample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The responses of one operation, one per documented status: the request's own Status Codes,
 * its saved examples, and the collection-wide table (whose 2xx rows apply only to requests that
 * document no success of their own). A request that documents nothing is assumed to answer 200,
 * with a warning.
 */
final class ResponseResolver {

    private final TypeRegistry types;
    private final DraftMerge merge;
    private final Diagnostics diagnostics;
    private final List<StatusCodes.Entry> collectionWide;

    ResponseResolver(TypeRegistry types, DraftMerge merge, Diagnostics diagnostics,
                     List<StatusCodes.Entry> collectionWide) {
        this.types = types;
        this.merge = merge;
        this.diagnostics = diagnostics;
        this.collectionWide = collectionWide;
    }

    /**
     * @param documented the statuses of the request's description
     * @param success the documented shape of a success body (null when undocumented); shared
     *     drafts (a folder's object) are never changed by examples
     * @param sharedSuccess whether {@code success} is shared with other operations
     * @param words the request's name, URI and description, which say what a success answers
     */
    List<Response> resolve(List<StatusCodes.Entry> documented, List<PostmanExample> examples, Draft success,
                           boolean sharedSuccess, String words, String shapeName, Location where) {
        Map<Integer, Builder> byStatus = new TreeMap<>();
        for (StatusCodes.Entry entry : documented) {
            for (int status = entry.from(); status <= entry.to(); status++) {
                byStatus.computeIfAbsent(status, s -> new Builder(ResponseSource.DOCUMENTED)).reasons.add(entry.reason());
            }
        }
        for (PostmanExample example : examples) {
            if (example.code() < 100 || example.code() > 599) {
                diagnostics.warning(where.at(example.pointer()), "the saved example \"" + example.name()
                                + "\" has no status code; it is not used",
                        "Set the example's status code in Postman");
                continue;
            }
            Builder builder = byStatus.computeIfAbsent(example.code(), s -> new Builder(ResponseSource.EXAMPLE));
            builder.examples.add(example);
            if (builder.reasons.isEmpty() && !example.status().isEmpty()) {
                builder.reasons.add(example.status());
            }
        }
        boolean ownSuccess = hasSuccess(byStatus);
        for (StatusCodes.Entry entry : collectionWide) {
            for (int status = entry.from(); status <= entry.to(); status++) {
                boolean is2xx = status >= 200 && status < 300;
                if (!byStatus.containsKey(status) && !(is2xx && ownSuccess)) {
                    byStatus.computeIfAbsent(status, s -> new Builder(ResponseSource.COLLECTION))
                            .reasons.add(entry.reason());
                }
            }
        }
        if (!hasSuccess(byStatus)) {
            diagnostics.warning(where, "no success status is documented (no Status Codes row, no saved example,"
                            + " no collection-wide 2xx); 200 is assumed",
                    "Document the status codes in the request's description or save an example response");
            byStatus.put(200, new Builder(ResponseSource.ASSUMED));
        }
        String successMediaType = MediaTypes.documentedSuccess(words);
        List<Response> responses = new ArrayList<>();
        for (Map.Entry<Integer, Builder> entry : byStatus.entrySet()) {
            responses.add(response(entry.getKey(), entry.getValue(), success, sharedSuccess, successMediaType,
                    shapeName, where));
        }
        return responses;
    }

    private Response response(int status, Builder builder, Draft success, boolean sharedSuccess,
                              String successMediaType, String shapeName, Location where) {
        boolean isSuccess = status >= 200 && status < 300;
        List<Example> examples = new ArrayList<>();
        List<ShapeInference.Sample> samples = new ArrayList<>();
        String mediaType = "";
        for (PostmanExample example : builder.examples) {
            String type = example.contentType().isEmpty() ? sniff(example.body()) : example.contentType();
            mediaType = mediaType.isEmpty() ? type : mediaType;
            examples.add(new Example(example.name(), example.body(), type));
            if (MediaTypes.kindOf(type) == BodyKind.JSON && !example.body().isBlank()) {
                try {
                    LenientJson.Parsed parsed = LenientJson.parse(example.body());
                    samples.add(new ShapeInference.Sample(parsed.value(), new HashSet<>(parsed.unquotedPlaceholders())));
                } catch (LenientJson.SyntaxError e) {
                    diagnostics.warning(where.at(example.pointer() + "/body"), "the saved example \"" + example.name()
                                    + "\" says it is JSON but is not (" + e.getMessage() + ")",
                            "Fix the example body, or set its Content-Type to what it is");
                }
            }
        }
        if (mediaType.isEmpty()) {
            mediaType = isSuccess ? successMediaType : "application/json";
        }
        BodyKind kind = MediaTypes.kindOf(mediaType);
        Draft documented = isSuccess && status != 204 && kind == BodyKind.JSON ? success : null;
        Shape shape = AnyShape.ANY;
        String name = shapeName + (isSuccess ? " Response" : " Error " + status);
        if (!samples.isEmpty()) {
            Draft inferred = ShapeInference.infer(samples, name, "example response " + status);
            Draft merged = documented == null || sharedSuccess ? inferred
                    : merge.merge(documented, inferred, "response", where);
            shape = types.shape(merged);
        } else if (documented != null) {
            shape = types.shape(documented);
        }
        return new Response(status, builder.reasons, builder.source, kind, mediaType, examples, shape);
    }

    private static boolean hasSuccess(Map<Integer, Builder> byStatus) {
        for (int status : byStatus.keySet()) {
            if (status >= 200 && status < 300) {
                return true;
            }
        }
        return false;
    }

    private static String sniff(String body) {
        String start = body.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return "application/json";
        }
        if (start.startsWith("<")) {
            return "application/xml";
        }
        return start.isEmpty() ? "" : "text/plain";
    }

    private static final class Builder {
        final ResponseSource source;
        final List<String> reasons = new ArrayList<>();
        final List<PostmanExample> examples = new ArrayList<>();

        Builder(ResponseSource source) {
            this.source = source;
        }
    }
}
