package dev.tupu.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A text to ingest and where it came from.
 *
 * @param id         a stable id, from its source path (the same file builds into the same named graph)
 * @param title      a title: the first line of the text, shortened
 * @param sourcePath the path relative to the input given to {@code build}, or a caller's source name
 * @param text       the whole text
 * @param ingestedAt when it was ingested
 * @param date       the date of the text (its publication), or null when unknown: relative time expressions
 *                   (今年初, 去年) resolve against it
 */
public record SourceDocument(String id, String title, String sourcePath, String text, Instant ingestedAt,
                             LocalDate date) {
    /** A document whose date is not known. */
    public SourceDocument(String id, String title, String sourcePath, String text, Instant ingestedAt) {
        this(id, title, sourcePath, text, ingestedAt, null);
    }
}
