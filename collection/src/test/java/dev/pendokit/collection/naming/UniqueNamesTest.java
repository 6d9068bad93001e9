package dev.pendokit.collection.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueNamesTest {

    private final UniqueNames names = new UniqueNames();

    @Test
    void handsOutAFreeNameAsIs() {
        assertThat(names.claim("getPage")).isEqualTo("getPage");
        assertThat(names.claim("getFeature")).isEqualTo("getFeature");
    }

    @Test
    void numbersLaterClaimsOfTheSameNameFromTwo() {
        assertThat(names.claim("page")).isEqualTo("page");
        assertThat(names.claim("page")).isEqualTo("page2");
        assertThat(names.claim("page")).isEqualTo("page3");
    }

    @Test
    void ignoresCaseWhenComparing() {
        assertThat(names.claim("Visitor")).isEqualTo("Visitor");
        assertThat(names.claim("visitor")).isEqualTo("visitor2");
        assertThat(names.claim("VISITOR")).isEqualTo("VISITOR3");
    }

    @Test
    void skipsANumberedNameThatIsTakenAlready() {
        names.claim("page");
        names.claim("Page2");

        assertThat(names.claim("page")).isEqualTo("page3");
    }

    @Test
    void keepsScopesApart() {
        names.claim("page");

        assertThat(new UniqueNames().claim("page")).isEqualTo("page");
    }

    @Test
    void claimsExactlyANameThatIsFree() {
        assertThat(names.claimExactly("page")).isTrue();
        assertThat(names.claim("page")).isEqualTo("page2");
    }

    @Test
    void refusesToClaimExactlyANameThatIsTakenInAnyCase() {
        names.claim("Page");

        assertThat(names.claimExactly("page")).isFalse();
        assertThat(names.claimExactly("PAGE")).isFalse();
        assertThat(names.claim("page")).isEqualTo("page2");
    }
}
