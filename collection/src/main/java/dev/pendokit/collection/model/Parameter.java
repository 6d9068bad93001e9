package dev.pendokit.collection.model;

/**
 * A path, query, header or form parameter. {@code example} is the collection's value with
 * variables resolved where the collection defines them. A {@code constant} parameter has a literal
 * value that the request must always carry (Pendo's {@code x-pendo-base64-encoded-params: true}).
 * A {@code list} parameter takes several values joined by commas ({@code id=pageId1,pageId2}), as
 * its description says ("comma-separated"); {@code shape} is the shape of one value.
 */
public record Parameter(String name, String javaName, ParameterIn in, boolean required, boolean constant,
                        boolean list, ScalarShape shape, String example, String description) {}
