package dev.tupu.server;

import dev.tupu.SeedGraph;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IRIs tupu mints resolve on the server with content negotiation (303 for things, 200 for documents). */
class LinkedDataIT {
    private static final HttpClient NO_FOLLOW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final HttpClient FOLLOW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static TupuServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), SeedGraph.store());
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The path part of one of our IRIs, on this server. */
    private static String local(String iri) {
        String path = iri.substring(Iris.BASE.length() - 1);
        int slash = path.lastIndexOf('/');
        return base + path.substring(0, slash + 1) + URLEncoder.encode(path.substring(slash + 1), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient client, String url, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_entity_iri_answers_303_to_its_description_in_the_asked_format() throws Exception {
        String iri = Iris.entity("person-李沐");
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD}) {
            String type = lang.getContentType().getContentTypeStr();
            var seeOther = get(NO_FOLLOW, local(iri), type);
            assertEquals(303, seeOther.statusCode(), type);
            var described = get(FOLLOW, local(iri), type);
            assertEquals(200, described.statusCode());
            assertTrue(described.headers().firstValue("Content-Type").orElse("").startsWith(type));
            Model m = RDFParser.fromString(described.body(), lang).toModel();
            assertTrue(m.contains(m.createResource(iri), RDFS.label, m.createLiteral("李沐", "zh")), type);
            assertTrue(described.body().contains("leftTeam"), "its relations and their provenance come along");
        }
    }

    @Test
    void a_browser_gets_a_page_with_the_evidence_highlighted() throws Exception {
        var page = get(FOLLOW, local(Iris.entity("person-李沐")), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<mark>李沐</mark>") && page.body().contains("leftTeam"), page.body());
    }

    @Test
    void a_document_iri_answers_200_with_its_description_or_its_marked_text() throws Exception {
        String iri = Iris.document("000_f81e6ebb9362b9de");
        var turtle = get(NO_FOLLOW, local(iri), "text/turtle");
        assertEquals(200, turtle.statusCode());
        Model m = RDFParser.fromString(turtle.body(), Lang.TURTLE).toModel();
        assertTrue(m.contains(m.createResource(iri), null, (org.apache.jena.rdf.model.RDFNode) null));
        var html = get(NO_FOLLOW, local(iri), "text/html");
        assertTrue(html.body().contains("class=m") && html.body().contains("MXNet"));
    }

    @Test
    void unknown_iris_answer_404_in_the_json_error_shape() throws Exception {
        var r = get(NO_FOLLOW, base + "/id/no-such-thing", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("\"status\":404"));
        assertEquals(404, get(NO_FOLLOW, base + "/doc/no-such-doc", "text/turtle").statusCode());
    }

    @Test
    void a_relation_mention_iri_answers_303_to_its_description_or_its_page() throws Exception {
        String iri = SeedGraph.store().read(ds -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query("PREFIX tupu: <" + Tupu.NS + "> "
                    + "SELECT ?ev { ?ev a tupu:RelationMention ; <" + RDF.predicate + "> tupu:leftTeam ; <" + RDF.subject
                    + "> <" + Iris.entity("person-李沐") + "> } LIMIT 1").build()) {
                return qe.execSelect().next().getResource("ev").getURI();
            }
        });
        assertTrue(iri.startsWith(Iris.EVIDENCE), iri);
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD}) {
            String type = lang.getContentType().getContentTypeStr();
            var seeOther = get(NO_FOLLOW, local(iri), type);
            assertEquals(303, seeOther.statusCode(), type);
            assertTrue(seeOther.headers().firstValue("Location").orElse("").startsWith("/rdf/ev/"), seeOther.headers().toString());
            var described = get(FOLLOW, local(iri), type);
            assertEquals(200, described.statusCode());
            Model m = RDFParser.fromString(described.body(), lang).toModel();
            Resource mention = m.getResource(iri);
            assertTrue(m.contains(mention, RDF.type, m.createResource(Tupu.NS + "RelationMention")), type);
            assertTrue(mention.hasProperty(m.createProperty(Tupu.NS + "sentence")), "its sentence comes along");
            assertTrue(m.contains(m.createResource(Iris.entity("person-李沐")), RDFS.label, m.createLiteral("李沐", "zh")),
                    "and the labels of what it names");
        }
        var page = get(FOLLOW, local(iri), "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Relation mention") && page.body().contains("<b>leftTeam</b>")
                && page.body().contains("<mark>百度</mark>") && page.body().contains("href=\"/page/person-"), page.body());
    }

    @Test
    void every_subject_iri_of_the_seed_graph_under_our_namespace_dereferences_to_rdf_about_it() throws Exception {
        List<String> subjects = SeedGraph.store().read(ds -> ds.getUnionModel().listSubjects()
                .filterKeep(Resource::isURIResource).mapWith(Resource::getURI).filterKeep(s -> s.startsWith(Iris.BASE)).toList());
        assertTrue(subjects.size() > 200, "entities, the document, relation and entity mentions: " + subjects.size());
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith(Iris.EVIDENCE)));
        List<String> failures = new ArrayList<>();
        for (String iri : checked(subjects)) {
            var first = get(NO_FOLLOW, local(iri), "text/turtle");
            HttpResponse<String> described = first;
            if (first.statusCode() == 303) {
                described = get(NO_FOLLOW, base + first.headers().firstValue("Location").orElse("/"), "text/turtle");
            }
            boolean ok = (first.statusCode() == 303 || first.statusCode() == 200) && described.statusCode() == 200
                    && described.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle")
                    && RDFParser.fromString(described.body(), Lang.TURTLE).toModel()
                    .contains(org.apache.jena.rdf.model.ResourceFactory.createResource(iri), null, (RDFNode) null);
            if (!ok) {
                failures.add(iri + " -> " + first.statusCode() + " / " + described.statusCode());
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The subject IRIs to dereference: all of them here. */
    List<String> checked(List<String> subjects) {
        return subjects;
    }

    @Test
    void the_vocabulary_terms_the_graph_uses_resolve_to_the_ontology() throws Exception {
        List<String> terms = SeedGraph.store().read(ds -> {
            Model union = ds.getUnionModel();
            List<String> used = new ArrayList<>(union.listStatements().mapWith(st -> st.getPredicate().getURI()).toSet());
            used.addAll(union.listObjectsOfProperty(RDF.type).mapWith(n -> n.asResource().getURI()).toSet());
            return used.stream().filter(t -> t.startsWith(Tupu.NS)).distinct().toList();
        });
        assertTrue(terms.size() > 20, terms.toString());
        var ontology = get(NO_FOLLOW, base + "/ontology", "text/turtle");
        assertEquals(200, ontology.statusCode());
        Model m = RDFParser.fromString(ontology.body(), Lang.TURTLE).toModel();
        for (String term : terms) {
            assertTrue(m.contains(m.createResource(term), RDFS.label, (RDFNode) null), term + " is defined with a label");
        }
        var jsonld = get(NO_FOLLOW, base + "/ontology", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(m.size(), RDFParser.fromString(jsonld.body(), Lang.JSONLD).toModel().size());
    }

    @Test
    void unknown_mentions_answer_404_in_the_json_error_shape() throws Exception {
        for (String path : List.of("/ev/no-such-mention", "/rdf/ev/no-such-mention.ttl", "/page/ev/no-such-mention")) {
            var r = get(NO_FOLLOW, base + path, "text/turtle");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("\"status\":404"), r.body());
        }
    }

    @Test
    void html_in_names_is_escaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", HtmlPages.esc("<script>alert('x')</script>"));
    }
}
