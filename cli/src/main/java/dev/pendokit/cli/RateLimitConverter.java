package dev.pendokit.cli;

import dev.pendokit.mock.limit.RateLimit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 10/s}, {@code 600/min}: the mock's rate limit, read by the mock's own parser. */
final class RateLimitConverter implements ITypeConverter<RateLimit> {

    @Override
    public RateLimit convert(String value) {
        try {
            return RateLimit.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a rate limit: give " + RateLimit.FORM);
        }
    }
}
