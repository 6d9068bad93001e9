package dev.pendokit.drift.live;

/**
 * The live check cannot go on: the time budget ran out, the API asked to wait past it, or the
 * thread was interrupted. The message says which, as a clause ("the time budget of 10 min ran
 * out"), and goes into the report of every operation left unchecked.
 */
final class RunStopped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String forTheRest;

    RunStopped(String reason) {
        this(reason, reason);
    }

    /**
     * @param reason why the operation under way was not checked
     * @param forTheRest why the operations after it were not ("the time budget ran out" for all of
     *     them, where only the one under way was waiting for an answer)
     */
    RunStopped(String reason, String forTheRest) {
        // No stack trace: this is how a run ends, not a fault to debug.
        super(reason, null, false, false);
        this.forTheRest = forTheRest;
    }

    String forTheRest() {
        return forTheRest;
    }
}
