package dev.pendokit.generator;

import dev.pendokit.collection.model.ApiModel;
import dev.pendokit.collection.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Test helpers: generate a client for a model, write it out, compile it with javac in-process. */
public final class Generation {

    private Generation() {}

    static List<GeneratedFile> generate(ApiModel model) {
        return ClientGenerator.generate(model, GeneratorOptions.defaultsFor(model.name()));
    }

    public static void write(List<GeneratedFile> files, Path directory) {
        try {
            for (GeneratedFile file : files) {
                file.writeInto(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the sources under {@code sources} into {@code classes} against this JVM's class
     * path (which has Jackson) and returns javac's errors and warnings; an empty list means clean.
     * Every lint is on ({@code -Xlint:all -Werror}); annotation processing is off, since the
     * processors on this class path (JMH's) are not the generated code's and would only make
     * javac warn that none claims {@code @Generated}.
     */
    public static List<String> compile(Path sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
             var walk = Files.walk(sources)) {
            List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).toList();
            Files.createDirectories(classes);
            List<String> options = List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "--release", "17", "-proc:none", "-Xlint:all",
                    "-Werror");
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(java)).call();
            return problems(diagnostics, ok, "javac");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs javadoc on the sources under {@code sources}, every doclint group on
     * ({@code -Xdoclint:all}), and returns its errors and warnings; an empty list means clean.
     */
    static List<String> javadoc(Path sources, Path output) {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, null);
             var walk = Files.walk(sources)) {
            List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).toList();
            Files.createDirectories(output);
            List<String> options = List.of("-d", output.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "17", "-Xdoclint:all", "-quiet", "-Xmaxwarns", "10000");
            boolean ok = javadoc.getTask(null, files, diagnostics, null, options,
                    files.getJavaFileObjectsFromPaths(java)).call();
            return problems(diagnostics, ok, "javadoc");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tool's errors and warnings, one line each with file and line; a failure without any is one too. */
    private static List<String> problems(DiagnosticCollector<JavaFileObject> diagnostics, boolean ok, String tool) {
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE) {
                problems.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":"
                        + d.getLineNumber()) + " " + d.getMessage(Locale.ROOT));
            }
        }
        if (!ok && problems.isEmpty()) {
            problems.add(tool + " failed without a diagnostic");
        }
        return problems;
    }
}
