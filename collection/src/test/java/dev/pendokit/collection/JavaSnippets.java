package dev.pendokit.collection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Java code blocks of a Markdown file, compiled against the test class path: README snippets that cannot drift. */
public final class JavaSnippets {

    private JavaSnippets() {}

    /** The bodies of the ```java blocks between {@code heading} and the next {@code ## } heading. */
    public static List<String> javaBlocks(String markdown, String heading) {
        String section = markdown.substring(markdown.indexOf(heading));
        int next = section.indexOf("\n## ", heading.length());
        section = next < 0 ? section : section.substring(0, next);
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while ((at = section.indexOf("```java\n", at)) >= 0) {
            int end = section.indexOf("```", at + 8);
            blocks.add(section.substring(at + 8, end));
            at = end + 3;
        }
        return blocks;
    }

    /** Compiles one source file against the test class path; the errors, or none. */
    public static List<String> compile(Path file, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            javac.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path")), null, files.getJavaFileObjects(file)).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
