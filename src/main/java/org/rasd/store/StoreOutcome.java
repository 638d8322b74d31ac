package org.rasd.store;

/**
 * What storing one article did. {@code added} is false when the article was already stored (same URL or
 * same content hash); {@code eventsMerged} counts events recognised as another source's incident.
 */
public record StoreOutcome(boolean added, long articleId, int eventsAdded, int eventsMerged) {
}
