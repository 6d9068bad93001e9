package dev.pendokit.mock.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pendokit.collection.Secrets;
import dev.pendokit.runtime.SecretMask;
import dev.pendokit.stubs.StubGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes what went through the proxy as stock WireMock 3 mappings, {@code DIR/mappings/*.json},
 * for {@code new WireMockServer(options().usingFilesUnderDirectory(DIR))} or
 * {@code java -jar wiremock-standalone.jar --root-dir DIR} to replay offline.
 *
 * <ul>
 *   <li>One mapping per distinct request: its method, its URL (path and query, exactly as sent),
 *       the response-choosing headers a mock upstream reads ({@code Prefer},
 *       {@code x-mock-response-code}, {@code x-mock-response-name}) when sent (such a mapping comes
 *       first, priority 1: the mapping of the same request without them matches it too), and its body when it
 *       has one (as JSON when it is JSON, so key order and spacing do not matter). The same request
 *       again replaces its mapping: the last answer is the one replayed.</li>
 *   <li>The file's name is the method, the path and a hash of what the mapping matches
 *       ({@code get-api-v1-page-1a2b3c4d5e.json}), so the same traffic gives the same files.</li>
 *   <li>No credential goes into a file: no matcher on a credential header, and every key the
 *       requests carried is masked ({@link SecretMask}) in URLs, bodies and the answer's headers;
 *       an answer header whose name looks like a credential is masked whole.</li>
 *   <li>Each mapping is written as its answer goes out, to a temporary file then moved into place:
 *       a proxy that stops abruptly loses at most the request it was answering.</li>
 * </ul>
 */
final class Recorder {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The request headers a mock upstream chooses its answer by: part of what makes a request distinct. */
    private static final List<String> CHOOSING = List.of(StubGenerator.PREFER, StubGenerator.POSTMAN_CODE,
            StubGenerator.POSTMAN_NAME);
    private static final int LONGEST_SLUG = 80;
    /** The priority of a mapping of a chosen response; the others have WireMock's default, 5. */
    private static final int CHOSEN_FIRST = 1;

    private final Path mappings;

    Recorder(Path root) {
        this.mappings = root.resolve("mappings");
        try {
            Files.createDirectories(mappings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record into " + root + " (" + e.getMessage() + "): give a folder that"
                    + " can be created and written", e);
        }
    }

    /** Writes the mapping of this request and answer, masking the keys of {@code mask}; returns its file. */
    Path record(Request request, UpstreamAnswer answer, SecretMask mask) throws IOException {
        String method = request.getMethod().getName();
        String url = mask.mask(request.getUrl());
        MappingBuilder mapping = WireMock.request(method, urlEqualTo(url));
        StringBuilder identity = new StringBuilder(method).append('\n').append(url).append('\n');
        for (String name : CHOOSING) {
            HttpHeader header = request.header(name);
            if (header.isPresent()) {
                String value = mask.mask(header.firstValue());
                // Before the mapping of the same request without the header, which matches it too.
                mapping.withHeader(name, equalTo(value)).atPriority(CHOSEN_FIRST);
                identity.append(name.toLowerCase(Locale.ROOT)).append(": ").append(value).append('\n');
            }
        }
        byte[] sent = request.getBody() == null ? new byte[0] : request.getBody();
        if (sent.length > 0) {
            String body = mask.mask(new String(sent, StandardCharsets.UTF_8));
            mapping.withRequestBody(isJson(body) ? equalToJson(body) : equalTo(body));
            identity.append(body);
        }
        String hash = sha256(identity.toString()).substring(0, 10);
        String name = (method + "-" + slug(url.split("\\?")[0])).toLowerCase(Locale.ROOT) + "-" + hash;
        StubMapping stub = mapping.withId(UUID.nameUUIDFromBytes(identity.toString().getBytes(StandardCharsets.UTF_8)))
                .withName(method + " " + url.split("\\?")[0]).willReturn(response(answer, mask)).build();
        Path file = mappings.resolve(name + ".json");
        // A name of its own: the same request may be answered twice at once.
        Path temporary = Files.createTempFile(mappings, "." + name, ".tmp");
        Files.writeString(temporary, StubMapping.buildJsonStringFor(stub));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static ResponseDefinitionBuilder response(UpstreamAnswer answer, SecretMask mask) {
        List<HttpHeader> headers = new ArrayList<>();
        answer.headers().forEach((name, values) -> {
            // A mock upstream's own diagnostics: the WireMock that replays adds its own.
            if (!name.toLowerCase(Locale.ROOT).startsWith("matched-stub-")) {
                headers.add(new HttpHeader(name, values.stream()
                        .map(v -> Secrets.looksSecret(name) ? SecretMask.MASK : mask.mask(v)).toList()));
            }
        });
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status())
                .withHeaders(new HttpHeaders(headers));
        if (answer.body().length == 0) {
            return response;
        }
        String text = utf8(answer.body());
        return text == null ? response.withBody(answer.body()) : response.withBody(mask.mask(text));
    }

    /** The body as text, or null when it is not UTF-8 (it is then kept as bytes, base64 in the file). */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isJson(String body) {
        String start = body.stripLeading();
        if (!start.startsWith("{") && !start.startsWith("[")) {
            return false;
        }
        try {
            JSON.readTree(body);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** {@code api-v1-page}, from {@code /api/v1/page}: letters and digits, the rest as single dashes. */
    private static String slug(String path) {
        String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > LONGEST_SLUG ? slug.substring(0, LONGEST_SLUG).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "root" : slug;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
