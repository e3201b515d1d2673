package dev.tupu.service;

/** A document that cannot be ingested: not UTF-8, empty, unreadable. The message names the file and the problem. */
public class BadDocumentException extends RuntimeException {
    public BadDocumentException(String message) {
        super(message);
    }
}
