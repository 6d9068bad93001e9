package dev.pendokit.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30) // a regression that waits for a long Retry-After or answer fails instead of hanging the build
class FormsTest {

    @RegisterExtension
    static final WireMockExtension wm = Fixtures.wireMock();

    @TempDir
    Path temp;

    private static String text(Forms.Encoded encoded) {
        return new String(encoded.bytes(), StandardCharsets.UTF_8);
    }

    private static byte[] fileBytes() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        bytes[100] = '\r';
        bytes[101] = '\n';
        return bytes;
    }

    @Test
    void urlencodedEncodesNamesAndValuesAndLeavesOutNulls() {
        Forms.Encoded form = Forms.builder()
                .field("name", "Ann Lee")
                .field("skipped", null)
                .field("q", "a&b=c")
                .field("star", "*")
                .field("tilde", "~")
                .field("plus", "1+1")
                .field("euro", "€")
                .field("line", "a\r\nb")
                .field("the key", 42)
                .urlencoded();

        assertThat(form.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(text(form)).isEqualTo("name=Ann%20Lee&q=a%26b%3Dc&star=%2A&tilde=~&plus=1%2B1&euro=%E2%82%AC"
                + "&line=a%0D%0Ab&the%20key=42");
    }

    @Test
    void urlencodedDecodesBackToTheFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("a b", "c+d");
        fields.put("ü", "日本 & =?/#%");
        Forms forms = Forms.builder();
        fields.forEach(forms::field);

        Map<String, String> decoded = new LinkedHashMap<>();
        for (String pair : text(forms.urlencoded()).split("&")) {
            String[] parts = pair.split("=", -1);
            assertThat(parts).hasSize(2);
            decoded.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }

        assertThat(decoded).containsExactlyEntriesOf(fields);
    }

    @Test
    void anEmptyFormIsEmpty() {
        assertThat(Forms.builder().urlencoded().bytes()).isEmpty();
        assertThat(Forms.builder().field("x", null).file("f", null).urlencoded().bytes()).isEmpty();
    }

    @Test
    void urlencodedRefusesAFile() throws IOException {
        Path file = Files.write(temp.resolve("report.csv"), fileBytes());
        Forms form = Forms.builder().field("title", "t").file("upload", file);

        assertThatThrownBy(form::urlencoded).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("the form field upload is a file: files need multipart");
    }

    @Test
    void multipartHasOnePartPerFieldAndTheFileAsItIs() throws IOException {
        byte[] content = fileBytes();
        Path file = Files.write(temp.resolve("report.csv"), content);

        Forms.Encoded form = Forms.builder().field("title", "Grüße").field("none", null).file("upload", file)
                .file("nofile", null).field("count", 3).multipart();

        assertThat(form.contentType()).matches("multipart/form-data; boundary=pendokit-[0-9a-f-]{36}");
        String boundary = form.contentType().substring("multipart/form-data; boundary=".length());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nGrüße\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"report.csv\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(content);
        expected.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\n3\r\n"
                + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(form.bytes()).isEqualTo(expected.toByteArray());
    }

    @Test
    void quotesAndLineBreaksInNamesCannotBreakThePartHeaders() throws IOException {
        Path file = Files.write(temp.resolve("say \"hi\"\r\nX-Injected: 1.txt"), new byte[] {'x'});

        Forms.Encoded form = Forms.builder().field("a\"b\r\nX-Injected: 2", "v").file("up\"load", file).multipart();

        String text = new String(form.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\nContent-Disposition: form-data; name=\"a%22b%0D%0AX-Injected: 2\"\r\n\r\nv\r\n")
                .contains("\r\nContent-Disposition: form-data; name=\"up%22load\"; filename=\"say %22hi%22%0D%0AX-Injected:"
                        + " 1.txt\"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n")
                .doesNotContain("\nX-Injected");
    }

    @Test
    void eachMultipartBodyHasItsOwnBoundary() {
        Forms forms = Forms.builder().field("a", "b");

        assertThat(forms.multipart().contentType()).isNotEqualTo(forms.multipart().contentType());
    }

    @Test
    void anUnreadableFileFailsClearly() {
        Forms form = Forms.builder().file("upload", temp.resolve("missing.bin"));

        assertThatThrownBy(form::multipart).isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessage("a form file cannot be read")
                .hasCauseInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aServerReadsTheMultipartBody() throws IOException {
        byte[] content = fileBytes();
        Path file = Files.write(temp.resolve("guide.bin"), content);
        wm.stubFor(post("/api/v1/guide/upload").willReturn(ok("stored")));

        String answer = Fixtures.transport(wm).send(Call.builder("guides.upload", "POST", "baseUrl", "/api/v1/guide/upload")
                .body(Forms.builder().field("title", "My guide").file("upload", file).multipart()).build(), Readers.text());

        assertThat(answer).isEqualTo("stored");
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/guide/upload"))
                .withHeader("Content-Type", containing("multipart/form-data; boundary=pendokit-"))
                .withRequestBodyPart(aMultipart().withName("title").withBody(equalTo("My guide")).build())
                .withRequestBodyPart(aMultipart().withName("upload").withHeader("Content-Type",
                        equalTo("application/octet-stream")).withBody(binaryEqualTo(content)).build()));
    }

    @Test
    void aServerReadsTheUrlencodedBody() {
        wm.stubFor(post("/oauth/token").willReturn(ok("{}")));

        Fixtures.transport(wm).send(Call.builder("auth.token", "POST", "baseUrl", "/oauth/token")
                .body(Forms.builder().field("grant_type", "client_credentials").field("scope", "read write")
                        .field("note", "a+b&c").urlencoded()).build(), Readers.discard());

        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("scope", equalTo("read write"))
                .withFormParam("note", equalTo("a+b&c")));
        assertThat(wm.findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString())
                .isEqualTo("grant_type=client_credentials&scope=read%20write&note=a%2Bb%26c");
    }
}
