package dev.pendokit.pendo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pendokit.mock.PendoMockExtension;
import dev.pendokit.pendo.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated Pendo client against the mock, as the README shows it. */
class PendoClientAgainstMockTest {

    @RegisterExtension
    static PendoMockExtension pendo = PendoMockExtension.builder()
            .integrationKey("test-key")
            .failOnUnmatched()
            .build();

    @Test
    void listsPages() {
        PendoClient client = PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("test-key").build();
        assertThat(client.pages().list()).isNotEmpty();
        assertThat(pendo.receivedRequests()).singleElement()
                .satisfies(r -> assertThat(r.url()).isEqualTo("/api/v1/page"));
    }

    @Test
    void theVisitorAskedForIsTheOneThatComesBack() {
        PendoClient client = PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("test-key").build();
        assertThat(client.visitors().get("visitor-9").id()).isEqualTo("visitor-9");
        assertThat(client.visitors().get("jane@example.com \"eu\"/1").id()).isEqualTo("jane@example.com \"eu\"/1");
    }

    @Test
    void thePagesAskedForAreTheOnesThatComeBack() {
        PendoClient client = PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("test-key").build();
        assertThat(client.pages().get("page-7").id()).isEqualTo("page-7");
        assertThat(client.pages().get(List.of("page-a", "page-b"))).extracting(Page::id).containsExactly("page-a", "page-b");
    }

    @Test
    void aWrongKeyIsTheClientsUnauthorizedException() {
        PendoClient client = PendoClient.builder().baseUrl(pendo.baseUrl()).integrationKey("not-the-key").build();
        assertThatThrownBy(() -> client.pages().list()).isInstanceOf(PendoUnauthorizedException.class);
    }
}
