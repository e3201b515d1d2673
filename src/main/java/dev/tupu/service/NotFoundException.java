package dev.tupu.service;

/** The thing asked for does not exist; the message says what. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
