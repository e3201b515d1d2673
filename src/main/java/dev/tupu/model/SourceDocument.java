package dev.tupu.model;

import java.time.Instant;

/**
 * A text to ingest and where it came from.
 *
 * @param id         a stable id, from its source path (the same file builds into the same named graph)
 * @param title      a title: the first line of the text, shortened
 * @param sourcePath the path relative to the input given to {@code build}, or a caller's source name
 * @param text       the whole text
 * @param ingestedAt when it was ingested
 */
public record SourceDocument(String id, String title, String sourcePath, String text, Instant ingestedAt) {
}
