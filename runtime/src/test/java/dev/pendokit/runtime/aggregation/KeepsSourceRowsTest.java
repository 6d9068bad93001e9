package dev.pendokit.runtime.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which bodies as written keep their source's rows: a source, then only steps that choose rows. */
class KeepsSourceRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "[{\"source\": {\"visitors\": null}}]                                              | true",
            "[{\"source\": {\"visitors\": null}}, {\"filter\": \"x > 1\"}, {\"sort\": [\"id\"]}, {\"limit\": 5}] | true",
            "[{\"source\": {\"visitors\": null}}, {\"identified\": \"visitorId\"}, {\"segment\": {\"id\": \"s\"}}] | true",
            "[{\"source\": {\"visitors\": null}}, {\"select\": {\"id\": \"visitorId\"}}]           | false",
            "[{\"source\": {\"visitors\": null}}, {\"filter\": \"x\", \"sort\": [\"id\"]}]          | false",
            "[{\"spawn\": []}]                                                                  | false",
            "[]                                                                                 | false",
    })
    void aSourceThenOnlyStepsThatChooseRows(String pipeline, boolean keeps) throws Exception {
        assertThat(Aggregation.keepsSourceRows(JSON.readTree("{\"request\": {\"pipeline\": " + pipeline + "}}")))
                .isEqualTo(keeps);
    }
}
