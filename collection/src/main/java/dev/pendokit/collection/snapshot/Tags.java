package dev.pendokit.collection.snapshot;

/** The bytes that say what comes next in a model's snapshot, where a value can be of more than one kind. */
final class Tags {

    static final byte NULL = 0;

    static final byte OBJECT = 1;
    /** An object shape written before: its number follows. */
    static final byte OBJECT_AGAIN = 2;
    static final byte ARRAY = 3;
    static final byte MAP = 4;
    static final byte SCALAR = 5;
    static final byte ANY = 6;

    static final byte AUTH_API_KEY = 10;
    static final byte AUTH_BEARER = 11;
    static final byte AUTH_BASIC = 12;
    static final byte AUTH_NONE = 13;
    static final byte AUTH_OTHER = 14;

    private Tags() {}
}
