package dev.pendokit.mock;

import static dev.pendokit.mock.StateCalls.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stateful extension in a static field serves the class, and starts each test from the dataset. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatefulExtensionTest {

    private static final String PLAN = "/api/v1/metadata/visitor/custom/value/visitor-00001/plan";

    @RegisterExtension
    static PendoMockExtension pendo = PendoMockExtension.builder().stateful().build();

    @Test
    @Order(1)
    void aTestWrites() {
        ok(pendo.mock(), "PUT", PLAN, "\"pro\"");

        assertThat(ok(pendo.mock(), "GET", PLAN, null).asText()).isEqualTo("pro");
        pendo.resetState();
        assertThat(ok(pendo.mock(), "GET", PLAN, null).isNull()).isTrue();
        ok(pendo.mock(), "PUT", PLAN, "\"pro\"");
    }

    @Test
    @Order(2)
    void theNextStartsFromTheDataset() {
        assertThat(ok(pendo.mock(), "GET", PLAN, null).isNull()).isTrue();
    }
}
