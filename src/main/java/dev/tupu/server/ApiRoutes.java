package dev.tupu.server;

import dev.tupu.service.EntityService;
import dev.tupu.service.ExportFormat;
import dev.tupu.service.InvalidRequestException;
import dev.tupu.store.GraphStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.util.Map;

/** Every REST route, registered in one place; handlers parse the request, call a service, write the answer. */
final class ApiRoutes {
    private final EntityService entities;
    private final GraphStore store;

    ApiRoutes(EntityService entities, GraphStore store) {
        this.entities = entities;
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "triples", store.tripleCount())));
        routes.get("/api/entities", this::search);
        routes.get("/api/entities/{id}", ctx -> ctx.json(entities.get(ctx.pathParam("id"))));
        routes.get("/api/entities/{id}/relations", ctx ->
                ctx.json(entities.relations(ctx.pathParam("id"), ctx.queryParam("predicate"))));
        routes.get("/api/export", this::export);
    }

    private void search(Context ctx) {
        ctx.json(entities.search(ctx.queryParam("q"), ctx.queryParam("type"),
                intParam(ctx, "limit", 20), intParam(ctx, "offset", 0)));
    }

    private void export(Context ctx) {
        String name = ctx.queryParam("format");
        ExportFormat format = name == null ? ExportFormat.TURTLE : ExportFormat.parse(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, format.rdfFormat());
        ctx.contentType(format.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"tupu." + format.extension() + "\"")
                .result(out.toByteArray());
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be an integer, not '" + value + "'");
        }
    }
}
