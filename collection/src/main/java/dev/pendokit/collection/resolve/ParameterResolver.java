package dev.pendokit.collection.resolve;

import dev.pendokit.collection.Secrets;
import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Location;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.PathTemplate;
import dev.pendokit.collection.model.ScalarShape;
import dev.pendokit.collection.model.ScalarType;
import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.NamingStrategy;
import dev.pendokit.collection.naming.UniqueNames;
import dev.pendokit.collection.postman.KeyValue;
import dev.pendokit.collection.postman.PostmanUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The path template and the path, query and header parameters of one request. Path variables
 * are {@code :name} segments (described by the URL's variables) and whole-segment
 * {@code {{variables}}}; enabled query parameters and headers are required, disabled ones
 * optional; a header with a literal value is a constant the request always sends. Headers that
 * auth or the body already set (the API key header, {@code Authorization}, {@code Content-Type})
 * are not parameters.
 */
final class ParameterResolver {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern EPOCH = Pattern.compile("(?i)epoch|milliseconds");
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length");
    private static final Pattern COMMA_SEPARATED = Pattern.compile("(?i)comma[- ]separated");

    private final Variables variables;
    private final NamingStrategy naming;
    private final NameOverrides overrides;
    private final Diagnostics diagnostics;
    private final Set<String> usedOverrides;
    private final LiteralSecrets literalSecrets;

    ParameterResolver(Variables variables, NamingStrategy naming, NameOverrides overrides, Diagnostics diagnostics,
                      Set<String> usedOverrides) {
        this.variables = variables;
        this.naming = naming;
        this.overrides = overrides;
        this.diagnostics = diagnostics;
        this.usedOverrides = usedOverrides;
        this.literalSecrets = new LiteralSecrets(diagnostics);
    }

    /** The path template and parameters of a request; {@code names} scopes the Java names. */
    record Resolved(PathTemplate path, List<Parameter> parameters) {}

    Resolved resolve(PostmanUrl url, List<KeyValue> headers, AuthScheme auth, Location where, UniqueNames names) {
        List<Parameter> parameters = new ArrayList<>();
        List<PathTemplate.Segment> segments = new ArrayList<>();
        Map<String, KeyValue> declared = new LinkedHashMap<>();
        url.variables().forEach(v -> declared.putIfAbsent(v.key(), v));
        Set<String> used = new LinkedHashSet<>();
        for (String segment : url.path()) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.startsWith(":") ? segment.substring(1) : Variables.soleReference(segment);
            if (name.isEmpty()) {
                segments.add(new PathTemplate.Segment(segment, false));
                continue;
            }
            segments.add(new PathTemplate.Segment(name, true));
            if (!used.add(name)) {
                continue;
            }
            KeyValue variable = declared.get(name);
            if (variable == null && segment.startsWith(":")) {
                diagnostics.warning(where.at("/request/url"), "the path uses :" + name + " but the request does"
                                + " not declare it among its path variables",
                        "Declare :" + name + " under the request's Path Variables (Params tab) with a description");
            }
            String example = variable == null ? segment : variable.value();
            String description = variable == null ? "" : variable.description();
            parameters.add(parameter(name, ParameterIn.PATH, true, false, example, description, where, names));
        }
        for (String name : declared.keySet()) {
            if (!used.contains(name)) {
                diagnostics.warning(where.at("/request/url/variable"), "the path variable :" + name + " is declared"
                        + " but the path does not use it", "Use :" + name + " in the URL, or remove the variable");
            }
        }
        Set<String> queryKeys = new LinkedHashSet<>();
        for (KeyValue query : url.query()) {
            if (query.key().isEmpty()) {
                continue;
            }
            if (!queryKeys.add(query.key())) {
                diagnostics.warning(where.at("/request/url/query"), "the query parameter \"" + query.key()
                                + "\" is given more than once; pendokit keeps the first",
                        "Keep one entry, with a comma-separated value if the API takes a list");
                continue;
            }
            if (Secrets.looksSecret(query.key())) {
                literalSecrets.check("the query parameter " + query.key(), query.value(), where.at("/request/url/query"));
            }
            parameters.add(parameter(query.key(), ParameterIn.QUERY, !query.disabled(), false, query.value(),
                    query.description(), where, names));
        }
        Set<String> headerKeys = new LinkedHashSet<>();
        for (KeyValue header : headers) {
            String key = header.key().toLowerCase(java.util.Locale.ROOT);
            if (Secrets.looksSecret(key) || isAuthHeader(key, auth)) {
                literalSecrets.check("the header " + header.key(), header.value(), where.at("/request/header"));
            }
            if (key.isEmpty() || BODY_HEADERS.contains(key) || isAuthHeader(key, auth) || !headerKeys.add(key)) {
                continue;
            }
            boolean literal = Variables.firstReference(header.value()).isEmpty() && !header.value().isEmpty();
            parameters.add(parameter(header.key(), ParameterIn.HEADER, !header.disabled(),
                    literal && !header.disabled(), header.value(), header.description(), where, names));
        }
        return new Resolved(new PathTemplate(segments), parameters);
    }

    /** A form field of an urlencoded or multipart body. */
    Parameter formField(String key, boolean required, String example, String description, boolean file,
                        Location where, UniqueNames names) {
        Parameter field = parameter(key, ParameterIn.FORM, required, false, example, description, where, names);
        return file ? new Parameter(field.name(), field.javaName(), field.in(), field.required(), false, false,
                new ScalarShape(ScalarType.BINARY), field.example(), field.description()) : field;
    }

    private Parameter parameter(String name, ParameterIn in, boolean required, boolean constant, String value,
                                String description, Location where, UniqueNames names) {
        boolean list = !constant && in != ParameterIn.PATH && COMMA_SEPARATED.matcher(description).find();
        String overrideKey = where.itemPath() + "#" + name;
        String javaName = overrides.lookup(NameOverrides.Kind.PARAMETER, overrideKey).orElse(null);
        if (javaName != null) {
            usedOverrides.add(overrideKey);
        } else {
            javaName = naming.parameterName(name);
            javaName = list ? plural(javaName) : javaName;
        }
        String example = variables.resolve(value);
        variables.reportUndefined(value, where, diagnostics);
        if (Secrets.looksSecret(name)) {
            // A credential is never a constant of generated code, and a literal one is not kept.
            constant = false;
            example = Secrets.redactIfSecret(name, example).equals(example) ? example : "";
        }
        return new Parameter(name, names.claim(javaName), in, required, constant, list,
                shapeOf(list ? firstValue(example) : example, description), example, description);
    }

    /** {@code id} → {@code ids}: a list parameter reads as the values it holds. */
    private static String plural(String javaName) {
        return javaName.endsWith("s") ? javaName : javaName + "s";
    }

    private static String firstValue(String example) {
        int comma = example.indexOf(',');
        return comma < 0 ? example : example.substring(0, comma);
    }

    private static boolean isAuthHeader(String key, AuthScheme auth) {
        if (auth instanceof AuthScheme.ApiKey apiKey) {
            return apiKey.in() == AuthScheme.In.HEADER && apiKey.name().equalsIgnoreCase(key);
        }
        return key.equals("authorization") && (auth instanceof AuthScheme.Bearer || auth instanceof AuthScheme.Basic);
    }

    /** Integer-looking examples are integers (epoch millis when the description says so), true/false booleans. */
    private static ScalarShape shapeOf(String example, String description) {
        if (INTEGER.matcher(example).matches()) {
            return EPOCH.matcher(description).find() ? ScalarShape.EPOCH_MILLIS : ScalarShape.INTEGER;
        }
        if (example.equals("true") || example.equals("false")) {
            return ScalarShape.BOOLEAN;
        }
        return ScalarShape.STRING;
    }
}
