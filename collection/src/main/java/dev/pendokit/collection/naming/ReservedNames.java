package dev.pendokit.collection.naming;

import java.util.Locale;
import java.util.Set;

/**
 * Names that are legal Java but that the generated code, or a file system, needs for itself, and
 * the one repair for all of them: a trailing underscore, as for keywords ({@code class_}) and as
 * the JLS advises for package names ({@code int_}).
 *
 * <ul>
 *   <li>Types ({@code model/} records) shadow neither {@code java.lang} ({@code String},
 *       {@code Object}, {@code Record}...), which generated code names without imports, nor the
 *       {@code Builder} nested in every record; nor are they a device name that Windows refuses as
 *       a file name ({@code Con}, {@code Aux}, {@code Nul}, {@code Com1}...).</li>
 *   <li>A folder's accessor or a top-level request's method takes no member of the client
 *       ({@link #CLIENT_MEMBERS}).</li>
 *   <li>A package segment is no keyword or literal ({@code class_}, {@code int_}, {@code null_}),
 *       starts with no digit ({@code _123}) and is no Windows device name.</li>
 * </ul>
 */
public final class ReservedNames {

    /**
     * What the generated client class has for itself: its {@code transport} field, the static
     * {@code builder()}, {@code toString()}, and {@code close()}, which it keeps for its own use
     * (its HTTP client is closeable from Java 21).
     */
    public static final Set<String> CLIENT_MEMBERS = Set.of("transport", "builder", "toString", "close");

    /** The type nested in every generated record and {@code Params} record. */
    private static final String NESTED_BUILDER = "Builder";

    /** Names Windows refuses for a file or folder, whatever the case and extension. */
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private ReservedNames() {}

    /** {@code String} → {@code String_}, {@code Builder} → {@code Builder_}, {@code Con} → {@code Con_}; others unchanged. */
    public static String type(String name) {
        return isTakenType(name) ? name + "_" : name;
    }

    /** Whether a generated type may not be called {@code name}. */
    public static boolean isTakenType(String name) {
        return JavaLangTypes.NAMES.contains(name) || name.equals(NESTED_BUILDER) || isWindowsDevice(name);
    }

    /** {@code transport} → {@code transport_}, {@code builder} → {@code builder_}; others unchanged. */
    public static String clientMember(String name) {
        return CLIENT_MEMBERS.contains(name) ? name + "_" : name;
    }

    /**
     * A package segment from lower-case letters and digits: {@code class} → {@code class_},
     * {@code 123} → {@code _123}, {@code con} → {@code con_}. Empty stays empty.
     */
    public static String packageSegment(String segment) {
        if (segment.isEmpty()) {
            return segment;
        }
        if (Character.isDigit(segment.charAt(0))) {
            return "_" + segment;
        }
        return JavaIdentifiers.isReserved(segment) || isWindowsDevice(segment) ? segment + "_" : segment;
    }

    private static boolean isWindowsDevice(String name) {
        return WINDOWS_DEVICES.contains(name.toLowerCase(Locale.ROOT));
    }
}
