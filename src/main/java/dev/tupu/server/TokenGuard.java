package dev.tupu.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Decides whether a request may write: its {@code Authorization: Bearer} token equals the server's, in constant time. */
final class TokenGuard {
    private final Optional<byte[]> token;

    TokenGuard(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Null when the header carries the right token; otherwise why the write is refused (never echoing the token). */
    String refusal(String authorizationHeader) {
        if (token.isEmpty()) {
            return "writes are disabled: start the server with --token (or TUPU_TOKEN) to enable them";
        }
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "this request writes: send the token as 'Authorization: Bearer <token>'";
        }
        byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get()) ? null : "the token is not valid";
    }
}
