package dev.pendokit.collection.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pendokit.collection.markdown.MarkdownTable;
import dev.pendokit.collection.markdown.MarkdownTables;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.BodyKind;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.model.Response;
import dev.pendokit.collection.model.Server;
import dev.pendokit.collection.naming.UniqueNames;
import dev.pendokit.collection.pendo.PendoAggregations;
import dev.pendokit.collection.postman.PostmanAuth;
import dev.pendokit.collection.postman.PostmanItem;
import dev.pendokit.collection.postman.PostmanUrl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves one request into an {@link Operation}: server, path and parameters, body, responses,
 * auth. Which documented table describes what follows a few stated rules:
 * <ul>
 *   <li>A table in the request's description under a heading that says "request" documents the
 *       body; one that says "response" documents the success response; a "The X Object" table
 *       documents the body when most of its attributes are keys of the body's example, else the
 *       response.</li>
 *   <li>A folder's own object ("The Page Object" in folder Page) is what the folder's GET requests
 *       answer when they document no response of their own and their path has no literal segment
 *       after a variable: a list when the path ends in a literal ({@code /api/v1/page}), one
 *       object when it ends in a variable ({@code /api/v1/visitor/:visitorId}).</li>
 *   <li>A response documented as a "list of" or "array of" something is an array.</li>
 *   <li>A Pendo aggregation (a body with {@code request.pipeline}) answers
 *       {@code {"results": [rows]}}; the documented attributes describe the rows.</li>
 * </ul>
 */
final class OperationResolver {

    private static final Pattern RESPONSE_LIST = Pattern.compile("(?i)\\b(?:list|array)\\s+of\\b");
    private static final Pattern DESCRIBED_LIST = Pattern.compile(
            "(?i)\\breturns?\\s+(?:(?:a|an|the|full)\\s+)*(?:json\\s+)?(?:list|array)\\s+of\\b");

    private final ResolverContext context;

    OperationResolver(ResolverContext context) {
        this.context = context;
    }

    /** @param where the request's place: its item path and JSON pointer */
    Operation resolve(PostmanItem.Request request, List<FolderContext> folders, Location where, String javaName,
                      String group, String groupJavaName) {
        List<String> folderNames = new ArrayList<>(folders.size());
        for (FolderContext folder : folders) {
            folderNames.add(folder.folder.name());
        }
        AuthScheme auth = context.auth.effective(authChain(request, folders), where);
        Server server = server(request.url(), where);
        UniqueNames parameterNames = new UniqueNames();
        ParameterResolver.Resolved resolved = context.parameters.resolve(request.url(), request.headers(), auth,
                where, parameterNames);
        String shapeName = context.naming.typeName(request.name());
        List<MarkdownTable> markdown = MarkdownTables.parse(request.description());
        List<AttributeTable> tables = AttributeTable.from(markdown);
        Optional<BodyResolver.Resolved> body = context.bodies.resolve(request.body(), request.headers(),
                shapeName + " Request", where, parameterNames);

        List<AttributeTable> requestTables = new ArrayList<>();
        List<AttributeTable> responseTables = new ArrayList<>();
        Set<String> bodyKeys = body.flatMap(b -> b.body().exampleJson()).map(OperationResolver::topLevelKeys)
                .orElse(Set.of());
        for (AttributeTable table : tables) {
            if (documentsRequestBody(table, bodyKeys)) {
                requestTables.add(table);
            } else {
                responseTables.add(table);
            }
        }
        Optional<RequestBody> requestBody = body.map(b -> bodyWithShape(b, requestTables, tables, shapeName, where));

        boolean aggregation = body.flatMap(b -> b.body().exampleJson()).map(PendoAggregations::isPipeline)
                .orElse(false);
        List<StatusCodes.Entry> documented = StatusCodes.fromTables(markdown);
        String successWords = request.name() + "\n" + resolved.path() + "\n" + request.description();
        boolean listed = documentsAList(request.description(), documented);
        Draft success = null;
        boolean shared = false;
        AttributeTable root = null;
        for (AttributeTable table : responseTables) {
            if (!context.documented.isBuilt(table)) {
                root = table;
                break;
            }
        }
        if (root != null) {
            String suffix = aggregation ? " Row" : listed ? " Item" : " Response";
            Draft rootDraft = context.documented.build(root, shapeName + suffix, tables, shapeName, where);
            success = aggregation || !listed ? rootDraft : new Draft.Array(rootDraft);
        } else if (!aggregation) {
            Optional<Draft.Obj> folderObject = folderObject(request, folders, resolved.path());
            if (folderObject.isPresent()) {
                shared = true;
                List<PathTemplate.Segment> segments = resolved.path().segments();
                boolean endsInLiteral = !segments.isEmpty() && !segments.get(segments.size() - 1).variable();
                success = endsInLiteral ? new Draft.Array(folderObject.get()) : folderObject.get();
            } else if (listed) {
                success = new Draft.Array(Draft.ANY);
            }
        }
        if (aggregation) {
            Draft.Obj envelope = new Draft.Obj(shapeName + " Response", "aggregation response",
                    ObjectShape.Origin.ENVELOPE, "");
            envelope.fields.put("results", new Draft.Slot(new Draft.Array(success == null ? Draft.ANY : success),
                    true, false, "The rows the pipeline produced."));
            success = envelope;
            shared = false;
        }
        for (AttributeTable table : tables) {
            if (!context.documented.isBuilt(table)) {
                String name = shapeName + " " + (table.subject().isEmpty() ? table.heading() : table.subject());
                context.types.shape(context.documented.build(table, name, tables, shapeName, where));
            }
        }
        List<Response> responses = context.responses.resolve(documented, request.examples(), success, shared,
                successWords, shapeName, where);
        boolean readOnly = context.readOnly.readOnly(request.method(), aggregation, where.itemPath());
        return new Operation(request.name(), javaName, folderNames, group, groupJavaName, request.method(), readOnly,
                server, resolved.path(), resolved.parameters(), requestBody, responses, auth, request.description(),
                where);
    }

    /** Whether the description or a success reason says the response is a list ("Returns a list of ..."). */
    private static boolean documentsAList(String description, List<StatusCodes.Entry> documented) {
        if (mentionsList(description) && DESCRIBED_LIST.matcher(description).find()) {
            return true;
        }
        for (StatusCodes.Entry entry : documented) {
            boolean success = entry.from() >= 200 && entry.from() < 300;
            if (success && mentionsList(entry.reason()) && RESPONSE_LIST.matcher(entry.reason()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsList(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("list of") || lower.contains("array of");
    }

    private RequestBody bodyWithShape(BodyResolver.Resolved body, List<AttributeTable> requestTables,
                                      List<AttributeTable> tables, String shapeName, Location where) {
        RequestBody b = body.body();
        if (b.kind() != BodyKind.JSON) {
            return b;
        }
        Draft draft = body.inferred() == null ? Draft.ANY : body.inferred();
        if (!requestTables.isEmpty()) {
            Draft.Obj documented = context.documented.build(requestTables.get(0), shapeName + " Request", tables,
                    shapeName, where);
            draft = context.merge.merge(documented, draft, "body", where);
        }
        return new RequestBody(b.kind(), b.mediaType(), b.example(), b.exampleJson(), b.strictJson(),
                context.types.shape(draft), b.formFields());
    }

    private static boolean documentsRequestBody(AttributeTable table, Set<String> bodyKeys) {
        if (table.documentsRequest()) {
            return true;
        }
        if (table.documentsResponse() || table.subject().isEmpty() || bodyKeys.isEmpty()) {
            return false;
        }
        List<String> names = table.topLevelNames();
        int shared = 0;
        for (String name : names) {
            shared += bodyKeys.contains(name) ? 1 : 0;
        }
        return shared * 2 >= names.size();
    }

    private Optional<Draft.Obj> folderObject(PostmanItem.Request request, List<FolderContext> folders,
                                             PathTemplate path) {
        if (!request.method().equals("GET") || literalAfterVariable(path)) {
            return Optional.empty();
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            Optional<Draft.Obj> object = folders.get(i).object();
            if (object.isPresent()) {
                return object;
            }
        }
        return Optional.empty();
    }

    private static boolean literalAfterVariable(PathTemplate path) {
        boolean variable = false;
        for (PathTemplate.Segment segment : path.segments()) {
            if (segment.variable()) {
                variable = true;
            } else if (variable) {
                return true;
            }
        }
        return false;
    }

    private Server server(PostmanUrl url, Location where) {
        String host = String.join(".", url.host());
        String template;
        if (host.isEmpty()) {
            template = "";
            diagnostics().warning(where.at("/request/url"), "the request has no host", "Give it a URL such as"
                    + " {{baseUrl}}/path, with baseUrl among the collection's variables");
        } else if (!Variables.soleReference(host).isEmpty() && url.protocol().isEmpty()) {
            template = host + (url.port().isEmpty() ? "" : ":" + url.port());
        } else {
            template = (url.protocol().isEmpty() ? "https" : url.protocol()) + "://" + host
                    + (url.port().isEmpty() ? "" : ":" + url.port());
        }
        context.variables.reportUndefined(template, where.at("/request/url/host"), diagnostics());
        return new Server(template, context.variables.resolve(template), Variables.firstReference(template));
    }

    private Diagnostics diagnostics() {
        return context.diagnostics;
    }

    private List<Optional<PostmanAuth>> authChain(PostmanItem.Request request, List<FolderContext> folders) {
        List<Optional<PostmanAuth>> chain = new ArrayList<>();
        chain.add(request.auth());
        for (int i = folders.size() - 1; i >= 0; i--) {
            chain.add(folders.get(i).folder.auth());
        }
        chain.add(context.collectionAuth);
        return chain;
    }

    private static Set<String> topLevelKeys(JsonNode body) {
        Set<String> keys = new HashSet<>();
        if (body.isObject()) {
            body.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }
}
