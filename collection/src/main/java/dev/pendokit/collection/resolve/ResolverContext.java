package dev.pendokit.collection.resolve;

import dev.pendokit.collection.naming.NameOverrides;
import dev.pendokit.collection.naming.NamingStrategy;
import dev.pendokit.collection.postman.PostmanAuth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state one resolution shares across operations: names, types, diagnostics. */
final class ResolverContext {

    final NamingStrategy naming;
    final NameOverrides overrides;
    final Diagnostics diagnostics = new Diagnostics();
    final Variables variables;
    final Optional<PostmanAuth> collectionAuth;
    final TypeRegistry types;
    final DocumentedShapes documented;
    final DraftMerge merge;
    final AuthResolver auth;
    final ParameterResolver parameters;
    final BodyResolver bodies;
    final ResponseResolver responses;
    final ReadOnlyRule readOnly;
    /** Operation and parameter overrides that matched something (to report the others). */
    final Set<String> usedOverrides = new HashSet<>();

    ResolverContext(ResolveOptions options, Variables variables, Optional<PostmanAuth> collectionAuth,
                    List<StatusCodes.Entry> collectionWide) {
        this.naming = options.naming();
        this.overrides = options.overrides();
        this.variables = variables;
        this.collectionAuth = collectionAuth;
        this.types = new TypeRegistry(naming, overrides, diagnostics);
        this.documented = new DocumentedShapes(diagnostics);
        this.merge = new DraftMerge(diagnostics);
        this.auth = new AuthResolver(diagnostics);
        this.parameters = new ParameterResolver(variables, naming, overrides, diagnostics, usedOverrides);
        this.bodies = new BodyResolver(parameters, diagnostics);
        this.responses = new ResponseResolver(types, merge, diagnostics, collectionWide);
        this.readOnly = new ReadOnlyRule(options.readOnlyOperations(), diagnostics);
    }
}
