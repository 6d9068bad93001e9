package dev.pendokit.collection.model;

/** How serious a diagnostic is: errors stop the build; warnings stop it only in strict mode. */
public enum Severity {
    WARNING,
    ERROR
}
