package dev.pendokit.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Form bodies: {@code application/x-www-form-urlencoded} and {@code multipart/form-data}. */
public final class Forms {

    /**
     * An encoded body and the Content-Type that says how.
     *
     * @param bytes the body
     * @param contentType the Content-Type header's value, with the boundary for multipart
     */
    public record Encoded(byte[] bytes, String contentType) {}

    private final List<Object[]> fields = new ArrayList<>();

    private Forms() {}

    /**
     * Starts an empty form; fields are sent in the order they are added.
     *
     * @return the empty form
     */
    public static Forms builder() {
        return new Forms();
    }

    /**
     * A text field; a null value leaves it out.
     *
     * @param name the field's name
     * @param value the value, sent as its {@code String.valueOf}; null leaves the field out
     * @return this form
     */
    public Forms field(String name, Object value) {
        if (value != null) {
            fields.add(new Object[] {name, String.valueOf(value)});
        }
        return this;
    }

    /**
     * A file field (multipart only); a null path leaves it out.
     *
     * @param name the field's name
     * @param file the file, read when the form is encoded; null leaves the field out
     * @return this form
     */
    public Forms file(String name, Path file) {
        if (file != null) {
            fields.add(new Object[] {name, file});
        }
        return this;
    }

    /**
     * The fields as {@code application/x-www-form-urlencoded}, names and values percent-encoded as UTF-8.
     *
     * @return the body and its Content-Type
     * @throws IllegalArgumentException if a field is a file, which only multipart can send
     */
    public Encoded urlencoded() {
        StringBuilder out = new StringBuilder();
        for (Object[] field : fields) {
            if (field[1] instanceof Path) {
                throw new IllegalArgumentException("the form field " + field[0] + " is a file: files need multipart");
            }
            out.append(out.length() == 0 ? "" : "&").append(UrlEncoding.component((String) field[0])).append('=')
                    .append(UrlEncoding.component((String) field[1]));
        }
        return new Encoded(out.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /**
     * The fields as {@code multipart/form-data}, with a random boundary, which no content is likely to contain.
     *
     * @return the body and its Content-Type, which names the boundary
     * @throws UncheckedIOException if a file cannot be read
     */
    public Encoded multipart() {
        return multipart("pendokit-" + UUID.randomUUID());
    }

    /**
     * Multipart with a boundary of the caller's, which no field's content may contain.
     *
     * @param boundary the text that separates the parts
     * @return the body and its Content-Type, which names the boundary
     * @throws UncheckedIOException if a file cannot be read
     */
    public Encoded multipart(String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Object[] field : fields) {
                out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
                if (field[1] instanceof Path file) {
                    out.write(("Content-Disposition: form-data; name=\"" + quotable(field[0]) + "\"; filename=\""
                            + quotable(file.getFileName()) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.write(Files.readAllBytes(file));
                } else {
                    out.write(("Content-Disposition: form-data; name=\"" + quotable(field[0]) + "\"\r\n\r\n" + field[1])
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("a form file cannot be read", e);
        }
        return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** A name or file name as a quoted header parameter can hold it: quotes and line breaks escaped as HTML forms do. */
    private static String quotable(Object name) {
        return String.valueOf(name).replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
