package dev.pendokit.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A size in bytes, or in binary kilo-, mega- or gigabytes ({@code 1048576}, {@code 1024KB},
 * {@code 1MB}): what the mock server's jar takes for {@code --max-body-size}, read the same way.
 */
final class ByteSizeConverter implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(B|KB|MB|GB)?");

    @Override
    public Long convert(String value) {
        Matcher size = SIZE.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!size.matches()) {
            throw new TypeConversionException("'" + value + "' is not a size: give bytes, or a number with KB, MB or GB"
                    + " (10MB, 512KB, 1048576)");
        }
        long unit = switch (size.group(2) == null ? "B" : size.group(2)) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(size.group(1)) * unit;
    }
}
