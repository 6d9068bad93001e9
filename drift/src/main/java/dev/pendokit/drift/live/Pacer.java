package dev.pendokit.drift.live;

import java.time.Duration;
import java.util.Locale;

/**
 * Spaces the starts of requests so that a run never sends more than the configured rate, waits
 * longer when the API asks for it ({@code Retry-After}), and stops everything at the end of the
 * time budget. Every request of a run, discovery included, goes through one pacer.
 *
 * <p>The first request starts at once; the n-th no earlier than {@code (n - 1) / rate} seconds
 * after it. Slots are given out in order, so the rate holds even if requests ever overlapped.
 */
final class Pacer {

    private final long intervalNanos;
    private final long deadline;
    private final Duration budget;
    private long next;

    Pacer(double requestsPerSecond, Duration budget) {
        this.intervalNanos = Math.max(1, Math.round(1_000_000_000d / requestsPerSecond));
        this.budget = budget;
        long start = System.nanoTime();
        this.next = start;
        this.deadline = start + saturatedNanos(budget);
    }

    /**
     * Waits for the next slot.
     *
     * @throws RunStopped when the slot would start after the budget ran out, or on interruption
     */
    void acquire() {
        long slot;
        synchronized (this) {
            slot = Math.max(System.nanoTime(), next);
            if (slot - deadline >= 0) {
                throw new RunStopped(budgetRanOut());
            }
            next = slot + intervalNanos;
        }
        sleepUntil(slot);
    }

    /** No request starts before {@code delay} has passed (the API asked to wait). */
    synchronized void hold(Duration delay) {
        next = Math.max(next, System.nanoTime() + saturatedNanos(delay));
    }

    /** What is left of the budget, zero once it ran out. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    boolean expired() {
        return deadline - System.nanoTime() <= 0;
    }

    String budgetRanOut() {
        return "the time budget of " + budgetText() + " ran out";
    }

    String budgetText() {
        return text(budget);
    }

    private static void sleepUntil(long slot) {
        try {
            for (long wait = slot - System.nanoTime(); wait > 0; wait = slot - System.nanoTime()) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStopped("the run was interrupted");
        }
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /** {@code 1.5 s}, {@code 10 min}, {@code 2 min 30 s}: durations as a report says them. */
    static String text(Duration duration) {
        if (duration.compareTo(Duration.ofMinutes(1)) < 0) {
            double seconds = duration.toMillis() / 1000d;
            return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds)
                    : String.format(Locale.ROOT, "%.1f", seconds)) + " s";
        }
        long minutes = duration.toMinutes();
        long seconds = duration.minusMinutes(minutes).getSeconds();
        return minutes + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }
}
