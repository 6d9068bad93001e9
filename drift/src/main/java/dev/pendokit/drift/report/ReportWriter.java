package dev.pendokit.drift.report;

import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a drift report as the six files the {@code drift} goal leaves behind: {@code report.md}
 * (for a pull request or a job summary), {@code report.html} (to open from a CI artifact),
 * {@code report.json} (for tools; see {@code docs/drift-report.md}),
 * {@code TEST-pendokit-drift.xml} (JUnit XML, for CI test views), {@code report.sarif} (SARIF
 * 2.1.0, for code scanning) and {@code annotations.txt} (GitHub Actions workflow commands).
 *
 * <p>The same report gives the same bytes: UTF-8, {@code \n} line endings, no time, host or path.
 * Each file is written beside its target and moved over it, so a reader (a CI step collecting
 * artifacts, a browser reloading) sees the old file or the new one, never half of one.
 */
public final class ReportWriter {

    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String JUNIT = "TEST-pendokit-drift.xml";
    public static final String SARIF = "report.sarif";
    public static final String ANNOTATIONS = "annotations.txt";

    private ReportWriter() {}

    /** As {@link #write(DriftReport, FailOn, Path, String)} for a collection with no file (the bundled one). */
    public static List<Path> write(DriftReport report, FailOn failOn, Path directory) {
        return write(report, failOn, directory, "");
    }

    /**
     * Writes the six files into {@code directory}, creating it, replacing files of these names.
     *
     * @param collectionFile the checked collection's file as given, relative to the directory the
     *     check runs in (the repository's root in CI), which report.sarif and annotations.txt point
     *     at; empty when there is none
     * @return the files written: report.md, report.html, report.json, TEST-pendokit-drift.xml,
     *     report.sarif, annotations.txt
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> write(DriftReport report, FailOn failOn, Path directory, String collectionFile) {
        // Everything is rendered before anything is written: a template or a value that cannot be
        // rendered leaves the previous report whole.
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MARKDOWN, Templates.markdown(ReportView.forMarkdown(report, failOn)));
        files.put(HTML, Templates.html(ReportView.forHtml(report, failOn)));
        files.put(JSON, JsonReport.render(report, failOn));
        files.put(JUNIT, JunitReport.render(report, failOn));
        files.put(SARIF, SarifReport.render(report, collectionFile, SarifReport.toolVersion()));
        files.put(ANNOTATIONS, WorkflowAnnotations.render(report, collectionFile));
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                replace(target, file.getValue().getBytes(StandardCharsets.UTF_8));
                written.add(target);
            }
            return List.copyOf(written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the drift report to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Writes a file next to the target and moves it over the target in one step. */
    private static void replace(Path target, byte[] content) throws IOException {
        // Not Files.createTempFile: it creates the file owner-only (0600), and the report would keep
        // those permissions after the move.
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
