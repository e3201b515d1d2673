package dev.tupu.server;

import dev.tupu.support.Resources;
import io.javalin.http.Context;


/** The API's description, {@code /openapi.json} (OpenAPI 3), and Swagger UI for it at {@code /docs}. */
final class DocsRoutes {
    private final byte[] openApi = Resources.bytes("/web/openapi.json");
    private final byte[] docsPage = Resources.bytes("/web/docs.html");

    void register(RouteTable routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        routes.get("/docs", this::docs);
    }

    private void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(docsPage);
    }
}
