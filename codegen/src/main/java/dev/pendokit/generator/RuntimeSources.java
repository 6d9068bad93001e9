package dev.pendokit.generator;

import dev.pendokit.collection.output.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The runtime every generated client carries (transport, retries, row streaming), copied from
 * the sources that the pendokit-runtime module compiles, tests and ships in its jar, into the
 * client's {@code .runtime} package. Generated code thus needs only the JDK and Jackson.
 */
final class RuntimeSources {

    static final String PACKAGE = "dev.pendokit.runtime";

    /** Every file of the runtime; RuntimeSourcesTest checks this against the source folder. */
    static final List<String> FILES = List.of("ApiError.java", "Authentication.java", "BodyExcerpt.java", "BodyStart.java",
            "Call.java", "Credentials.java", "DecodeError.java", "ErrorFactory.java", "Forms.java", "JsonErrorText.java",
            "NothingAnswered.java", "ReadFailures.java", "Readers.java", "ResponseReader.java", "RetryAfter.java",
            "RetryPolicy.java", "RowStream.java", "SecretMask.java", "StatusPhrases.java", "Transport.java",
            "UrlEncoding.java");

    /** The Pendo aggregation builder, copied only into clients of Pendo's aggregation API (PendoAggregationApi). */
    static final String AGGREGATION_PACKAGE = PACKAGE + ".aggregation";
    static final List<String> AGGREGATION_FILES = List.of("Aggregation.java", "Aggregator.java", "Paging.java",
            "Source.java", "TimeSeries.java");

    private RuntimeSources() {}

    /** The runtime's files for {@code runtimePackage}, as (file name, source) pairs. */
    static List<GeneratedFile> copyInto(String runtimePackage) {
        String directory = runtimePackage.replace('.', '/');
        return FILES.stream().map(file -> new GeneratedFile(directory + "/" + file,
                read(file).replace("package " + PACKAGE + ";", "package " + runtimePackage + ";")
                        .getBytes(StandardCharsets.UTF_8))).toList();
    }

    /** The aggregation builder's files for {@code aggregationPackage}, using the runtime in {@code runtimePackage}. */
    static List<GeneratedFile> copyAggregation(String aggregationPackage, String runtimePackage) {
        String directory = aggregationPackage.replace('.', '/');
        return AGGREGATION_FILES.stream().map(file -> new GeneratedFile(directory + "/" + file,
                read(AGGREGATION_PACKAGE, file)
                        .replace("package " + AGGREGATION_PACKAGE + ";", "package " + aggregationPackage + ";")
                        .replace("import " + PACKAGE + ".", "import " + runtimePackage + ".")
                        .getBytes(StandardCharsets.UTF_8))).toList();
    }

    private static String read(String file) {
        return read(PACKAGE, file);
    }

    private static String read(String sourcePackage, String file) {
        String resource = "pendokit-runtime/" + sourcePackage.replace('.', '/') + "/" + file;
        try (InputStream in = RuntimeSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the pendokit-runtime jar on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
