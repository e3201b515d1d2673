package dev.tupu.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;

/**
 * Writes a JSON answer straight to the servlet's stream. Javalin's own result path copies every body through a
 * freshly allocated buffer; measured under load that allocation was most of the server's garbage and its latency
 * (bench/RESULTS.md, section 5).
 */
final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBody() {
    }

    static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static void send(Context ctx, Object value) throws IOException {
        send(ctx, bytes(value));
    }

    static void send(Context ctx, byte[] body) throws IOException {
        ctx.contentType("application/json");
        ctx.res().setContentLength(body.length);
        ctx.res().getOutputStream().write(body);
    }
}
