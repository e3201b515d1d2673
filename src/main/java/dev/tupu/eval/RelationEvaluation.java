package dev.tupu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tupu.extract.Extractor;
import dev.tupu.model.Entity;
import dev.tupu.model.Extraction;
import dev.tupu.model.Mention;
import dev.tupu.model.RelationMention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores relation extraction on sentence-level data (DuIE, FinRE held-out parts as {@code tupu train} writes
 * them: {@code {"text", "relations": [{"subject", "predicate", "object", "source"}]}}): the whole pipeline runs on
 * each sentence; a predicted relation of one of the scored predicates is right when the gold has it between the
 * same names (an entity's label or any of its aliases may be the gold's name; either order for symmetric relations).
 * Recall is also given per source predicate (创始人, 董事长, ...). Only the scored predicates are counted, so a
 * relation the corpus has no label for is not held against the extractor.
 */
public final class RelationEvaluation {

    /** Scores: micro over the scored predicates, per predicate, and recall per source label. */
    public record Result(Score micro, Map<String, Score> byPredicate, Map<String, Score> bySource, int sentences) {
    }

    public Result evaluate(Path file, Extractor extractor, Set<String> scored) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Score> byPredicate = new TreeMap<>();
        Map<String, Score> bySource = new TreeMap<>();
        int sentences = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            Extraction x = extractor.extract(node.get("text").asText());
            Set<String> gold = new LinkedHashSet<>();
            Map<String, String> sourceOf = new java.util.HashMap<>();
            for (JsonNode r : node.get("relations")) {
                String t = triple(r.get("subject").asText(), r.get("predicate").asText(), r.get("object").asText());
                gold.add(t);
                sourceOf.put(t, r.path("source").asText(r.get("predicate").asText()));
            }
            Set<String> found = new HashSet<>();
            Set<String> predicted = new HashSet<>();
            for (RelationMention r : x.relations()) {
                String predicate = r.relation().localName();
                if (!scored.contains(predicate)) {
                    continue;
                }
                String match = null;
                for (String s : names(x, r.subject())) {
                    for (String o : names(x, r.object())) {
                        String t = triple(s, predicate, o);
                        String back = triple(o, predicate, s);
                        if (gold.contains(t)) {
                            match = t;
                        } else if (r.relation().symmetric() && gold.contains(back)) {
                            match = back;
                        }
                    }
                }
                String key = match != null ? match : triple(r.subject().text(), predicate, r.object().text());
                if (predicted.add(key)) {
                    boolean right = match != null;
                    byPredicate.merge(predicate, new Score(right ? 1 : 0, right ? 0 : 1, 0), Score::plus);
                    if (right) {
                        found.add(match);
                    }
                }
            }
            for (String g : gold) {
                String predicate = g.split("\t")[1];
                boolean hit = found.contains(g);
                if (!hit) {
                    byPredicate.merge(predicate, new Score(0, 0, 1), Score::plus);
                }
                bySource.merge(sourceOf.get(g), new Score(hit ? 1 : 0, 0, hit ? 0 : 1), Score::plus);
            }
            sentences++;
        }
        Score micro = byPredicate.values().stream().reduce(Score.ZERO, Score::plus);
        return new Result(micro, byPredicate, bySource, sentences);
    }

    /** The names a mention may be matched by: its text, its entity's label and aliases. */
    private static List<String> names(Extraction x, Mention m) {
        Set<String> names = new LinkedHashSet<>();
        names.add(m.text().strip());
        Entity e = x.entities().get(m.key());
        if (e != null) {
            names.add(e.label());
            names.addAll(e.aliases());
        }
        return List.copyOf(names);
    }

    private static String triple(String s, String p, String o) {
        return s + "\t" + p + "\t" + o;
    }
}
