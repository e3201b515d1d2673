package dev.tupu.service;

/** A request's parameters are wrong; the message says which and why. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
