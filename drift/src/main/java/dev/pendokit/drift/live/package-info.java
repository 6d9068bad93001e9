/**
 * Live drift: the live API's answers against the collection's documentation. {@link
 * dev.pendokit.drift.live.LiveCheck} is the entry point; the rest are its parts (pacing, id
 * discovery, requests, the comparison).
 */
package dev.pendokit.drift.live;
