package dev.pendokit.collection.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps generated names short enough to be file names on every common file system, which take
 * at most 255 bytes per name: a type becomes {@code Name.java}, and javac writes a nested type as
 * {@code GroupApi$OperationParams$Builder.class}, two names in one. A longer name is cut at a
 * character boundary and ends in {@code _} and 8 hex digits of its hash, so the same name is
 * always cut alike and two long names that share their start stay apart.
 */
public final class ShortNames {

    /** Bytes of UTF-8 a generated Java name may take: two of them and their suffixes fit in 255. */
    public static final int MAX_BYTES = 80;

    private static final int HASH_HEX_DIGITS = 8;

    private ShortNames() {}

    /** {@code name}, or its start and hash when it is longer than {@link #MAX_BYTES}. */
    public static String fit(String name) {
        return fit(name, MAX_BYTES);
    }

    /** {@code name}, or its start and hash ({@code start_1a2b3c4d}) in at most {@code maxBytes} of UTF-8. */
    public static String fit(String name, int maxBytes) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return name;
        }
        int budget = maxBytes - HASH_HEX_DIGITS - 1;
        StringBuilder start = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            start.appendCodePoint(codePoint);
            bytes += size;
        }
        return start + "_" + hash(name);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
