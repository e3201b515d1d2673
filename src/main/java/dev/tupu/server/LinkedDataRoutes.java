package dev.tupu.server;

import dev.tupu.service.DocumentService;
import dev.tupu.service.DocumentViews;
import dev.tupu.service.EntityService;
import dev.tupu.service.ExportFormat;
import dev.tupu.service.GraphService;
import dev.tupu.service.NotFoundException;
import dev.tupu.ontology.Iris;
import dev.tupu.support.Resources;
import io.javalin.http.Context;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Linked Data: every IRI tupu mints resolves on the server (its path, whatever host the request came to).
 * {@code /id/{key}} names a thing and {@code /ev/{key}} a relation or entity mention (a statement about a thing), not
 * documents, so they answer 303 See Other (W3C "Cool URIs for the Semantic Web", 303 variant: the IRIs stay readable
 * slash IRIs) to {@code /rdf/{key}.ttl|.nt|.jsonld} (or {@code /rdf/ev/…}) or to the HTML page {@code /page/{key}}
 * (or {@code /page/ev/…}), by {@code Accept}. {@code /doc/{id}} names a document, an information resource: it answers
 * 200 with its description in the negotiated format, or its page. {@code /ontology}, whose hash IRIs name the
 * vocabulary's terms, answers 200 with the ontology.
 */
final class LinkedDataRoutes {
    private static final List<ExportFormat> OFFERED = List.of(ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.JSONLD);
    private final EntityService entities;
    private final DocumentService documents;
    private final GraphService graph;
    private final Model ontology = RDFParser.fromString(Resources.text("/ontology/tupu.ttl"), Lang.TURTLE).toModel();

    LinkedDataRoutes(EntityService entities, DocumentService documents, GraphService graph) {
        this.entities = entities;
        this.documents = documents;
        this.graph = graph;
    }

    void register(RouteTable routes) {
        routes.get("/id/{key}", ctx -> {
            entities.get(ctx.pathParam("key")); // 404 for an unknown entity
            seeOther(ctx, "");
        });
        routes.get("/rdf/{file}", ctx -> rdf(ctx, graph::describe));
        routes.get("/page/{key}", ctx -> ctx.html(HtmlPages.entity(entities.get(ctx.pathParam("key")))));
        routes.get("/ev/{key}", ctx -> {
            graph.evidence(ctx.pathParam("key")); // 404 for an unknown mention
            seeOther(ctx, "ev/");
        });
        routes.get("/rdf/ev/{file}", ctx -> rdf(ctx, graph::describeEvidence));
        routes.get("/page/ev/{key}", ctx -> {
            String key = ctx.pathParam("key");
            ctx.html(HtmlPages.evidence(Iris.evidence(key), graph.evidence(key)));
        });
        routes.get("/doc/{id}", this::document);
        routes.get("/ontology", this::ontology);
    }

    /** 303 to the description of {@code {kind}{key}} in the negotiated format, or to its page. */
    private static void seeOther(Context ctx, String kind) {
        String encoded = URLEncoder.encode(ctx.pathParam("key"), StandardCharsets.UTF_8).replace("+", "%20");
        ExportFormat rdf = negotiate(ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        ctx.redirect(rdf == null ? "/page/" + kind + encoded : "/rdf/" + kind + encoded + "." + rdf.extension(),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static void rdf(Context ctx, BiFunction<String, ExportFormat, byte[]> describe) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new NotFoundException("ask for " + ctx.path() + ".ttl, .nt or .jsonld");
        }
        ExportFormat format = OFFERED.stream().filter(f -> f.extension().equals(file.substring(dot + 1)))
                .findFirst().orElseThrow(() -> new NotFoundException("no such format: " + file.substring(dot + 1)));
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(describe.apply(file.substring(0, dot), format));
    }

    /** The ontology, in the negotiated RDF format (Turtle for a browser: the ontology has no page). */
    private void ontology(Context ctx) {
        ExportFormat format = negotiate(ctx.header("Accept"));
        format = format == null ? ExportFormat.TURTLE : format;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFWriter.source(ontology).format(format.rdfFormat()).output(out);
        ctx.header("Vary", "Accept");
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(out.toByteArray());
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
