package dev.pendokit.generator;

import com.palantir.javapoet.JavaFile;
import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns an API model into the Java sources of a client: models, group APIs, the client and its
 * builder, regions, exceptions, and the runtime they run on. The same model and options always
 * give the same files, byte for byte, in the same order.
 */
public final class ClientGenerator {

    private ClientGenerator() {}

    public static List<GeneratedFile> generate(ApiModel model, GeneratorOptions options) {
        Parts parts = new Parts(model, options);
        Stream<JavaFile> java = Stream.of(
                        new ModelGenerator(parts.packages, parts.types).generate(parts.plan.types),
                        parts.apis.generate(),
                        new ClientClassGenerator(parts.packages, parts.plan, parts.apis, parts.exceptions, options)
                                .generate(),
                        parts.exceptions.generate(),
                        parts.pendo == null ? Stream.<JavaFile>empty() : Stream.of(parts.pendo.sources()))
                .flatMap(s -> s);
        List<GeneratedFile> files = new ArrayList<>();
        java.forEach(file -> files.add(new GeneratedFile(
                file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java",
                file.toString().getBytes(StandardCharsets.UTF_8))));
        files.addAll(RuntimeSources.copyInto(parts.packages.runtime()));
        if (parts.pendo != null) {
            files.addAll(parts.pendo.builderSources());
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }

    /**
     * The public methods of the client {@link #generate} writes, group by group: an index of its API
     * for docs and reviews.
     */
    public static List<ClientMethod> methods(ApiModel model, GeneratorOptions options) {
        Parts parts = new Parts(model, options);
        parts.apis.generate().forEach(file -> {});
        new ClientClassGenerator(parts.packages, parts.plan, parts.apis, parts.exceptions, options).generate()
                .forEach(file -> {});
        return parts.apis.index();
    }

    /** The generators of one client, which share its packages, plan and types. */
    private static final class Parts {
        final Packages packages;
        final ClientPlan plan;
        final TypeMapper types;
        final Exceptions exceptions;
        /** Pendo's typed aggregation API, for a client of it; else null. */
        final PendoAggregationApi pendo;
        final ApiGenerator apis;

        Parts(ApiModel model, GeneratorOptions options) {
            packages = new Packages(options.packageName());
            plan = new ClientPlan(model);
            types = new TypeMapper(packages);
            exceptions = new Exceptions(packages, plan, options.stem(), model.name());
            pendo = PendoAggregationApi.applies(model) ? new PendoAggregationApi(packages, types, model) : null;
            apis = new ApiGenerator(packages, plan, types, exceptions, pendo);
        }
    }
}
