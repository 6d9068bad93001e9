package dev.pendokit.drift.accept;

import dev.pendokit.drift.Change;

/**
 * A change an accept entry accepts: it is shown in the reports with the entry's reason and does
 * not fail the build.
 *
 * @param change the change, with its severity (after any override)
 * @param reason the entry's reason
 * @param expires the entry's last day ({@code YYYY-MM-DD}), or the empty string
 */
public record AcceptedChange(Change change, String reason, String expires) {}
