package dev.tupu.rdf;

import dev.tupu.SeedGraph;
import dev.tupu.TimedSeedGraph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each query in queries/ says what it answers in a comment and answers it on the seed graph. */
class QueriesIT {
    /** For each query, a value its answer must contain. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("left-team.rq", "百度"),
            Map.entry("left-when.rq", "百度"),
            Map.entry("compared-projects.rq", "TensorFlow"),
            Map.entry("people-employers-schools.rq", "上海交通大学"),
            Map.entry("projects-and-developers.rq", "MXNet"),
            Map.entry("everything-about-an-entity.rq", "GluonCV"),
            Map.entry("career.rq", "卡内基梅隆大学"),
            Map.entry("relation-evidence.rq", "李沐"),
            Map.entry("counts-by-type.rq", "Person"),
            Map.entry("documents-mentioning.rq", "000_f81e6ebb9362b9de"),
            Map.entry("people-and-teams.rq", "李沐团队"),
            Map.entry("advisors-and-collaborators.rq", "advisedBy"));

    private static List<String> answer(Query query) {
        return SeedGraph.store().read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                List<String> values = new ArrayList<>();
                qe.execSelect().forEachRemaining((QuerySolution row) ->
                        row.varNames().forEachRemaining(v -> values.add(row.get(v).toString())));
                return values;
            }
        });
    }

    @Test
    void every_query_has_a_comment_and_a_meaningful_answer_on_the_seed_graph() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "at least eight queries");
        assertEquals(EXPECTED.keySet(), java.util.Set.copyOf(files.stream().map(p -> p.getFileName().toString()).toList()));
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.startsWith("#"), file + " starts with a comment saying what it answers");
            List<String> values = answer(QueryFactory.create(text));
            assertFalse(values.isEmpty(), file + " has an answer");
            String expected = EXPECTED.get(file.getFileName().toString());
            assertTrue(values.stream().anyMatch(v -> v.contains(expected)), file + " mentions " + expected + ": " + values);
        }
    }

    /** One row per solution: the lexical forms of {@code vars}, joined by spaces. */
    private static List<String> rows(String file, String... vars) throws Exception {
        Query query = QueryFactory.create(Files.readString(Path.of("queries", file)));
        return TimedSeedGraph.store().read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                List<String> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> rows.add(String.join(" ", java.util.Arrays.stream(vars)
                        .map(v -> row.contains(v) ? (row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm()
                                : row.get(v).toString()) : "-").toList())));
                return rows;
            }
        });
    }

    @Test
    void who_left_which_organisation_and_when_on_a_graph_with_time() throws Exception {
        List<String> rows = rows("left-when.rq", "who", "left", "when", "timeText", "how");
        assertEquals(List.of("李沐 百度 2012 2012年 leftTeam", "李沐 百度 2012 2011 年只2012 年 worksFor"), rows.subList(0, 2),
                "dated departures first, earliest first: " + rows);
    }

    @Test
    void an_entitys_career_in_order_on_a_graph_with_time() throws Exception {
        List<String> rows = rows("career.rq", "when", "relation", "other");
        assertEquals(List.of("2004 studiedAt 上海交通大学", "2011 worksFor 百度", "2012 leftTeam 百度", "2012 studiedAt 卡内基梅隆大学"),
                rows.subList(0, 4), rows.toString());
        assertTrue(rows.get(4).startsWith("- "), "undated relations follow: " + rows);
    }
}
