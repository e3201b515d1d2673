package dev.tupu.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * How a servlet filter in front of Jena refuses a request: tupu's one JSON error shape, and {@code Connection: close}
 * because the request body was not read, so the connection cannot carry another request.
 */
final class FilterRefusal {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterRefusal() {
    }

    static void send(ServletResponse response, int status, String message) throws IOException {
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(status);
        out.setHeader("Connection", "close");
        out.setContentType("application/json;charset=utf-8");
        JSON.writeValue(out.getOutputStream(),
                new ErrorResponses.ErrorBody(message, status, ErrorResponses.typeOf(status), Map.of()));
    }
}
