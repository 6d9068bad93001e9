package dev.pendokit.pendo;

import dev.pendokit.pendo.runtime.ApiError;
import javax.annotation.processing.Generated;

/**
 * The answer was 413.
 */
@Generated("dev.pendokit.generator.ClientGenerator")
public final class PendoPayloadTooLargeException extends PendoClientErrorException {
    private static final long serialVersionUID = 1L;

    public PendoPayloadTooLargeException(ApiError error) {
        super(error);
    }
}
