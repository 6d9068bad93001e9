package dev.pendokit.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * The {@code @Generated} every generated class carries: the generator's name and nothing that
 * changes between runs (no date), so unchanged inputs give byte-identical files.
 */
final class Generated {

    static final String GENERATOR = "dev.pendokit.generator.ClientGenerator";

    static final AnnotationSpec ANNOTATION = AnnotationSpec
            .builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GENERATOR)
            .build();

    private Generated() {}
}
