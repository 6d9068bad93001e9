package dev.pendokit.mock;

import dev.pendokit.mock.limit.RateLimit;
import dev.pendokit.mock.proxy.Upstream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mock server's command line. Refuses what it does not know, naming it. */
record Options(int port, Path collection, String integrationKey, Path exportStubs, int aggregationRows, long maxBodySize,
        boolean stateful, RateLimit rateLimit, Path coverageReport, URI proxyTo, Path record, boolean help) {

    static final int DEFAULT_PORT = 8080;

    /** A size in bytes, or in binary kilo-, mega- or gigabytes: 1048576, 1024KB, 1MB. */
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(B|KB|MB|GB)?");

    /** @throws IllegalArgumentException with a message naming the argument at fault */
    static Options parse(String... args) {
        int port = DEFAULT_PORT;
        Path collection = null;
        String key = null;
        Path export = null;
        int aggregationRows = 0;
        long maxBodySize = PendoMock.DEFAULT_MAX_BODY_SIZE;
        boolean stateful = false;
        RateLimit rateLimit = null;
        Path coverageReport = null;
        URI proxyTo = null;
        Path record = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=") && arg.startsWith("--");
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--stateful" -> stateful = true;
                case "--port", "--collection", "--integration-key", "--export-stubs", "--aggregation-rows",
                        "--max-body-size", "--rate-limit", "--coverage-report", "--proxy-to", "--record" -> {
                    String value;
                    if (inline) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--port" -> port = port(value);
                        case "--collection" -> collection = collection(value);
                        case "--integration-key" -> key = value;
                        case "--aggregation-rows" -> aggregationRows = aggregationRows(value);
                        case "--max-body-size" -> maxBodySize = maxBodySize(value);
                        case "--rate-limit" -> rateLimit = rateLimit(value);
                        case "--coverage-report" -> coverageReport = Path.of(value);
                        case "--proxy-to" -> proxyTo = Upstream.parse("--proxy-to", value);
                        case "--record" -> record = Path.of(value);
                        default -> export = Path.of(value);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown option " + (name.equals(arg) ? arg : name)
                        + "; the options are --port, --collection, --integration-key, --aggregation-rows, --max-body-size,"
                        + " --stateful, --rate-limit, --coverage-report, --proxy-to, --record, --export-stubs and --help");
            }
        }
        if (record != null && proxyTo == null) {
            throw new IllegalArgumentException("--record needs --proxy-to URL: it writes what the upstream answers");
        }
        return new Options(port, collection, key, export, aggregationRows, maxBodySize, stateful, rateLimit, coverageReport,
                proxyTo, record, help);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port takes a number from 0 (any free port) to 65535, not '" + value + "'");
    }

    private static int aggregationRows(String value) {
        try {
            int rows = Integer.parseInt(value);
            if (rows >= 0) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--aggregation-rows takes a number of rows per source, 0 (off) or more, not '"
                + value + "'");
    }

    private static long maxBodySize(String value) {
        Matcher size = SIZE.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (size.matches()) {
            long unit = switch (size.group(2) == null ? "B" : size.group(2)) {
                case "KB" -> 1024L;
                case "MB" -> 1024L * 1024;
                case "GB" -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            long bytes = Long.parseLong(size.group(1)) * unit;
            if (bytes >= 1 && bytes <= PendoMock.LARGEST_MAX_BODY_SIZE) {
                return bytes;
            }
        }
        throw new IllegalArgumentException("--max-body-size takes a size from 1 byte to 1GB, in bytes or with KB, MB or GB"
                + " (10MB, 512KB, 1048576), not '" + value + "'");
    }

    private static RateLimit rateLimit(String value) {
        try {
            return RateLimit.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rate-limit takes " + RateLimit.FORM + ", not '" + value + "'", e);
        }
    }

    private static Path collection(String value) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("--collection " + value + ": no such file");
        }
        return path;
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "Options[port=" + port + ", collection=" + collection + ", integrationKey=" + (integrationKey == null ? "unset" : "****")
                + ", exportStubs=" + exportStubs + ", aggregationRows=" + aggregationRows + ", maxBodySize=" + maxBodySize
                + ", stateful=" + stateful + ", rateLimit=" + rateLimit + ", coverageReport=" + coverageReport
                + ", proxyTo=" + proxyTo + ", record=" + record + ", help=" + help + "]";
    }
}
