package dev.pendokit.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An ISO-8601 duration ({@code PT10M}), refused with an example rather than the parser's own words. */
final class IsoDurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not an ISO-8601 duration; give one such as PT10M (ten"
                    + " minutes) or PT1H30M");
        }
    }
}
