package dev.pendokit.mock.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * A {@code filter} operator's expression, in the part of Pendo's language that cursors and date
 * windows need: {@code field OP literal} with {@code == != > >= < <=}, where the field is a dotted
 * path and the literal a number, a {@code "double-quoted"} or {@code `backquoted`} string,
 * {@code true} or {@code false}; joined by {@code &&} (binding tighter) and {@code ||}, grouped by
 * parentheses. Anything else is refused with the position and what was found, since a filter the
 * mock half-understood would page wrongly without saying so.
 *
 * <p>A field a row lacks, or holds a value of another kind than the literal, matches only
 * {@code !=}: an extractor's cursor then skips such rows rather than failing on them.
 */
final class FilterExpression implements Predicate<JsonNode> {

    private final String text;
    private final Predicate<JsonNode> test;

    private FilterExpression(String text, Predicate<JsonNode> test) {
        this.text = text;
        this.test = test;
    }

    /** @throws UnreadablePipelineException naming what could not be read, and where */
    static FilterExpression parse(String text) {
        Parser parser = new Parser(text);
        Predicate<JsonNode> test = parser.or();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.unreadable("expected && or || or the end");
        }
        return new FilterExpression(text, test);
    }

    @Override
    public boolean test(JsonNode row) {
        return test.test(row);
    }

    @Override
    public String toString() {
        return text;
    }

    private enum Comparison {
        EQ("=="), NE("!="), GE(">="), LE("<="), GT(">"), LT("<");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(JsonNode value, JsonNode literal) {
            if (!JsonValues.comparable(value, literal)) {
                return this == NE;
            }
            int order = JsonValues.ORDER.compare(value, literal);
            return switch (this) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case GE -> order >= 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case LT -> order < 0;
            };
        }
    }

    /** Recursive descent over the text; {@code or := and ('||' and)*, and := term ('&&' term)*}. */
    private static final class Parser {

        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Predicate<JsonNode> or() {
            Predicate<JsonNode> left = and();
            while (accept("||")) {
                left = left.or(and());
            }
            return left;
        }

        private Predicate<JsonNode> and() {
            Predicate<JsonNode> left = term();
            while (accept("&&")) {
                left = left.and(term());
            }
            return left;
        }

        private Predicate<JsonNode> term() {
            if (accept("(")) {
                Predicate<JsonNode> inner = or();
                if (!accept(")")) {
                    throw unreadable("expected )");
                }
                return inner;
            }
            FieldPath field = field();
            Comparison comparison = comparison();
            JsonNode literal = literal();
            return row -> comparison.holds(field.in(row), literal);
        }

        private FieldPath field() {
            skipSpaces();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '.' || text.charAt(pos) == '$')) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_' && name.charAt(0) != '$'
                    || name.equals("true") || name.equals("false")) {
                pos = start;
                throw unreadable("expected a field name");
            }
            return FieldPath.of(name, "filter");
        }

        private Comparison comparison() {
            for (Comparison comparison : Comparison.values()) {
                if (accept(comparison.symbol)) {
                    return comparison;
                }
            }
            throw unreadable("expected one of == != > >= < <=");
        }

        private JsonNode literal() {
            skipSpaces();
            if (pos >= text.length()) {
                throw unreadable("expected a number, a string, true or false");
            }
            char first = text.charAt(pos);
            if (first == '"' || first == '`') {
                return TextNode.valueOf(string(first));
            }
            for (String word : new String[] {"true", "false"}) {
                if (text.startsWith(word, pos) && !wordGoesOn(pos + word.length())) {
                    pos += word.length();
                    return BooleanNode.valueOf(word.equals("true"));
                }
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            try {
                return DecimalNode.valueOf(new BigDecimal(text.substring(start, pos)));
            } catch (NumberFormatException e) {
                pos = start;
                throw unreadable("expected a number, a string, true or false");
            }
        }

        /** A string up to its closing quote; a backslash escapes the next character in a double-quoted one. */
        private String string(char quote) {
            int start = pos++;
            StringBuilder value = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == quote) {
                    return value.toString();
                }
                if (c == '\\' && quote == '"' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                value.append(c);
            }
            pos = start;
            throw unreadable("a string without its closing " + quote);
        }

        private boolean wordGoesOn(int at) {
            return at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_');
        }

        private boolean accept(String symbol) {
            skipSpaces();
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return true;
            }
            return false;
        }

        void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        UnreadablePipelineException unreadable(String expected) {
            String found = pos >= text.length() ? "the end" : "'" + text.substring(pos, Math.min(text.length(), pos + 20)) + "'";
            return new UnreadablePipelineException("filter: could not read '" + text + "' at position " + (pos + 1)
                    + ": " + expected + ", found " + found);
        }
    }
}
