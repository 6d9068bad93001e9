package dev.pendokit.collection.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.pendokit.collection.CollectionException;
import dev.pendokit.collection.naming.NameOverrides.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NameOverridesTest {

    private static final String FORMAT = "a name override is written kind:target=name, with kind one of group,"
            + " operation, type, field, parameter (for example operation:Visitor/Get Visitor by ID=get)";

    private static NameOverrides parse(String text) {
        return NameOverrides.parse(text.lines().toList(), "names.txt");
    }

    @Nested
    class Parse {

        @Test
        void readsEntriesOfEveryKind() {
            NameOverrides overrides = parse("""
                    group:Page=pages
                    operation:Visitor/Get Visitor by ID=get
                    type:GetVisitorByIdResponse=Visitor
                    field:Visitor.accountIds=accounts
                    parameter:Visitor/Get Visitor by ID#visitorId=id
                    """);

            assertThat(overrides.lookup(Kind.GROUP, "Page")).contains("pages");
            assertThat(overrides.lookup(Kind.OPERATION, "Visitor/Get Visitor by ID")).contains("get");
            assertThat(overrides.lookup(Kind.TYPE, "GetVisitorByIdResponse")).contains("Visitor");
            assertThat(overrides.lookup(Kind.FIELD, "Visitor.accountIds")).contains("accounts");
            assertThat(overrides.lookup(Kind.PARAMETER, "Visitor/Get Visitor by ID#visitorId")).contains("id");
        }

        @Test
        void findsNothingForAnotherTargetOrKind() {
            NameOverrides overrides = parse("group:Page=pages");

            assertThat(overrides.lookup(Kind.GROUP, "page")).isEmpty();
            assertThat(overrides.lookup(Kind.OPERATION, "Page")).isEmpty();
        }

        @Test
        void skipsCommentsAndBlankLines() {
            NameOverrides overrides = parse("""
                    # Name overrides (kind:target=name)

                       # indented comment: group:Feature=features
                    group:Page=pages
                    \t
                    """);

            assertThat(overrides.all(Kind.GROUP)).containsExactly(entry("Page", "pages"));
        }

        @Test
        void stripsSpacesAroundKindTargetAndName() {
            NameOverrides overrides = parse("  Group : Bulk Deletion (GDPR/CCPA) =  bulkDeletions  ");

            assertThat(overrides.lookup(Kind.GROUP, "Bulk Deletion (GDPR/CCPA)")).contains("bulkDeletions");
        }

        @Test
        void readsTheKindInAnyCase() {
            assertThat(parse("OPERATION:Page/Get=get").lookup(Kind.OPERATION, "Page/Get")).contains("get");
        }

        @Test
        void letsTheTargetHoldColonsAndEqualsSigns() {
            NameOverrides overrides = parse("operation:Segment/Get :segmentId?a=b=bySegment");

            assertThat(overrides.lookup(Kind.OPERATION, "Segment/Get :segmentId?a=b")).contains("bySegment");
        }

        @Test
        void acceptsTheSameEntryTwice() {
            NameOverrides overrides = parse("group:Page=pages\ngroup:Page=pages");

            assertThat(overrides.all(Kind.GROUP)).containsExactly(entry("Page", "pages"));
        }

        @Test
        void listsEveryTargetOfAKindInItsOrder() {
            NameOverrides overrides = parse("group:Page=pages\ntype:A=B\ngroup:Feature=features");

            assertThat(overrides.all(Kind.GROUP)).containsExactly(entry("Page", "pages"), entry("Feature", "features"));
            assertThat(overrides.all(Kind.FIELD)).isEmpty();
        }

        @Test
        void doesNotLetCallersChangeTheOverrides() {
            NameOverrides overrides = parse("group:Page=pages");

            assertThatThrownBy(() -> overrides.all(Kind.GROUP).put("Feature", "features"))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(overrides.lookup(Kind.GROUP, "Feature")).isEmpty();
        }

        @Test
        void readsNothingFromNoEntries() {
            NameOverrides overrides = NameOverrides.parse(List.of(), "names.txt");

            for (Kind kind : Kind.values()) {
                assertThat(overrides.all(kind)).isEmpty();
            }
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesAnEntryWithoutKind() {
            assertThatThrownBy(() -> parse("# header\nPage=pages"))
                    .isInstanceOf(CollectionException.class)
                    .hasMessage("names.txt, entry 2 (\"Page=pages\"): " + FORMAT);
        }

        @Test
        void refusesAnUnknownKind() {
            assertThatThrownBy(() -> parse("method:Page/Get=get"))
                    .hasMessage("names.txt, entry 1 (\"method:Page/Get=get\"): " + FORMAT);
        }

        @Test
        void refusesAnEntryWithoutName() {
            assertThatThrownBy(() -> parse("\n\ngroup:Page"))
                    .hasMessage("names.txt, entry 3 (\"group:Page\"): " + FORMAT);
        }

        @Test
        void refusesAnEqualsSignBeforeTheKind() {
            assertThatThrownBy(() -> parse("group=pages:Page"))
                    .hasMessage("names.txt, entry 1 (\"group=pages:Page\"): " + FORMAT);
        }

        @Test
        void refusesAReservedWordAsName() {
            assertThatThrownBy(() -> parse("group:Page=class"))
                    .isInstanceOf(CollectionException.class)
                    .hasMessage("names.txt, entry 1 (\"group:Page=class\"): \"class\" is not a valid Java identifier"
                            + " (a reserved word, empty, or with characters Java does not allow). Choose a name such"
                            + " as class_");
        }

        @Test
        void refusesANameWithCharactersJavaDoesNotAllow() {
            assertThatThrownBy(() -> parse("operation:Visitor/Get=get-visitor"))
                    .hasMessage("names.txt, entry 1 (\"operation:Visitor/Get=get-visitor\"): \"get-visitor\" is not a"
                            + " valid Java identifier (a reserved word, empty, or with characters Java does not allow)."
                            + " Choose a name such as getVisitor");
        }

        @Test
        void refusesAnEmptyName() {
            assertThatThrownBy(() -> parse("type:Page="))
                    .hasMessage("names.txt, entry 1 (\"type:Page=\"): \"\" is not a valid Java identifier (a reserved"
                            + " word, empty, or with characters Java does not allow). Choose a name such as value");
        }

        @Test
        void refusesATypeNameTheGeneratedCodeNeeds() {
            assertThatThrownBy(() -> parse("type:PageResponse=String"))
                    .isInstanceOf(CollectionException.class)
                    .hasMessage("names.txt, entry 1 (\"type:PageResponse=String\"): \"String\" is a type of java.lang,"
                            + " the Builder nested in every record, or a file name Windows refuses, which the generated"
                            + " code needs. Choose a name such as String_");
        }

        @Test
        void refusesAGroupNameTheClientHasForItself() {
            assertThatThrownBy(() -> parse("group:Transport=transport"))
                    .isInstanceOf(CollectionException.class)
                    .hasMessage("names.txt, entry 1 (\"group:Transport=transport\"): \"transport\" is a member of the"
                            + " generated client, which the generated code needs. Choose a name such as transport_");
        }

        @Test
        void refusesATargetRenamedTwice() {
            assertThatThrownBy(() -> parse("operation:Page/Get=get\n# again\noperation:Page/Get=fetch"))
                    .isInstanceOf(CollectionException.class)
                    .hasMessage("names.txt, entry 3: operation \"Page/Get\" is renamed twice (get, fetch). Keep one entry");
        }

        @Test
        void namesTheKindInEnglishInEveryLocale() {
            Locale before = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            try {
                assertThatThrownBy(() -> parse("field:Page.id=id\nfield:Page.id=pageId"))
                        .hasMessage("names.txt, entry 2: field \"Page.id\" is renamed twice (id, pageId). Keep one entry");
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void allowsTheSameTargetUnderDifferentKinds() {
            NameOverrides overrides = parse("type:Page=PageType\nfield:Page=page");

            assertThat(overrides.lookup(Kind.TYPE, "Page")).contains("PageType");
            assertThat(overrides.lookup(Kind.FIELD, "Page")).contains("page");
        }
    }

    @Nested
    class With {

        private final NameOverrides bundled = parse("""
                group:Page=pages
                group:Feature=features
                type:A=Alpha
                """);

        @Test
        void letsTheLaterOverridesWin() {
            NameOverrides merged = bundled.with(parse("group:Page=webPages\noperation:Page/Get=get"));

            assertThat(merged.lookup(Kind.GROUP, "Page")).contains("webPages");
            assertThat(merged.lookup(Kind.GROUP, "Feature")).contains("features");
            assertThat(merged.lookup(Kind.TYPE, "A")).contains("Alpha");
            assertThat(merged.lookup(Kind.OPERATION, "Page/Get")).contains("get");
        }

        @Test
        void leavesBothInputsUnchanged() {
            NameOverrides user = parse("group:Page=webPages");

            bundled.with(user);

            assertThat(bundled.lookup(Kind.GROUP, "Page")).contains("pages");
            assertThat(user.lookup(Kind.GROUP, "Feature")).isEmpty();
        }

        @Test
        void keepsEverythingWhenMergedWithNone() {
            assertThat(bundled.with(NameOverrides.NONE).all(Kind.GROUP))
                    .containsExactly(entry("Page", "pages"), entry("Feature", "features"));
            assertThat(NameOverrides.NONE.with(bundled).lookup(Kind.TYPE, "A")).contains("Alpha");
        }

        @Test
        void noneHoldsNothing() {
            for (Kind kind : Kind.values()) {
                assertThat(NameOverrides.NONE.all(kind)).isEmpty();
            }
        }
    }
}
