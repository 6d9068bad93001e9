package dev.pendokit.collection.postman;

/** A pre-request or test script, kept as data: pendokit does not run scripts. */
public record PostmanEvent(String listen, String script) {}
