package dev.pendokit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule for hiding secrets in what a server sends back. */
class SecretMaskTest {

    private static final String KEY = Fixtures.SECRET;

    @Test
    void aLongSecretIsMaskedWhereverItOccursWhole() {
        SecretMask mask = SecretMask.of(List.of(KEY));

        assertThat(mask.mask("{\"error\":\"invalid key " + KEY + "\",\"key\":\"" + KEY + "\"}"))
                .isEqualTo("{\"error\":\"invalid key ****\",\"key\":\"****\"}");
        assertThat(mask.mask("x-pendo-integration-key=" + KEY + "&expand=*")).isEqualTo("x-pendo-integration-key=****&expand=*");
        // Glued to other characters, a long secret is still the secret.
        assertThat(mask.mask("key" + KEY + "suffix")).isEqualTo("key****suffix");
    }

    @Test
    void partsOfASecretAreLeftAlone() {
        SecretMask mask = SecretMask.of(List.of(KEY));
        String half = KEY.substring(0, KEY.length() / 2);

        assertThat(mask.mask("prefix " + half + " suffix")).isEqualTo("prefix " + half + " suffix");
    }

    @Test
    void aShortSecretIsMaskedOnlyAsATokenOfItsOwn() {
        SecretMask mask = SecretMask.of(List.of("test"));

        assertThat(mask.mask("{\"key\": \"test\"}")).isEqualTo("{\"key\": \"****\"}");
        assertThat(mask.mask("key=test&x=1")).isEqualTo("key=****&x=1");
        assertThat(mask.mask("the latest test-run of testing: contest_test, tests, Test"))
                .isEqualTo("the latest test-run of testing: contest_test, tests, Test");
    }

    @Test
    void aOneLetterKeyDoesNotGarbleText() {
        SecretMask mask = SecretMask.of(List.of("k"));

        assertThat(mask.mask("invalid key, ok? {\"key\":\"k\"}")).isEqualTo("invalid key, ok? {\"key\":\"****\"}");
    }

    @Test
    void aSecretInsideALongerOneIsHiddenWithIt() {
        SecretMask mask = SecretMask.of(List.of("alice", "alice-" + KEY));

        assertThat(mask.mask("user alice, token alice-" + KEY)).isEqualTo("user ****, token ****");
    }

    @Test
    void theEndOfACutTextThatStartsALongSecretIsHiddenToo() {
        SecretMask mask = SecretMask.of(List.of(KEY, "short"));
        String cut = "{\"key\": \"" + KEY.substring(0, 10);

        assertThat(mask.maskCut(cut)).isEqualTo("{\"key\": \"****");
        assertThat(mask.mask(cut)).isEqualTo(cut);
        // Three characters say too little to hide; a short secret is never guessed from its start.
        assertThat(mask.maskCut("ends with " + KEY.substring(0, 3))).isEqualTo("ends with " + KEY.substring(0, 3));
        assertThat(mask.maskCut("ends with sho")).isEqualTo("ends with sho");
    }

    @Test
    void emptyAndNullSecretsAreIgnored() {
        SecretMask mask = SecretMask.of(Arrays.asList("", null));

        assertThat(mask.mask("anything")).isEqualTo("anything");
        assertThat(mask.mask(null)).isNull();
        assertThat(mask).hasToString("SecretMask[0 secrets]");
    }

    @Test
    void anIoFailureThatQuotesASecretIsReplacedByAMaskedOne() {
        SecretMask mask = SecretMask.of(List.of(KEY));
        IOException clean = new HttpTimeoutException("request timed out");
        IOException quoting = new IOException("Invalid status line: \"GET /v?integration_key=" + KEY + " HTTP/1.1\"");
        IOException causeQuoting = new IOException("wrapped", new IOException(KEY));

        assertThat(mask.scrub(clean)).isSameAs(clean);
        assertThat(mask.scrub(quoting)).isExactlyInstanceOf(IOException.class).hasNoCause()
                .hasMessage("java.io.IOException: Invalid status line: \"GET /v?integration_key=**** HTTP/1.1\"");
        assertThat(mask.scrub(quoting).getStackTrace()).isEqualTo(quoting.getStackTrace());
        Fixtures.assertNoSecretIn(mask.scrub(causeQuoting), KEY);
    }
}
