package dev.pendokit.mock.coverage;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a coverage report as {@code NAME.json} and {@code NAME.md} into a folder, which it creates. */
public final class CoverageReport {

    private CoverageReport() {}

    /**
     * @return the two files written, JSON first
     * @throws UncheckedIOException naming the folder when it cannot be written
     */
    public static List<Path> write(Coverage coverage, Path folder, String name) {
        Path json = folder.resolve(name + ".json");
        Path markdown = folder.resolve(name + ".md");
        try {
            Files.createDirectories(folder);
            Files.writeString(json, CoverageJson.write(coverage), StandardCharsets.UTF_8);
            Files.writeString(markdown, CoverageMarkdown.write(coverage), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The coverage report could not be written to " + folder + ": " + e, e);
        }
        return List.of(json, markdown);
    }

    /** {@code 33.3}, {@code 50}: a percentage to one decimal, rounded half up, without a trailing {@code .0}. */
    public static String percentText(double percent) {
        BigDecimal rounded = BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    public static String percentText(Coverage coverage) {
        return percentText(coverage.percent());
    }

    /**
     * What was not exercised, tersely, for a failure message: {@code Page/Return List of All Pages
     * (400, 401)}, at most {@code limit} operations, then how many more.
     */
    public static String notExercised(Coverage coverage, int limit) {
        List<Coverage.OperationCoverage> missing = coverage.operations().stream()
                .filter(o -> !o.notExercised().isEmpty()).toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(limit, missing.size()); i++) {
            Coverage.OperationCoverage operation = missing.get(i);
            out.append(i == 0 ? "" : "; ").append(operation.name()).append(" (")
                    .append(String.join(", ", operation.notExercised().stream().map(String::valueOf).toList())).append(')');
        }
        if (missing.size() > limit) {
            out.append("; and ").append(missing.size() - limit).append(" more operations");
        }
        return out.toString();
    }
}
