package dev.pendokit.stubs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A value of the request that a stub's answer carries, and how a WireMock response template
 * refers to it: a path variable ({@code request.path.NAME}, by its name in the stub's
 * {@code urlPathTemplate}) or a required query parameter ({@code request.query.NAME}).
 *
 * @param name the path template's variable or the query parameter's name
 * @param query a query parameter (its values are a list: it may be repeated)
 * @param commaSeparated its values are also split on commas, as the documentation says the
 *     server does ({@code id=page1,page2})
 * @param answered the strings the saved answer holds for it (the documented value, and for a
 *     comma-separated one each of its items)
 */
record RequestValue(String name, boolean query, boolean commaSeparated, List<String> answered) {

    /**
     * Names a template can refer to with Handlebars' {@code [literal]} segment: without the
     * characters that end one ({@code ]}) or that WireMock's parser reads otherwise.
     */
    private static final Pattern REFERABLE = Pattern.compile("[A-Za-z0-9_$.:-]+");

    RequestValue {
        answered = List.copyOf(answered);
    }

    static boolean referable(String name) {
        return REFERABLE.matcher(name).matches();
    }

    /**
     * The value, as a string: a path variable percent-decoded (WireMock's {@code request.path}
     * holds it as sent; clients encode {@code +} as {@code %2B}, so decoding it as a form is
     * exact for them), a query parameter's first value (WireMock has decoded it).
     */
    String one() {
        return query ? "request.query.[" + name + "].[0]" : "(urlEncode request.path.[" + name + "] decode=true)";
    }

    /**
     * Every value of a query parameter, as a list: each time it is given and, when comma-separated,
     * each item. WireMock has no split helper; the values joined with commas are written as a
     * JSON string, whose commas are all separators (an escape never holds one), and read back as
     * a JSON array with each comma made {@code ","}.
     */
    String each() {
        if (!commaSeparated) {
            return "request.query.[" + name + "]";
        }
        return "(parseJson (stringFormat '[%s]' (replace (toJson (arrayJoin ',' request.query.[" + name
                + "])) ',' '\",\"')))";
    }
}
