package dev.pendokit.drift.report;

import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import java.util.Locale;

/** The report's verdict in one line, as the Markdown, HTML and JUnit reports state it. */
final class Verdict {

    private Verdict() {}

    /**
     * "FAILED on 2 breaking changes (pendokit.failOn=breaking)", "passed: no drift", "passed: no
     * breaking changes (pendokit.failOn=breaking)", "passed: no change fails the build
     * (pendokit.failOn=none)" or, when an accept file accepts every change, "passed: no drift beyond
     * 2 accepted changes".
     */
    static String of(DriftReport report, FailOn failOn) {
        if (report.changes().isEmpty()) {
            int accepted = report.accepted().size();
            return accepted == 0 ? "passed: no drift"
                    : "passed: no drift beyond " + accepted + " accepted change" + (accepted == 1 ? "" : "s");
        }
        long failing = report.changes().stream().filter(c -> failOn.fails(c.severity())).count();
        if (failing > 0) {
            return "FAILED on " + failing(failing, failOn);
        }
        return (failOn == FailOn.BREAKING ? "passed: no breaking changes" : "passed: no change fails the build")
                + " (pendokit.failOn=" + key(failOn) + ")";
    }

    /** "2 breaking changes (pendokit.failOn=breaking)", "1 change (pendokit.failOn=any)". */
    static String failing(long count, FailOn failOn) {
        String what = failOn == FailOn.BREAKING ? " breaking change" : " change";
        return count + what + (count == 1 ? "" : "s") + " (pendokit.failOn=" + key(failOn) + ")";
    }

    /** "breaking", "any", "none": as {@code pendokit.failOn} is written. */
    static String key(FailOn failOn) {
        return failOn.name().toLowerCase(Locale.ROOT);
    }
}
