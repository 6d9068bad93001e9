package dev.pendokit.collection.resolve;

import dev.pendokit.collection.model.BodyKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Media types and the body kinds they imply. For documented responses without examples, the
 * documentation's own words decide: "returned as a .csv", "CSV file returned" or a {@code .csv}
 * URI mean CSV, "Response contains XML" or a {@code .xml} URI mean XML, and everything else is
 * JSON, which is what Pendo's overview promises ("All request and response bodies, including
 * errors, are encoded in JSON").
 */
final class MediaTypes {

    private static final Pattern CSV = Pattern.compile(
            "(?i)\\.csv\\b|\\bcsv file\\b|returned as (?:a )?\\.?csv\\b|text/csv|contents as csv\\b");
    private static final Pattern XML = Pattern.compile(
            "(?i)\\bresponse contains xml\\b|\\breturns? (?:an? )?xml\\b|application/xml|\\.xml\\b");

    private MediaTypes() {}

    static BodyKind kindOf(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return BodyKind.JSON;
        }
        if (type.contains("csv")) {
            return BodyKind.CSV;
        }
        if (type.contains("xml")) {
            return BodyKind.XML;
        }
        if (type.startsWith("multipart/")) {
            return BodyKind.MULTIPART_FORM;
        }
        if (type.contains("x-www-form-urlencoded")) {
            return BodyKind.FORM_URLENCODED;
        }
        if (type.startsWith("text/") || type.contains("javascript")) {
            return BodyKind.TEXT;
        }
        return type.isEmpty() ? BodyKind.JSON : BodyKind.BINARY;
    }

    /** The media type a success response documented only in words has. */
    static String documentedSuccess(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        // The patterns only run where their keyword occurs: descriptions are long, cues rare.
        if (lower.contains("csv") && CSV.matcher(words).find()) {
            return "text/csv";
        }
        if (lower.contains("xml") && XML.matcher(words).find()) {
            return "application/xml";
        }
        return "application/json";
    }
}
