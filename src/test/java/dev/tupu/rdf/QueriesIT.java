package dev.tupu.rdf;

import dev.tupu.SeedGraph;
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
    private static final Map<String, String> EXPECTED = Map.of(
            "left-team.rq", "百度",
            "compared-projects.rq", "TensorFlow",
            "people-employers-schools.rq", "上海交通大学",
            "projects-and-developers.rq", "MXNet",
            "everything-about-an-entity.rq", "GluonCV",
            "relation-evidence.rq", "李沐",
            "counts-by-type.rq", "Person",
            "documents-mentioning.rq", "000_f81e6ebb9362b9de",
            "people-and-teams.rq", "李沐团队",
            "advisors-and-collaborators.rq", "advisedBy");

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
}
