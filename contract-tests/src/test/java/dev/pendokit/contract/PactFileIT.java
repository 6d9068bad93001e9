package dev.pendokit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The pact file the consumer tests wrote: where the provider side and a Pact broker expect it, in
 * the V4 format, and without the key the client sent (the placeholder stands in its place).
 */
class PactFileIT {

    private static final Path PACT = Path.of("target", "pacts", Contracts.CONSUMER + "-" + Contracts.PROVIDER + ".json");

    @Test
    void holdsEveryContractInV4WithoutTheKeyTheClientSent() throws Exception {
        String text = Files.readString(PACT, StandardCharsets.UTF_8);
        JsonNode pact = new ObjectMapper().readTree(text);

        assertThat(pact.at("/metadata/pactSpecification/version").asText()).isEqualTo("4.0");
        assertThat(pact.at("/consumer/name").asText()).isEqualTo(Contracts.CONSUMER);
        assertThat(pact.at("/provider/name").asText()).isEqualTo(Contracts.PROVIDER);
        int expected = Contracts.successes().size();
        for (int status : Contracts.ERROR_STATUSES) {
            expected += Contracts.errors(status).size();
        }
        assertThat(pact.path("interactions")).hasSize(expected);
        assertThat(text).doesNotContain(ClientCalls.CONSUMER_TEST_KEY);
        for (JsonNode interaction : pact.path("interactions")) {
            JsonNode key = interaction.at("/request/headers/x-pendo-integration-key");
            assertThat(key.path(0).asText()).as(interaction.path("description").asText())
                    .isEqualTo(Contracts.KEY_EXAMPLE);
        }
    }
}
