package dev.tupu.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.SeedGraph;
import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
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

/**
 * The times the pipeline itself reads from the seed article (no fixture): 李沐 left 百度 in 2012, worked there from
 * 2011, studied at CMU from 2012 and finished at 上海交通大学 in 2004; as RDF on the relation mentions, in the REST
 * answer and in the timeline; and no time on a relation whose clause states none.
 */
class SeedTimesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LI_MU = "person-李沐";
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

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** "predicate object role value" for each dated mention of 李沐's relations, from the store's RDF. */
    private static List<String> rdfTimes() {
        GraphStore store = SeedGraph.store();
        String q = "PREFIX tupu: <" + Tupu.NS + "> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?p ?label ?role ?value WHERE { ?ev rdf:subject <https://tupu.dev/id/" + LI_MU + "> ; "
                + "rdf:predicate ?p ; rdf:object ?o . ?o rdfs:label ?label . "
                + "VALUES ?role { tupu:pointInTime tupu:startTime tupu:endTime } ?ev ?role ?value }";
        List<String> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.getResource("p").getLocalName() + " " + s.getLiteral("label").getString() + " "
                            + s.getResource("role").getLocalName() + " " + s.getLiteral("value").getLexicalForm());
                }
            }
        });
        return out;
    }

    @Test
    void the_seed_relations_carry_the_times_their_clauses_state_as_rdf() {
        List<String> times = rdfTimes();
        for (String expected : List.of("leftTeam 百度 pointInTime 2012", "worksFor 百度 startTime 2011",
                "studiedAt 卡内基梅隆大学 startTime 2012", "studiedAt 上海交通大学 endTime 2004")) {
            assertTrue(times.contains(expected), expected + " in " + times);
        }
    }

    @Test
    void the_rest_answer_and_the_timeline_show_them() throws Exception {
        String id = URLEncoder.encode(LI_MU, StandardCharsets.UTF_8);
        List<String> steps = new ArrayList<>();
        for (JsonNode item : json("/api/entities/" + id + "/timeline").get("items")) {
            JsonNode t = item.get("time");
            String role = t.has("point") ? "point" : t.has("start") ? "start" : "end";
            steps.add(item.get("predicate").asText() + " " + item.at("/other/label").asText() + " " + role + " "
                    + t.get(role).asText());
        }
        for (String expected : List.of("leftTeam 百度 point 2012", "worksFor 百度 start 2011",
                "studiedAt 卡内基梅隆大学 start 2012", "studiedAt 上海交通大学 end 2004")) {
            assertTrue(steps.contains(expected), expected + " in the timeline " + steps);
        }
        boolean shown = false;
        for (JsonNode r : json("/api/entities/" + id + "/relations?predicate=leftTeam")) {
            for (JsonNode p : r.get("provenance")) {
                shown |= r.at("/other/label").asText().equals("百度") && "2012".equals(p.at("/time/point").asText());
            }
        }
        assertTrue(shown, "the REST relation entry carries the time");
    }

    @Test
    void a_relation_whose_clause_states_no_time_has_none() {
        GraphStore store = SeedGraph.store();
        String q = "PREFIX tupu: <" + Tupu.NS + "> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                + "SELECT ?sentence ?text WHERE { ?ev tupu:sentence ?sentence ; tupu:timeText ?text }";
        int[] dated = {0};
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    dated[0]++;
                    assertTrue(s.getLiteral("sentence").getString().contains(s.getLiteral("text").getString()),
                            "a time comes from the relation's own sentence: " + s);
                }
            }
        });
        assertTrue(dated[0] >= 4, "the seed's dated relations carry their time: " + dated[0]);
    }
}
