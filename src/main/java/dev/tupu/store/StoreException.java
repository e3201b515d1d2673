package dev.tupu.store;

/** The store cannot be opened or written; the message says why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
