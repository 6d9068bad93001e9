package dev.pendokit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * openapi-generator, the most used generator of OpenAPI clients, takes the Pendo document and
 * every corpus document: it validates each (its spec validation is on: an error stops it),
 * writes a Java client (generator {@code java}, library {@code native}: the JDK's HTTP client and
 * Jackson), and javac compiles that client.
 *
 * <p>The generator runs as a process of its own, all documents in one {@code batch}, from the
 * jar the build copies into {@code target/openapi-generator}: it brings its own Jackson and
 * Swagger parser. The client compiles against this module's test class path, which holds what
 * the client's generated pom names (Jackson with JSR-310, jackson-databind-nullable,
 * jakarta.annotation-api, jsr305).
 */
class OpenApiGeneratorTest {

    private static final Path WORK = Path.of("target", "openapi-generator").toAbsolutePath();
    private static final Path CLI = WORK.resolve("openapi-generator-cli.jar");
    private static final int TIMEOUT_SECONDS = 300;

    private static final List<String> NAMES = new ArrayList<>();
    private static final Pattern GENERIC_CLASS_LITERAL = Pattern.compile("\\bList<\\w+>\\.class");
    private static final Pattern GENERIC_GETTER = Pattern.compile("\\bgetList<\\w+>\\(");

    @BeforeAll
    static void generateEveryClientOnce() throws Exception {
        if (!Files.isRegularFile(CLI)) {
            fail(CLI + " is missing: the build copies it in generate-test-resources (run the module's build"
                    + " without -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", CLI.toString(), "batch", "--fail-fast", "--threads", "2"));
        Documents.all().forEach((name, document) -> {
            Path dir = WORK.resolve(name);
            try {
                deleteRecursively(dir.resolve("client"));
                Files.createDirectories(dir);
                Files.write(dir.resolve(OpenApiDocument.JSON_FILE), document.json());
                Path config = dir.resolve("generator.yaml");
                Files.writeString(config, String.join("\n",
                        "generatorName: java",
                        "library: native",
                        "inputSpec: " + quoted(dir.resolve(OpenApiDocument.JSON_FILE)),
                        "outputDir: " + quoted(dir.resolve("client")),
                        "validateSpec: true",
                        // A schema only form bodies use is a model too: the API class imports it
                        // when the call has another media type (Postman Echo's POST /post).
                        "globalProperties:",
                        "  skipFormModel: \"false\"",
                        "additionalProperties:",
                        "  hideGenerationTimestamp: true",
                        "  useJakartaEe: true",
                        ""));
                command.add(config.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            NAMES.add(name);
        });
        Path output = WORK.resolve("generator-output.txt");
        Process generator = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            if (!generator.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("openapi-generator did not finish within " + TIMEOUT_SECONDS + " s:\n" + NodeTools.tail(output));
            }
        } finally {
            generator.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output);
        List<String> warnings = lines.stream().filter(l -> l.contains(" WARN ")).toList();
        System.out.printf("openapi-generator: exit code %d, %d warnings (%s)%n", generator.exitValue(),
                warnings.size(), output);
        warnings.stream().distinct().forEach(w -> System.out.println("  " + w));
        assertThat(generator.exitValue()).as("openapi-generator's exit code; its output:\n%s", NodeTools.tail(output))
                .isZero();
    }

    static Stream<String> documents() {
        return NAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theGeneratedJavaClientCompiles(String name) throws IOException {
        Path client = WORK.resolve(name).resolve("client");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(client.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("the client's sources in %s", client).isNotEmpty();
        List<String> patched = mendKnownGeneratorBug(sources);
        Path classes = client.resolve("target/classes");
        Files.createDirectories(classes);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8");
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
        System.out.printf("openapi-generator %s: %d sources, %d compile errors, %d patched for its bug #17745 %s%n",
                name, sources.size(), errors.size(), patched.size(), patched);
        assertThat(errors).as("javac's errors on the Java client of the %s document (%s)", name, client).isEmpty();
    }

    /**
     * Mends what openapi-generator writes for an {@code anyOf} with an array among its schemas:
     * {@code List<Item>.class} and a getter named {@code getList<Item>}, which are no Java
     * (OpenAPITools/openapi-generator#17745, open). Postman Echo's {@code PUT /put} bodies, an array
     * and an object, give one; the document is right. Mended, the file and all the others must
     * compile. Gives the files mended.
     */
    private static List<String> mendKnownGeneratorBug(List<Path> sources) throws IOException {
        List<String> mended = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source);
            String mendedText = GENERIC_GETTER.matcher(GENERIC_CLASS_LITERAL.matcher(text).replaceAll("List.class"))
                    .replaceAll("getList(");
            if (!mendedText.equals(text)) {
                Files.writeString(source, mendedText);
                mended.add(source.getFileName().toString());
            }
        }
        return mended;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A YAML double-quoted scalar: Windows paths hold backslashes. */
    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
