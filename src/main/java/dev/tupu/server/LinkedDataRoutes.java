package dev.tupu.server;

import dev.tupu.service.DocumentService;
import dev.tupu.service.DocumentViews;
import dev.tupu.service.EntityService;
import dev.tupu.service.EntityViews;
import dev.tupu.service.ExportFormat;
import dev.tupu.service.GraphService;
import dev.tupu.service.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Linked Data: the IRIs tupu mints resolve on the server (their path, whatever host the request came to).
 * {@code /id/{key}} names a thing, not a document, so it answers 303 See Other (W3C "Cool URIs for the Semantic
 * Web", 303 variant: the IRIs stay readable slash IRIs) to {@code /rdf/{key}.ttl|.nt|.jsonld} or to the HTML page
 * {@code /page/{key}}, by {@code Accept}. {@code /doc/{id}} names a document, an information resource: it answers
 * 200 with its description in the negotiated format, or its page.
 */
final class LinkedDataRoutes {
    private static final List<ExportFormat> OFFERED = List.of(ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.JSONLD);
    private final EntityService entities;
    private final DocumentService documents;
    private final GraphService graph;

    LinkedDataRoutes(EntityService entities, DocumentService documents, GraphService graph) {
        this.entities = entities;
        this.documents = documents;
        this.graph = graph;
    }

    void register(RouteTable routes) {
        routes.get("/id/{key}", this::seeOther);
        routes.get("/rdf/{file}", this::rdf);
        routes.get("/page/{key}", ctx -> ctx.html(HtmlPages.entity(entities.get(ctx.pathParam("key")))));
        routes.get("/doc/{id}", this::document);
    }

    private void seeOther(Context ctx) {
        String key = ctx.pathParam("key");
        entities.get(key); // 404 for an unknown entity
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
        ExportFormat rdf = negotiate(ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        ctx.redirect(rdf == null ? "/page/" + encoded : "/rdf/" + encoded + "." + rdf.extension(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void rdf(Context ctx) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new NotFoundException("ask for /rdf/{id}.ttl, .nt or .jsonld");
        }
        ExportFormat format = OFFERED.stream().filter(f -> f.extension().equals(file.substring(dot + 1)))
                .findFirst().orElseThrow(() -> new NotFoundException("no such format: " + file.substring(dot + 1)));
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(graph.describe(file.substring(0, dot), format));
    }

    private void document(Context ctx) {
        DocumentViews.Detail doc = documents.get(ctx.pathParam("id"));
        ExportFormat rdf = negotiate(ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        if (rdf == null) {
            ctx.html(HtmlPages.document(doc));
        } else {
            ctx.contentType(rdf.mediaType() + "; charset=utf-8").result(graph.describeDocument(doc.id(), rdf));
        }
    }

    /** The RDF format the client asks for, or null when it prefers HTML (or says nothing we offer). */
    static ExportFormat negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return ExportFormat.TURTLE;
        }
        double bestQ = -1;
        ExportFormat best = null;
        boolean html = false;
        double htmlQ = -1;
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] bits = part.strip().split(";");
            String type = bits[0].strip();
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                if (bits[i].strip().startsWith("q=")) {
                    try {
                        q = Double.parseDouble(bits[i].strip().substring(2));
                    } catch (NumberFormatException ignored) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                html = true;
                htmlQ = Math.max(htmlQ, q);
            }
            for (ExportFormat f : OFFERED) {
                if (f.mediaType().equals(type) && q > bestQ) {
                    bestQ = q;
                    best = f;
                }
            }
        }
        if (html && htmlQ >= bestQ) {
            return null;
        }
        return best != null ? best : html ? null : ExportFormat.TURTLE;
    }

}
