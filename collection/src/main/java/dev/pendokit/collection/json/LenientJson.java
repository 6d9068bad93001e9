package dev.pendokit.collection.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON that Postman users write rather than the JSON that RFC 8259 allows: {@code //}
 * and {@code /* *}{@code /} comments, {@code {{var}}} placeholders where a value belongs (Pendo's
 * aggregation examples write {@code "appId": {{appId}}}), and trailing commas.
 *
 * <p>An unquoted placeholder becomes the text node {@code "{{var}}"}; its JSON pointer is listed in
 * {@link Parsed#unquotedPlaceholders()} so that shape inference can treat it as "any value" rather
 * than as a string. Errors carry a line and column. Values nest at most {@link #MAX_DEPTH} deep:
 * the parser, shape inference and the generated types all recurse, and no API documents deeper.
 */
public final class LenientJson {

    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 200;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNQUOTED_WORD =
            "expected a value (an unquoted word is not JSON; quote it or use a {{placeholder}})";

    /** The value read, the pointers of unquoted placeholders, and whether the text was strict JSON. */
    public record Parsed(JsonNode value, List<String> unquotedPlaceholders, boolean strict) {
        public Parsed {
            unquotedPlaceholders = List.copyOf(unquotedPlaceholders);
        }
    }

    /** The text is not JSON even when read leniently. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column) {
            super("line " + line + ", column " + column + ": " + message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private final String text;
    private final List<String> placeholders = new ArrayList<>();
    private int pos;
    private int depth;
    private boolean strict = true;

    private LenientJson(String text) {
        this.text = text;
    }

    /** Reads one JSON value from {@code text}, leniently. */
    public static Parsed parse(String text) throws SyntaxError {
        LenientJson parser = new LenientJson(text);
        parser.skipSpaceAndComments();
        JsonNode value = parser.value("");
        parser.skipSpaceAndComments();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "' after the end of the value");
        }
        return new Parsed(value, parser.placeholders, parser.strict);
    }

    private JsonNode value(String pointer) throws SyntaxError {
        if (pos >= text.length()) {
            throw error("the text ends where a value was expected");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return text.startsWith("{{", pos) ? placeholder(pointer) : object(pointer);
            case '[':
                return array(pointer);
            case '"':
                return NODES.textNode(string());
            case 't':
                return literal("true", NODES.booleanNode(true));
            case 'f':
                return literal("false", NODES.booleanNode(false));
            case 'n':
                return literal("null", NODES.nullNode());
            default:
                if (c == '-' || isDigit(c)) {
                    return number();
                }
                if (isWordChar(c)) {
                    throw error(UNQUOTED_WORD);
                }
                throw error("expected a value but found '" + c + "'");
        }
    }

    private JsonNode placeholder(String pointer) throws SyntaxError {
        int end = text.indexOf("}}", pos + 2);
        if (end < 0) {
            throw error("a {{placeholder}} is not closed with }}");
        }
        String name = text.substring(pos, end + 2);
        pos = end + 2;
        placeholders.add(pointer);
        strict = false;
        return NODES.textNode(name);
    }

    private ObjectNode object(String pointer) throws SyntaxError {
        ObjectNode object = NODES.objectNode();
        enter();
        pos++;
        skipSpaceAndComments();
        while (true) {
            if (peek() == '}') {
                pos++;
                depth--;
                return object;
            }
            if (peek() != '"') {
                throw error("expected a quoted field name or '}'");
            }
            String name = string();
            skipSpaceAndComments();
            expect(':');
            skipSpaceAndComments();
            object.set(name, value(pointer + "/" + escapePointer(name)));
            skipSpaceAndComments();
            if (peek() == ',') {
                pos++;
                skipSpaceAndComments();
                if (peek() == '}') {
                    strict = false;
                }
            } else if (peek() != '}') {
                throw error("expected ',' or '}' after the value of \"" + name + "\"");
            }
        }
    }

    private ArrayNode array(String pointer) throws SyntaxError {
        ArrayNode array = NODES.arrayNode();
        enter();
        pos++;
        skipSpaceAndComments();
        while (true) {
            if (peek() == ']') {
                pos++;
                depth--;
                return array;
            }
            array.add(value(pointer + "/" + array.size()));
            skipSpaceAndComments();
            if (peek() == ',') {
                pos++;
                skipSpaceAndComments();
                if (peek() == ']') {
                    strict = false;
                }
            } else if (peek() != ']') {
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    /** One level deeper, refused past {@link #MAX_DEPTH} rather than overflowing the stack. */
    private void enter() throws SyntaxError {
        if (++depth > MAX_DEPTH) {
            throw error("objects and arrays nest more than " + MAX_DEPTH + " deep here");
        }
    }

    private String string() throws SyntaxError {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    break;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append(unicodeEscape());
                    default -> {
                        pos -= 2; // point at the backslash
                        throw error("'\\" + e + "' is not a JSON escape");
                    }
                }
            } else if (c == '\n') {
                pos--;
                throw error("a string is not closed before the end of the line");
            } else {
                if (c < 0x20) {
                    strict = false;
                }
                out.append(c);
            }
        }
        pos = start;
        throw error("a string is not closed");
    }

    private char unicodeEscape() throws SyntaxError {
        if (pos + 4 > text.length()) {
            throw error("a \\u escape needs four hex digits");
        }
        int value = 0;
        for (int i = pos; i < pos + 4; i++) {
            char c = text.charAt(i);
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw error("a \\u escape needs four hex digits");
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    private JsonNode number() throws SyntaxError {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            strict = false;
        }
        digits();
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            pos++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits();
        }
        String literal = text.substring(start, pos);
        if (integral) {
            BigInteger value = new BigInteger(literal);
            return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }
        return NODES.numberNode(new BigDecimal(literal));
    }

    private void digits() throws SyntaxError {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a digit");
        }
    }

    private JsonNode literal(String word, JsonNode node) throws SyntaxError {
        int end = pos + word.length();
        if (!text.startsWith(word, pos) || (end < text.length() && isWordChar(text.charAt(end)))) {
            throw error(UNQUOTED_WORD);
        }
        pos += word.length();
        return node;
    }

    private void skipSpaceAndComments() throws SyntaxError {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                strict = false;
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", pos)) {
                strict = false;
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error("a /* comment is not closed with */");
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) throws SyntaxError {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private SyntaxError error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SyntaxError(message, line, pos - lineStart + 1);
    }

    /** Escapes a field name for use in a JSON pointer (RFC 6901). */
    public static String escapePointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
