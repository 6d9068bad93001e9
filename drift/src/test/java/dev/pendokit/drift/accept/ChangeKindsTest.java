package dev.pendokit.drift.accept;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The kinds a severity override may name are those the documentation lists, in its order. */
class ChangeKindsTest {

    @Test
    void theKindsAreThoseOfTheDocumentation() throws IOException {
        String docs = Files.readString(Path.of("../docs/drift-report.md"));
        String tables = docs.substring(docs.indexOf("## Change kinds"));
        List<String> documented = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(tables);
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(ChangeKinds.ALL).containsExactlyElementsOf(documented);
    }
}
