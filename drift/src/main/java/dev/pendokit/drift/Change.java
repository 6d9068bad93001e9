package dev.pendokit.drift;

/**
 * One difference found, with how it affects a client generated from the baseline and why.
 *
 * @param severity how it affects such a client
 * @param kind what kind of change, a stable key ({@code response-field-removed}, ...; see
 *     {@code docs/drift-report.md})
 * @param operation the request it concerns, as {@code Folder/Request} in the collection, or the
 *     empty string for the collection as a whole
 * @param where the place within the request ({@code response 200: $[].rootVersionId},
 *     {@code query parameter appId}), or the empty string
 * @param what the change in a sentence
 * @param rule the rule that decided the severity, in a sentence
 */
public record Change(Severity severity, String kind, String operation, String where, String what, String rule) {}
