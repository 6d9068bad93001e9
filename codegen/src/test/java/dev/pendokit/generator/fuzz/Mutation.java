package dev.pendokit.generator.fuzz;

/**
 * One change made to a collection: its kind, where (a JSON pointer, or a byte offset for a cut),
 * and what was put there, so that a failing case can be read and replayed.
 */
record Mutation(Kind kind, String where, String what) {

    enum Kind {
        /** A key and its value taken out of an object. */
        REMOVE_KEY,
        /** A value replaced by one of another JSON type. */
        WRONG_TYPE,
        /** A string replaced by control characters, other scripts, placeholders or a very long text. */
        JUNK_STRING,
        /** A name (info.name, an item's, a key's) replaced by a keyword, a client member, unicode, 300 characters... */
        HOSTILE_NAME,
        /** An element of an array (usually an item) repeated. */
        DUPLICATE,
        /** A raw body replaced by JSON that is broken, lenient or nested very deeply. */
        JUNK_BODY,
        /** A description replaced by Markdown tables that say odd things (status 999999999999, empty types). */
        JUNK_DESCRIPTION,
        /** A URL replaced by one with repeated, empty or unclosed variables and odd escapes. */
        JUNK_URL,
        /** A value replaced by a copy of another part of the collection. */
        SWAP,
        /** A saved example's status replaced by an odd one (0, 1xx, 204, 3xx, 600, a string). */
        ODD_STATUS,
        /** The collection's auth replaced by another kind, with hostile variable names. */
        ODD_AUTH,
        /** A request sent to a server variable with a hostile name and regions in its description. */
        ODD_SERVER,
        /** The file cut at a byte offset. */
        TRUNCATE
    }

    @Override
    public String toString() {
        String shown = what.length() > 120 ? what.substring(0, 117) + "..." : what;
        return kind + " at " + (where.isEmpty() ? "/" : where) + (shown.isEmpty() ? "" : ": " + shown);
    }
}
