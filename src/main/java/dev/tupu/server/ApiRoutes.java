package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.service.DocumentDates;
import dev.tupu.service.DocumentService;
import dev.tupu.service.EntityService;
import dev.tupu.service.ExportFormat;
import dev.tupu.service.GraphService;
import dev.tupu.service.InvalidRequestException;
import dev.tupu.service.VersionedCache;
import dev.tupu.store.GraphStore;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/** Every REST route, registered in one place; handlers parse the request, call a service, write the answer. */
final class ApiRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The most asked-for answer, kept as bytes until the store changes (see {@link VersionedCache}). */
    private final VersionedCache<String, byte[]> entityJson;
    /** The home page's overview, computed once per version of the store. */
    private final VersionedCache<String, byte[]> overview;
    private final EntityService entities;
    private final DocumentService documents;
    private final GraphService graph;
    private final GraphStore store;
    private final TokenGuard guard;
    private final dev.tupu.service.QueryLibrary queries = new dev.tupu.service.QueryLibrary();

    ApiRoutes(EntityService entities, DocumentService documents, GraphService graph, GraphStore store, TokenGuard guard) {
        this.entities = entities;
        this.documents = documents;
        this.graph = graph;
        this.store = store;
        this.guard = guard;
        this.entityJson = new VersionedCache<>(store, 2_000);
        this.overview = new VersionedCache<>(store, 1);
    }

    void register(RouteTable routes) {
        routes.get("/api/health", ctx -> {
            Map<String, Object> health = new java.util.LinkedHashMap<>();
            health.put("status", "ok");
            health.put("triples", store.tripleCount());
            JsonBody.send(ctx, health);
        });
        routes.get("/api/stats", ctx -> JsonBody.send(ctx, graph.stats()));
        routes.get("/api/overview", ctx -> JsonBody.send(ctx, overview.get("overview", () -> JsonBody.bytes(graph.overview()))));
        routes.get("/api/entities", this::search);
        routes.get("/api/entities/{id}", ctx -> {
            String id = ctx.pathParam("id");
            JsonBody.send(ctx, entityJson.get(id, () -> JsonBody.bytes(entities.get(id))));
        });
        routes.get("/api/entities/{id}/relations", ctx ->
                JsonBody.send(ctx, entities.relations(ctx.pathParam("id"), ctx.queryParam("predicate"))));
        routes.get("/api/entities/{id}/timeline", ctx -> JsonBody.send(ctx, entities.timeline(ctx.pathParam("id"))));
        routes.get("/api/entities/{id}/export", this::exportEntity);
        routes.get("/api/paths", ctx -> JsonBody.send(ctx, graph.paths(ctx.queryParam("from"), ctx.queryParam("to"),
                intParam(ctx, "maxHops", 3))));
        routes.get("/api/documents", ctx -> JsonBody.send(ctx, documents.list()));
        routes.post("/api/documents", this::addDocument);
        routes.get("/api/documents/{id}", ctx -> JsonBody.send(ctx, documents.get(ctx.pathParam("id"))));
        routes.delete("/api/documents/{id}", ctx -> {
            requireToken(ctx);
            documents.delete(ctx.pathParam("id"));
            ctx.status(204);
        });
        routes.get("/api/export", this::export);
        routes.get("/api/queries", ctx -> JsonBody.send(ctx, queries.all()));
    }

    private void search(Context ctx) throws java.io.IOException {
        JsonBody.send(ctx, entities.search(ctx.queryParam("q"), ctx.queryParam("type"),
                intParam(ctx, "limit", 20), intParam(ctx, "offset", 0)));
    }

    /**
     * JSON {@code {"text", "title", "source", "date"}} or a plain-text body (title, source and date as query
     * parameters); the token is required.
     */
    private void addDocument(Context ctx) throws IOException {
        requireToken(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        String text;
        String title = ctx.queryParam("title");
        String source = ctx.queryParam("source");
        String date = ctx.queryParam("date");
        if (type.startsWith("application/json")) {
            JsonNode body;
            try {
                body = JSON.readTree(ctx.bodyAsBytes());
            } catch (IOException e) {
                throw new InvalidRequestException("the body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (body == null || !body.path("text").isTextual()) {
                throw new InvalidRequestException("the JSON body needs a \"text\" field (a string)");
            }
            text = body.get("text").asText();
            title = body.path("title").isTextual() ? body.get("title").asText() : title;
            source = body.path("source").isTextual() ? body.get("source").asText() : source;
            JsonNode dateField = body.path("date");
            if (!dateField.isMissingNode() && !dateField.isNull() && !dateField.isTextual()) {
                throw new InvalidRequestException("\"date\" must be a string YYYY-MM-DD, not " + dateField);
            }
            date = dateField.isTextual() ? dateField.asText() : date;
        } else if (type.startsWith("text/plain") || type.startsWith("text/markdown")) {
            text = ctx.body();
        } else {
            throw new HttpResponseException(415, "send the document as application/json ({\"text\": …}) or text/plain");
        }
        ctx.status(201).json(documents.add(title, source, text,
                date == null || date.isBlank() ? null : DocumentDates.parse(date, "date")));
    }

    private void export(Context ctx) {
        ExportFormat format = format(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, format.rdfFormat());
        ctx.contentType(format.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"tupu." + format.extension() + "\"")
                .result(out.toByteArray());
    }

    private void exportEntity(Context ctx) {
        ExportFormat format = format(ctx);
        byte[] rdf = graph.describe(ctx.pathParam("id"), format);
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(rdf);
    }

    private static ExportFormat format(Context ctx) {
        String name = ctx.queryParam("format");
        return name == null ? ExportFormat.TURTLE : ExportFormat.parse(name);
    }

    private void requireToken(Context ctx) {
        String refusal = guard.refusal(ctx.header("Authorization"));
        if (refusal != null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tupu\"");
            throw new HttpResponseException(401, refusal);
        }
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
