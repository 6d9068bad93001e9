package dev.pendokit.collection.model;

/**
 * A property of an object shape: its JSON name, its Java name, and whether it is always present
 * ({@code required}) and whether it may be {@code null} or absent ({@code nullable}).
 */
public record Field(String name, String javaName, Shape shape, boolean required, boolean nullable,
                    String description) {}
