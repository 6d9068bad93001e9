package dev.pendokit.generator;

import com.palantir.javapoet.ClassName;

/** Where each kind of generated class lives, from the one package the user chose. */
record Packages(String base) {

    String api() {
        return base + ".api";
    }

    String model() {
        return base + ".model";
    }

    String runtime() {
        return base + ".runtime";
    }

    ClassName runtime(String simpleName) {
        return ClassName.get(runtime(), simpleName);
    }

    ClassName model(String simpleName) {
        return ClassName.get(model(), simpleName);
    }

    ClassName root(String simpleName) {
        return ClassName.get(base, simpleName);
    }
}
