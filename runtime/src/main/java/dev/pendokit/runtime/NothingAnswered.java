package dev.pendokit.runtime;

import java.io.IOException;

/**
 * The answer held no element where the method returns one ({@link Readers#first}): the API says
 * "none" with an empty list rather than 404, and the client reports it as the 404 it means.
 */
final class NothingAnswered extends IOException {

    private static final long serialVersionUID = 1L;

    NothingAnswered(String thing) {
        super("the answer holds no " + thing + " (an empty list)", null);
    }
}
