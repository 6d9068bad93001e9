package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pendokit.collection.naming.UniqueNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code Params} record of an operation that takes optional or many parameters: a component
 * per parameter, and a builder that names every required one that is missing (when there is one).
 */
final class ParamsRecord {

    private ParamsRecord() {}

    static TypeSpec of(Signatures.Signature signature) {
        ClassName name = signature.paramsType();
        ClassName builder = name.nestedClass("Builder");
        List<Signatures.Arg> required = signature.args().stream().filter(a -> a.parameter().required()).toList();
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        CodeBlock.Builder doc = CodeBlock.builder().add("The parameters of {@code $L}.\n",
                signature.operation().javaName());
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(required.isEmpty() ? "Builds a {@link $T}; every parameter is optional."
                        : "Builds a {@link $T}; {@link #build()} names every required parameter that is missing.", name)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> arguments = new ArrayList<>();
        for (Signatures.Arg arg : signature.args()) {
            TypeName boxed = arg.type().box();
            components.addParameter(boxed, arg.name());
            doc.add("\n@param $L $L", arg.name(), ApiGenerator.parameterDoc(arg.parameter()));
            builderType.addField(FieldSpec.builder(boxed, arg.name(), Modifier.PRIVATE).build());
            builderType.addMethod(MethodSpec.methodBuilder(arg.name()).addModifiers(Modifier.PUBLIC)
                    .returns(builder).addParameter(boxed, arg.name())
                    .addJavadoc("$L\n\n@param $L the value, or null to leave it out\n@return this builder",
                            ApiGenerator.parameterDoc(arg.parameter()), arg.name())
                    .addStatement("this.$1L = $1L", arg.name()).addStatement("return this").build());
            arguments.add(arg.name());
        }
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(name);
        if (required.isEmpty()) {
            build.addJavadoc("The parameters as set.\n\n@return the parameters");
        } else {
            // A parameter called missing would be hidden by the list.
            UniqueNames locals = new UniqueNames();
            signature.args().forEach(arg -> locals.claimExactly(arg.name()));
            String missing = locals.claim("missing");
            build.addJavadoc("The parameters as set.\n\n@return the parameters\n"
                            + "@throws IllegalStateException naming every required parameter that is not set")
                    .addStatement("$T<$T> $L = new $T<>()", List.class, String.class, missing, ArrayList.class);
            for (Signatures.Arg arg : required) {
                build.beginControlFlow("if ($L == null)", arg.name())
                        .addStatement("$L.add($S)", missing, arg.name()).endControlFlow();
            }
            build.beginControlFlow("if (!$L.isEmpty())", missing)
                    .addStatement("throw new $T($S + $L)", IllegalStateException.class,
                            name.simpleName() + " is missing required parameters: ", missing)
                    .endControlFlow();
        }
        build.addStatement("return new $T($L)", name, String.join(", ", arguments));
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", doc.build())
                .recordConstructor(components.build())
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A builder with no parameter set.\n\n@return the builder")
                        .returns(builder).addStatement("return new Builder()").build())
                .addType(builderType.addMethod(build.build()).build())
                .build();
    }
}
