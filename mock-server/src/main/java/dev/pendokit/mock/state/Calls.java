package dev.pendokit.mock.state;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Optional;

/**
 * The documented calls of one area (metadata, segments, ...) that the state answers. Called with
 * the state's lock held, so an answer sees and leaves the state whole.
 */
interface Calls {

    /** The answer, or empty when the call is not one of this area's, or is left to the stubs. */
    Optional<ResponseDefinition> answer(Call call, MockState state);
}
