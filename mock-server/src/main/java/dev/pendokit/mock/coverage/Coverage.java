package dev.pendokit.mock.coverage;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How much of the documentation the mock's requests exercised: for each documented operation,
 * which of its documented statuses were answered and which were not. Coverage is exercised
 * (operation, documented status) pairs over all documented pairs. Statuses an operation does not
 * document, and requests that matched no documented request, are listed apart and do not count.
 *
 * @param collection the collection's name
 * @param operations every operation, in the collection's order
 * @param unmatched the requests that matched no documented request, by method, path and status
 * @param unmatchedNotListed requests that matched none beyond the {@value CoverageRecorder#UNMATCHED_KEPT}
 *     distinct ones listed
 */
public record Coverage(String collection, List<OperationCoverage> operations, List<Unmatched> unmatched,
        long unmatchedNotListed) {

    public Coverage {
        Objects.requireNonNull(collection, "collection");
        operations = List.copyOf(operations);
        unmatched = List.copyOf(unmatched);
    }

    /** The documented (operation, status) pairs. */
    public int documented() {
        return operations.stream().mapToInt(o -> o.documented().size()).sum();
    }

    /** The documented (operation, status) pairs some request was answered with. */
    public int exercised() {
        return operations.stream().mapToInt(o -> o.exercised().size()).sum();
    }

    /** {@link #exercised()} over {@link #documented()}, in percent; 100 when nothing is documented. */
    public double percent() {
        return documented() == 0 ? 100 : 100.0 * exercised() / documented();
    }

    /** The requests the mock answered and this counts: every documented operation's and the unmatched ones. */
    public long requests() {
        return Stream.concat(operations.stream().map(OperationCoverage::requests), unmatched.stream().map(Unmatched::requests))
                .mapToLong(Long::longValue).sum() + unmatchedNotListed;
    }

    /**
     * One documented operation.
     *
     * @param name where the collection has it, {@code Folder/Request}
     * @param method its HTTP method
     * @param path its path, Postman's form ({@code /api/v1/visitor/:visitorId})
     * @param documented its documented statuses, ascending
     * @param exercised the documented statuses some request was answered with, ascending
     * @param notExercised the documented statuses no request was answered with, ascending
     * @param undocumented the statuses requests were answered with that it does not document, ascending
     * @param requests how many requests it was sent
     */
    public record OperationCoverage(String name, String method, String path, List<Integer> documented,
            List<Integer> exercised, List<Integer> notExercised, List<Integer> undocumented, long requests) {

        public OperationCoverage {
            documented = List.copyOf(documented);
            exercised = List.copyOf(exercised);
            notExercised = List.copyOf(notExercised);
            undocumented = List.copyOf(undocumented);
        }

        /** {@code GET /api/v1/page}. */
        public String request() {
            return method + " " + path;
        }
    }

    /**
     * Requests that matched no documented request.
     *
     * @param method their method
     * @param path their path, without the query
     * @param status what the mock answered
     * @param requests how many
     */
    public record Unmatched(String method, String path, int status, long requests) {}
}
