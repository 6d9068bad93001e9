package dev.pendokit.drift.diff;

import dev.pendokit.collection.model.AuthScheme;
import dev.pendokit.collection.model.Operation;
import dev.pendokit.collection.model.Parameter;
import dev.pendokit.collection.model.ParameterIn;
import dev.pendokit.collection.model.RequestBody;
import dev.pendokit.collection.model.Response;
import dev.pendokit.drift.Severity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The differences between two versions of one request, judged for a client generated from the first. */
final class OperationDiff {

    private final Findings findings;

    OperationDiff(Findings findings) {
        this.findings = findings;
    }

    void compare(Operation baseline, Operation current) {
        requestLine(baseline, current);
        parameters(baseline, current);
        body(baseline.requestBody(), current.requestBody());
        responses(baseline, current);
        auth(baseline.auth(), current.auth());
    }

    private void requestLine(Operation baseline, Operation current) {
        String before = baseline.method() + " " + baseline.path();
        String after = current.method() + " " + current.path();
        if (before.equals(after)) {
            return;
        }
        if (baseline.method().equals(current.method()) && ModelDiff.shape(baseline).equals(ModelDiff.shape(current))) {
            findings.add(Severity.COMPATIBLE, "path-changed", "path", "A path variable was renamed: " + before
                    + " is now " + after + ".", "Only the variable's name changed; requests are the same.");
        } else {
            findings.add(Severity.BREAKING, "path-changed", "path", before + " is now " + after + ".",
                    "The client sends the old request line, which no longer names this request.");
        }
    }

    private void parameters(Operation baseline, Operation current) {
        Map<String, Parameter> old = index(baseline);
        Map<String, Parameter> now = index(current);
        for (Map.Entry<String, Parameter> entry : old.entrySet()) {
            Parameter before = entry.getValue();
            Parameter after = now.get(entry.getKey());
            String where = where(before);
            if (after == null) {
                findings.add(Severity.POTENTIALLY_BREAKING, "parameter-removed", where,
                        "The " + where + " is no longer documented.",
                        "The client may still send it: servers usually ignore unknown parameters, but may refuse them.");
                continue;
            }
            if (!before.required() && after.required()) {
                findings.add(Severity.BREAKING, "parameter-made-required", where, "The " + where + " is now required.",
                        "The client lets callers leave it out: such calls would now be refused.");
            } else if (before.required() && !after.required()) {
                findings.add(Severity.COMPATIBLE, "parameter-made-optional", where, "The " + where + " is now optional.",
                        "Calls that send it remain valid.");
            }
            if (before.constant() && after.constant() && !Objects.equals(before.example(), after.example())) {
                findings.add(Severity.BREAKING, "parameter-value-changed", where, "The " + where + " must now be '"
                        + after.example() + "', not '" + before.example() + "'.",
                        "The client always sends the old value.");
            }
            if (!Objects.equals(before.shape(), after.shape())) {
                findings.add(Severity.POTENTIALLY_BREAKING, "parameter-type-changed", where, "The " + where
                        + " changed from " + ShapeDiff.describe(before.shape()) + " to "
                        + ShapeDiff.describe(after.shape()) + ".",
                        "The client formats the old type; the server may read the value differently.");
            }
        }
        for (Map.Entry<String, Parameter> entry : now.entrySet()) {
            if (old.containsKey(entry.getKey())) {
                continue;
            }
            Parameter added = entry.getValue();
            String where = where(added);
            if (added.required() || added.constant()) {
                findings.add(Severity.BREAKING, "parameter-added", where, "The " + where + " is new and required.",
                        "The client does not send it: calls would be refused.");
            } else {
                findings.add(Severity.COMPATIBLE, "parameter-added", where, "The " + where + " is new and optional.",
                        "Calls without it remain valid.");
            }
        }
    }

    private void body(Optional<RequestBody> baseline, Optional<RequestBody> current) {
        if (baseline.isEmpty() && current.isEmpty()) {
            return;
        }
        if (baseline.isEmpty()) {
            findings.add(Severity.BREAKING, "request-body-changed", "request body",
                    "The request now takes a " + current.get().kind().name().toLowerCase(Locale.ROOT) + " body.",
                    "The client sends none.");
            return;
        }
        if (current.isEmpty()) {
            findings.add(Severity.POTENTIALLY_BREAKING, "request-body-changed", "request body",
                    "The request no longer documents a body.", "The client still sends one; the server may refuse it.");
            return;
        }
        RequestBody before = baseline.get();
        RequestBody after = current.get();
        if (before.kind() != after.kind() || !mediaType(before.mediaType()).equals(mediaType(after.mediaType()))) {
            findings.add(Severity.BREAKING, "request-body-changed", "request body", "The body changed from "
                    + before.mediaType() + " to " + after.mediaType() + ".",
                    "The client encodes the body the old way.");
            return;
        }
        if (before.shape() != null && after.shape() != null) {
            new ShapeDiff(findings, ShapeDiff.Direction.REQUEST, "request body").compare(before.shape(), after.shape());
        }
    }

    private void responses(Operation baseline, Operation current) {
        Optional<Response> success = baseline.successResponse();
        for (Response before : baseline.responses()) {
            Optional<Response> after = current.response(before.status());
            String where = "status " + before.status();
            if (after.isEmpty()) {
                if (before.isSuccess() && current.successResponse().isEmpty()) {
                    findings.add(Severity.BREAKING, "status-removed", where, "No success status is documented any more ("
                            + before.status() + " was).", "The client has no answer it can decode.");
                } else if (before.isSuccess() && success.isPresent() && success.get().status() == before.status()) {
                    findings.add(Severity.POTENTIALLY_BREAKING, "status-removed", where, "The success status "
                            + before.status() + " is now " + current.successResponse().get().status() + ".",
                            "The client takes any 2xx as success, but code that checks the status sees another one.");
                } else {
                    findings.add(before.isSuccess() ? Severity.POTENTIALLY_BREAKING : Severity.COMPATIBLE,
                            "status-removed", where, "The status " + before.status() + " is no longer documented.",
                            before.isSuccess() ? "Another 2xx answers instead." : "An error that no longer comes breaks no call.");
                }
                continue;
            }
            if (before.kind() != after.get().kind()
                    || !mediaType(before.mediaType()).equals(mediaType(after.get().mediaType()))) {
                findings.add(before.isSuccess() ? Severity.BREAKING : Severity.COMPATIBLE, "media-type-changed",
                        "response " + before.status(), "The answer changed from " + before.mediaType() + " to "
                        + after.get().mediaType() + ".", before.isSuccess()
                        ? "The client decodes the old format." : "The client reads error bodies only as text.");
            } else if (before.shape() != null && after.get().shape() != null) {
                new ShapeDiff(findings, ShapeDiff.Direction.RESPONSE, "response " + before.status())
                        .compare(before.shape(), after.get().shape());
            }
        }
        for (Response after : current.responses()) {
            if (baseline.response(after.status()).isEmpty()) {
                findings.add(after.isSuccess() ? Severity.POTENTIALLY_BREAKING : Severity.COMPATIBLE, "status-added",
                        "status " + after.status(), "The status " + after.status() + " is newly documented"
                        + (after.reason().isEmpty() ? "." : ": " + after.reason() + "."), after.isSuccess()
                        ? "The client takes it as success and decodes it as the documented success, which it may not be."
                        : "The client maps it to an exception like any error status.");
            }
        }
    }

    private void auth(AuthScheme baseline, AuthScheme current) {
        if (!Objects.equals(baseline, current)) {
            findings.add(Severity.BREAKING, "auth-changed", "auth", "Authentication changed from " + describe(baseline)
                    + " to " + describe(current) + ".", "The client authenticates the old way.");
        }
    }

    private static String describe(AuthScheme auth) {
        if (auth instanceof AuthScheme.ApiKey key) {
            return "a key in the " + key.in().name().toLowerCase(Locale.ROOT) + " " + key.name();
        }
        if (auth instanceof AuthScheme.Bearer) {
            return "a bearer token";
        }
        if (auth instanceof AuthScheme.Basic) {
            return "basic authentication";
        }
        if (auth instanceof AuthScheme.Other other) {
            return other.type() + " authentication";
        }
        return "none";
    }

    /** Query and header parameters by place and name (header names in any case). */
    private static Map<String, Parameter> index(Operation operation) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in() == ParameterIn.QUERY) {
                parameters.putIfAbsent("query " + parameter.name(), parameter);
            } else if (parameter.in() == ParameterIn.HEADER && !parameter.name().equalsIgnoreCase("content-type")) {
                parameters.putIfAbsent("header " + parameter.name().toLowerCase(Locale.ROOT), parameter);
            }
        }
        return parameters;
    }

    private static String where(Parameter parameter) {
        return (parameter.in() == ParameterIn.QUERY ? "query parameter " : "header ") + parameter.name();
    }

    private static String mediaType(String mediaType) {
        return mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }
}
