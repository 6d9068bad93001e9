package dev.pendokit.collection.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultNamingStrategyTest {

    private final NamingStrategy naming = DefaultNamingStrategy.INSTANCE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Page                         | page",
            "Bulk Deletion (GDPR/CCPA)    | bulkDeletion",
            "Data Sync                    | dataSync",
            "Source parameters (advanced) | sourceParameters",
            "Exclude list / blacklist     | excludeListBlacklist",
            "(only a remark)              | group",
            "Application IDs              | applicationIds",
            "Package                      | package_",
    })
    void namesGroupsInCamelCaseWithoutParenthesisedRemarks(String folder, String expected) {
        assertThat(naming.groupName(folder)).isEqualTo(expected);
    }

    @Test
    void dropsEveryRemarkOfAGroupName() {
        assertThat(naming.groupName("Listen (beta) sources (v2)")).isEqualTo("listenSources");
    }

    @Test
    void namesTypesInPascalCase() {
        assertThat(naming.typeName("Get Visitor History Response")).isEqualTo("GetVisitorHistoryResponse");
        assertThat(naming.typeName("The Page Object")).isEqualTo("ThePageObject");
    }

    @Test
    void namesFieldsAndParametersInCamelCase() {
        assertThat(naming.fieldName("metadata.auto.firstvisit")).isEqualTo("metadataAutoFirstvisit");
        assertThat(naming.fieldName("accountIds")).isEqualTo("accountIds");
        assertThat(naming.fieldName("class")).isEqualTo("class_");
        assertThat(naming.parameterName("x-pendo-integration-key")).isEqualTo("xPendoIntegrationKey");
        assertThat(naming.parameterName("visitorID")).isEqualTo("visitorId");
    }

    @Test
    void fallsBackToANameOfEachKindWhenNoWordRemains() {
        assertThat(naming.groupName("---")).isEqualTo("group");
        assertThat(naming.operationNames(OperationNameRuleTest.facts("???", "", "GET", "/x", false))).contains("get");
        assertThat(naming.typeName("")).isEqualTo("Unnamed");
        assertThat(naming.fieldName("$")).isEqualTo("value");
        assertThat(naming.parameterName(" ")).isEqualTo("parameter");
    }

    @Test
    void returnsValidIdentifiers() {
        for (String text : new String[] {"class", "404", "Bulk Deletion (GDPR/CCPA)", "", "größe", "hash code"}) {
            assertThat(JavaIdentifiers.isValid(naming.groupName(text))).as("group %s", text).isTrue();
            assertThat(naming.operationNames(OperationNameRuleTest.facts(text, text, "POST", "/" + text, false)))
                    .as("operation %s", text).isNotEmpty().allMatch(JavaIdentifiers::isValid);
            assertThat(JavaIdentifiers.isValid(naming.typeName(text))).as("type %s", text).isTrue();
            assertThat(JavaIdentifiers.isValid(naming.fieldName(text))).as("field %s", text).isTrue();
            assertThat(JavaIdentifiers.isValid(naming.parameterName(text))).as("parameter %s", text).isTrue();
        }
    }
}
