/**
 * The accept file ({@code pendokit.driftAccept}, {@code --accept}): known changes a team accepts,
 * each with its reason and an optional expiry date, and severity overrides per kind of change.
 * Read by {@link dev.pendokit.drift.accept.AcceptFile#read}, applied by
 * {@link dev.pendokit.drift.accept.Acceptance#apply}; the format is in {@code docs/drift-report.md}.
 */
package dev.pendokit.drift.accept;
