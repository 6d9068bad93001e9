package dev.pendokit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;


import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.pendokit.contract.Contracts.Contract;
import dev.pendokit.pendo.PendoClient;
import dev.pendokit.pendo.PendoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated Pendo client as Pact consumer of "Pendo API": one interaction per operation for
 * its documented success, and one per documented 400, 401, 404, 429 and 500, all made from the
 * collection ({@link Contracts}). Each test runs the real client method of every interaction
 * against Pact's mock server, which fails the test if a request differs from the contract or is
 * never sent. The pact file goes to {@code target/pacts}.
 *
 * <p>Each status has a pact method of its own, served by a mock server of its own: the same
 * request has one answer per status, and a Pact mock server can hold only one of them.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contracts.PROVIDER, pactVersion = PactSpecVersion.V4)
class PendoClientPactTest {

    private static final Set<String> COVERED = new TreeSet<>();
    private static final List<Contract> RUN = new ArrayList<>();

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact successes(PactDslWithProvider builder) {
        return Interactions.pact(builder, Contracts.successes());
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact badRequests(PactDslWithProvider builder) {
        return Interactions.pact(builder, Contracts.errors(400));
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact unauthorized(PactDslWithProvider builder) {
        return Interactions.pact(builder, Contracts.errors(401));
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact notFound(PactDslWithProvider builder) {
        return Interactions.pact(builder, Contracts.errors(404));
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact tooManyRequests(PactDslWithProvider builder) {
        return Interactions.pact(builder, Contracts.errors(429));
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact serverErrors(PactDslWithProvider builder) {
        return Interactions.pact(builder, Contracts.errors(500));
    }

    @Test
    @PactTestFor(pactMethod = "successes")
    void everyOperationDecodesItsDocumentedSuccess(MockServer server) throws Exception {
        PendoClient client = ClientCalls.client(server.getUrl());
        List<String> failures = new ArrayList<>();
        for (Contract contract : Contracts.successes()) {
            try {
                ClientCalls.call(client, contract.operation());
                done(contract);
            } catch (RuntimeException e) {
                failures.add(contract.description() + ": " + describe(e));
            }
        }
        assertThat(failures).as("calls that did not succeed").isEmpty();
    }

    @Test
    @PactTestFor(pactMethod = "badRequests")
    void aBadRequestIsAPendoBadRequestException(MockServer server) throws Exception {
        assertEveryCallThrows(server, Contracts.errors(400));
    }

    @Test
    @PactTestFor(pactMethod = "unauthorized")
    void aKeyThatIsNotValidIsAPendoUnauthorizedException(MockServer server) throws Exception {
        assertEveryCallThrows(server, Contracts.errors(401));
    }

    @Test
    @PactTestFor(pactMethod = "notFound")
    void somethingMissingIsAPendoNotFoundException(MockServer server) throws Exception {
        assertEveryCallThrows(server, Contracts.errors(404));
    }

    @Test
    @PactTestFor(pactMethod = "tooManyRequests")
    void aRateLimitIsAPendoTooManyRequestsException(MockServer server) throws Exception {
        assertEveryCallThrows(server, Contracts.errors(429));
    }

    @Test
    @PactTestFor(pactMethod = "serverErrors")
    void anInternalErrorIsAPendoInternalServerErrorException(MockServer server) throws Exception {
        assertEveryCallThrows(server, Contracts.errors(500));
    }

    @AfterAll
    static void everyOperationHasAContract() {
        long errors = RUN.stream().filter(c -> !c.response().isSuccess()).count();
        System.out.printf("Pact contracts: %d of %d operations covered (%d success and %d error interactions)%n",
                COVERED.size(), Contracts.operationCount(), RUN.size() - errors, errors);
        assertThat(COVERED).hasSize(Contracts.operationCount());
    }

    private static void assertEveryCallThrows(MockServer server, List<Contract> contracts) throws Exception {
        assertThat(contracts).isNotEmpty();
        PendoClient client = ClientCalls.client(server.getUrl());
        List<String> failures = new ArrayList<>();
        String expected = ErrorTypes.of(contracts.get(0).status());
        for (Contract contract : contracts) {
            Throwable thrown = catchThrowable(() -> ClientCalls.call(client, contract.operation()));
            if (thrown != null && thrown.getClass().getSimpleName().equals(expected)
                    && ((PendoException) thrown).status() == contract.status()) {
                done(contract);
            } else {
                failures.add(contract.description() + ": expected a " + expected + ", got "
                        + (thrown == null ? "an answer" : describe(thrown)));
            }
        }
        assertThat(failures).as("calls that did not throw the documented exception").isEmpty();
    }

    /** What went wrong, with what Pact's mock server said of the request when it did not match. */
    private static String describe(Throwable e) {
        return e instanceof PendoException error ? error.getClass().getSimpleName() + " " + error.status() + ": "
                + error.bodyExcerpt() : e.toString();
    }

    private static synchronized void done(Contract contract) {
        RUN.add(contract);
        COVERED.add(Contracts.name(contract.operation()));
    }

    /** The exception the client documents for each status that has contracts. */
    private static final class ErrorTypes {
        static String of(int status) {
            return switch (status) {
                case 400 -> "PendoBadRequestException";
                case 401 -> "PendoUnauthorizedException";
                case 404 -> "PendoNotFoundException";
                case 429 -> "PendoTooManyRequestsException";
                case 500 -> "PendoInternalServerErrorException";
                default -> throw new IllegalArgumentException("no contract for status " + status);
            };
        }
    }
}
