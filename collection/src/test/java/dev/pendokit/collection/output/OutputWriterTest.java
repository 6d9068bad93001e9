package dev.pendokit.collection.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental output: unchanged inputs touch nothing; changes rewrite exactly what changed. */
class OutputWriterTest {

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("generated");
    }

    private OutputWriter writer() {
        return new OutputWriter(out(), temp.resolve("state/generate.state"));
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unchangedInputsNeitherGenerateNorTouchFiles() throws IOException {
        List<GeneratedFile> files = List.of(file("a/A.java", "class A {}"), file("a/B.java", "class B {}"));
        assertThat(writer().write("h1", () -> files)).isEqualTo(new OutputWriter.Outcome(false, 2, 2, 0));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out().resolve("a/A.java"), old);
        AtomicInteger generations = new AtomicInteger();
        OutputWriter.Outcome again = writer().write("h1", () -> {
            generations.incrementAndGet();
            return files;
        });
        assertThat(again).isEqualTo(new OutputWriter.Outcome(true, 2, 0, 0));
        assertThat(generations).hasValue(0);
        assertThat(Files.getLastModifiedTime(out().resolve("a/A.java"))).isEqualTo(old);
    }

    @Test
    void changedInputsRewriteOnlyChangedFilesAndRemoveStaleOnes() throws IOException {
        writer().write("h1", () -> List.of(file("a/A.java", "class A {}"), file("a/B.java", "class B {}")));
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out().resolve("a/A.java"), old);
        OutputWriter.Outcome outcome = writer().write("h2",
                () -> List.of(file("a/A.java", "class A {}"), file("a/C.java", "class C {}")));
        assertThat(outcome).isEqualTo(new OutputWriter.Outcome(false, 2, 1, 1));
        assertThat(Files.getLastModifiedTime(out().resolve("a/A.java"))).isEqualTo(old);
        assertThat(out().resolve("a/B.java")).doesNotExist();
        assertThat(out().resolve("a/C.java")).hasContent("class C {}");
    }

    @Test
    void anEditedOrDeletedOrAddedFileRegenerates() throws IOException {
        List<GeneratedFile> files = List.of(file("A.java", "class A {}"));
        writer().write("h1", () -> files);
        Files.writeString(out().resolve("A.java"), "class A { int edited; }");
        assertThat(writer().write("h1", () -> files).upToDate()).isFalse();
        assertThat(out().resolve("A.java")).hasContent("class A {}");

        Files.delete(out().resolve("A.java"));
        assertThat(writer().write("h1", () -> files).written()).isEqualTo(1);

        Files.writeString(out().resolve("Stray.java"), "class Stray {}");
        assertThat(writer().write("h1", () -> files).deleted()).isEqualTo(1);
        assertThat(out().resolve("Stray.java")).doesNotExist();
    }
}
