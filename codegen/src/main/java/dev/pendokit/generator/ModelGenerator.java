package dev.pendokit.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pendokit.collection.model.Field;
import dev.pendokit.collection.model.ObjectShape;
import dev.pendokit.collection.naming.UniqueNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * One record per object shape: a component per documented field with its JSON name, unknown
 * fields kept in {@code additionalProperties} (Pendo adds fields over time), unmodifiable
 * collections, and a builder that reports every missing required field at once.
 *
 * <p>The canonical constructor wraps collections as unmodifiable without copying them: Jackson
 * hands it fresh ones for every row of a stream, and copying them cost a fifth of the row rate.
 * The builder copies, so a record built with it never shares a collection with its caller.
 */
final class ModelGenerator {

    private static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    private static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    private static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
    private static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
    private static final TypeName EXTRA = ParameterizedTypeName.get(TypeMapper.MAP, TypeMapper.STRING,
            ClassName.OBJECT);

    private final Packages packages;
    private final TypeMapper types;

    ModelGenerator(Packages packages, TypeMapper types) {
        this.packages = packages;
        this.types = types;
    }

    Stream<JavaFile> generate(List<ObjectShape> shapes) {
        return shapes.stream().map(shape -> JavaFile.builder(packages.model(), record(shape))
                .skipJavaLangImports(true).indent("    ").build());
    }

    private TypeSpec record(ObjectShape shape) {
        ClassName name = packages.model(shape.name());
        String extra = extraName(shape);
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        String builderMethod = freeMethodName(shape, "builder", "newBuilder");
        CodeBlock.Builder javadoc = CodeBlock.builder().add("$L\n", description(shape));
        // The canonical constructor needs its own tags: javadoc does not take the record's.
        CodeBlock.Builder params = CodeBlock.builder();
        for (Field field : shape.fields()) {
            components.addParameter(ParameterSpec.builder(types.field(field), field.javaName())
                    .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", field.name()).build())
                    .build());
            params.add("\n@param $L $L", field.javaName(), fieldDoc(field));
            copyCollection(compact, field);
        }
        components.addParameter(ParameterSpec.builder(EXTRA, extra)
                .addAnnotation(JSON_ANY_SETTER).addAnnotation(JSON_ANY_GETTER).build());
        params.add("\n@param $L fields the documentation does not list, kept as they came", extra);
        javadoc.add(params.build());
        compact.addStatement("$1L = $1L == null ? $2T.of() : $3T.unmodifiableMap($1L)", extra,
                TypeMapper.MAP, Collections.class);
        return TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Generated.ANNOTATION)
                .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE)
                        .addMember("value", "$T.Include.NON_NULL", JSON_INCLUDE).build())
                .addJavadoc("$L", javadoc.build())
                .recordConstructor(components.build())
                .addMethod(compact.addJavadoc("Wraps the collections it is given as unmodifiable, without copying them"
                        + " (Jackson hands over fresh ones); {@link #$L()} copies.\n$L", builderMethod, params.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder(builderMethod)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A builder of {@code $L}, with no field set.\n\n@return the builder", name.simpleName())
                        .returns(name.nestedClass("Builder")).addStatement("return new Builder()").build())
                .addMethod(MethodSpec.methodBuilder(freeMethodName(shape, "toBuilder", "copyToBuilder"))
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A builder with this record's fields, to make a changed copy.\n\n@return the builder")
                        .returns(name.nestedClass("Builder")).addStatement("return new Builder().from(this)").build())
                .addType(builder(shape, name, extra))
                .build();
    }

    /** Lists and maps become unmodifiable; null stays null (the field was absent). */
    private void copyCollection(MethodSpec.Builder compact, Field field) {
        TypeName type = types.field(field);
        if (type instanceof ParameterizedTypeName generic && generic.rawType().equals(TypeMapper.LIST)) {
            compact.addStatement("$1L = $1L == null ? null : $2T.unmodifiableList($1L)", field.javaName(),
                    Collections.class);
        } else if (type instanceof ParameterizedTypeName generic && generic.rawType().equals(TypeMapper.MAP)) {
            compact.addStatement("$1L = $1L == null ? null : $2T.unmodifiableMap($1L)", field.javaName(),
                    Collections.class);
        }
    }

    /** The builder's copy of a collection field: what it passes to the constructor. */
    private CodeBlock copied(Field field) {
        TypeName type = types.type(field.shape());
        if (type instanceof ParameterizedTypeName generic && generic.rawType().equals(TypeMapper.LIST)) {
            return CodeBlock.of("$1L == null ? null : new $2T<>($1L)", field.javaName(), ArrayList.class);
        }
        if (type instanceof ParameterizedTypeName generic && generic.rawType().equals(TypeMapper.MAP)) {
            return CodeBlock.of("$1L == null ? null : new $2T<>($1L)", field.javaName(), LinkedHashMap.class);
        }
        return CodeBlock.of("$L", field.javaName());
    }

    private TypeSpec builder(ObjectShape shape, ClassName record, String extra) {
        ClassName builder = record.nestedClass("Builder");
        boolean required = shape.fields().stream().anyMatch(Field::required);
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(required ? "Builds a {@link $T}; {@link #build()} names every required field that is missing."
                        : "Builds a {@link $T}; every field is optional.", record)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder from = MethodSpec.methodBuilder("from").addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("Sets every field as {@code other} has it.\n\n@param other the record to copy\n"
                        + "@return this builder")
                .addParameter(record, "other");
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(record);
        List<CodeBlock> arguments = new ArrayList<>();
        List<Field> requiredFields = new ArrayList<>();
        for (Field field : shape.fields()) {
            TypeName boxed = types.type(field.shape());
            type.addField(FieldSpec.builder(boxed, field.javaName(), Modifier.PRIVATE).build());
            type.addMethod(MethodSpec.methodBuilder(field.javaName()).addModifiers(Modifier.PUBLIC).returns(builder)
                    .addJavadoc("$L\n\n@param $L the value, or null to leave it out\n@return this builder",
                            fieldDoc(field), field.javaName())
                    .addParameter(boxed, field.javaName())
                    .addStatement("this.$1L = $1L", field.javaName()).addStatement("return this").build());
            from.addStatement("this.$1L = other.$1L()", field.javaName());
            if (field.required()) {
                requiredFields.add(field);
            }
            arguments.add(copied(field));
        }
        arguments.add(CodeBlock.of("new $T<>($L)", LinkedHashMap.class, extra));
        type.addField(FieldSpec.builder(EXTRA, extra, Modifier.PRIVATE)
                .initializer("new $T<>()", LinkedHashMap.class).build());
        type.addMethod(MethodSpec.methodBuilder(extra).addModifiers(Modifier.PUBLIC).returns(builder)
                .addJavadoc("Fields beyond the documented ones, sent as they are.\n\n@param $L the fields by JSON name\n"
                        + "@return this builder", extra)
                .addParameter(EXTRA, extra)
                .addStatement("this.$1L = new $2T<>($1L)", extra, LinkedHashMap.class).addStatement("return this")
                .build());
        from.addStatement("this.$1L = new $2T<>(other.$1L())", extra, LinkedHashMap.class).addStatement("return this");
        if (required) {
            // A field called missing would be hidden by the list.
            String missing = fieldNames(shape).claim("missing");
            build.addJavadoc("The record, its collections copied.\n\n@return the record\n"
                            + "@throws IllegalStateException naming every required field that is not set")
                    .addStatement("$T<$T> $L = new $T<>()", List.class, String.class, missing, ArrayList.class);
            for (Field field : requiredFields) {
                build.beginControlFlow("if ($L == null)", field.javaName())
                        .addStatement("$L.add($S)", missing, field.name()).endControlFlow();
            }
            build.beginControlFlow("if (!$L.isEmpty())", missing)
                    .addStatement("throw new $T($S + $L)", IllegalStateException.class,
                            record.simpleName() + " is missing required fields: ", missing)
                    .endControlFlow();
        } else {
            build.addJavadoc("The record, its collections copied.\n\n@return the record");
        }
        build.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",$W"));
        return type.addMethod(from.build()).addMethod(build.build()).build();
    }

    private static String description(ObjectShape shape) {
        String prose = Javadocs.prose(shape.description());
        String source = switch (shape.origin()) {
            case DOCUMENTED -> "Documented in the collection as \"" + Javadocs.line(shape.title()) + "\".";
            case EXAMPLE -> "Inferred from the collection's examples (" + Javadocs.line(shape.title()) + ").";
            case ENVELOPE -> "The wrapper of " + Javadocs.line(shape.title()) + ".";
        };
        return prose.isEmpty() ? source : prose + "\n\n<p>" + source;
    }

    private static String fieldDoc(Field field) {
        String text = Javadocs.line(field.description());
        return text.isEmpty() ? "JSON field {@code " + Javadocs.escape(field.name()) + "}" : text;
    }

    /** {@code additionalProperties}, or another free name if a documented field took it. */
    private static String extraName(ObjectShape shape) {
        return fieldNames(shape).claim("additionalProperties");
    }

    /** {@code builder}/{@code toBuilder}, unless a field's accessor has the name. */
    private static String freeMethodName(ObjectShape shape, String wanted, String otherwise) {
        return fieldNames(shape).claimExactly(wanted) ? wanted : otherwise;
    }

    private static UniqueNames fieldNames(ObjectShape shape) {
        UniqueNames names = new UniqueNames();
        shape.fields().forEach(f -> names.claimExactly(f.javaName()));
        return names;
    }
}
