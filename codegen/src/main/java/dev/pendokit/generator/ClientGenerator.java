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
        Packages packages = new Packages(options.packageName());
        ClientPlan plan = new ClientPlan(model);
        TypeMapper types = new TypeMapper(packages);
        Exceptions exceptions = new Exceptions(packages, plan, options.stem());
        ApiGenerator apis = new ApiGenerator(packages, plan, types, exceptions, options);
        Stream<JavaFile> java = Stream.of(
                        new ModelGenerator(packages, types).generate(plan.types),
                        apis.generate(),
                        new ClientClassGenerator(packages, plan, apis, exceptions, options).generate(),
                        exceptions.generate())
                .flatMap(s -> s);
        List<GeneratedFile> files = new ArrayList<>();
        java.forEach(file -> files.add(new GeneratedFile(
                file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java",
                file.toString().getBytes(StandardCharsets.UTF_8))));
        files.addAll(RuntimeSources.copyInto(packages.runtime()));
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }
}
