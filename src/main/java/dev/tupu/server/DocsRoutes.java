package dev.tupu.server;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API's description, {@code /openapi.json} (OpenAPI 3), and Swagger UI for it at {@code /docs}. */
final class DocsRoutes {
    private final byte[] openApi = resource("/web/openapi.json");
    private final byte[] docsPage = resource("/web/docs.html");

    void register(RouteTable routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        routes.get("/docs", this::docs);
    }

    private void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(docsPage);
    }

    private static byte[] resource(String path) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
