package dev.pendokit.collection.naming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortNamesTest {

    @Test
    void keepsANameThatFits() {
        String longest = "a".repeat(ShortNames.MAX_BYTES);
        assertThat(ShortNames.fit("getVisitor")).isEqualTo("getVisitor");
        assertThat(ShortNames.fit(longest)).isEqualTo(longest);
    }

    @Test
    void cutsALongerNameAndEndsItInItsHash() {
        String name = ShortNames.fit("x".repeat(300));

        assertThat(name).isEqualTo("x".repeat(71) + "_0d4e2ca9");
        assertThat(name.getBytes(UTF_8)).hasSize(ShortNames.MAX_BYTES);
    }

    @Test
    void keepsTwoLongNamesThatShareTheirStartApart() {
        String start = "y".repeat(100);
        assertThat(ShortNames.fit(start + "One")).isNotEqualTo(ShortNames.fit(start + "Two"));
    }

    @Test
    void countsBytesNotCharactersAndNeverCutsACharacter() {
        String name = ShortNames.fit("日本語".repeat(40));

        assertThat(name.getBytes(UTF_8).length).isLessThanOrEqualTo(ShortNames.MAX_BYTES);
        assertThat(name).startsWith("日本語".repeat(7)).matches("[日本語]+_[0-9a-f]{8}");
    }

    @Test
    void cutsToAnyLimitAsked() {
        assertThat(ShortNames.fit("a-very-long-stub-name", 12)).hasSize(12).startsWith("a-v_");
    }
}
