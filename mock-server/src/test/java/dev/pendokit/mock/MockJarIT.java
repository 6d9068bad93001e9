package dev.pendokit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar, as the build packaged it, carries the mock and what it runs on, and nothing of
 * the generator, the reports, Maven or the plugin: the mock depends on the stub library, not on
 * the plugin.
 */
class MockJarIT {

    private static final Path JAR = Path.of("target", "pendo-mock-server.jar");
    private static final List<String> NOT_IN_THE_MOCK = List.of("com/palantir/javapoet/", "com/github/mustachejava/",
            "org/apache/maven/", "org/codehaus/plexus/", "dev/pendokit/maven/", "dev/pendokit/drift/",
            "dev/pendokit/generator/", "pendokit-runtime/");

    @Test
    void theJarHoldsNoGeneratorReportsOrMaven() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();

            assertThat(entries).filteredOn(name -> NOT_IN_THE_MOCK.stream().anyMatch(name::startsWith)).isEmpty();
            assertThat(entries).contains("dev/pendokit/mock/Main.class", "dev/pendokit/stubs/StubGenerator.class",
                    "dev/pendokit/collection/ApiModels.class", "dev/pendokit/runtime/UrlEncoding.class",
                    "pendo-api.postman_collection.json");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.pendokit.mock.Main");
        }
    }

    /** Without them the mock still starts, reading and generating at start, half a second slower. */
    @Test
    void theJarCarriesTheBundledModelAndStubsMadeWhenItWasBuilt() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile());
                URLClassLoader classes = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                        ClassLoader.getPlatformClassLoader())) {
            assertThat(jar.stream().map(ZipEntry::getName)).contains("pendo-api.model-snapshot",
                    "pendo-api.default-stubs", "pendo-api.chosen-stubs");

            Object model = classes.loadClass("dev.pendokit.collection.snapshot.BundledSnapshot").getMethod("read")
                    .invoke(null);

            assertThat(model).as("the snapshot fits the collection the jar holds").isInstanceOfSatisfying(
                    Optional.class, read -> assertThat(read).isPresent());
        }
    }
}
