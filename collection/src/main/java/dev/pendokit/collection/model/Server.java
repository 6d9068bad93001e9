package dev.pendokit.collection.model;

/**
 * The host part of an operation's URL: {@code template} as written ({@code {{baseUrl}}} or
 * {@code https://postman-echo.com}), {@code defaultUrl} with collection variables resolved, and
 * {@code variable}, the variable a user sets to change it (empty when the host is literal).
 */
public record Server(String template, String defaultUrl, String variable) {}
