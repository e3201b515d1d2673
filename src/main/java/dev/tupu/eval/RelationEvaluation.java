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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores relation extraction on sentence-level data (DuIE, FinRE held-out parts as {@code tupu train} writes
 * them: {@code {"text", "relations": [{"subject", "predicate", "object", "source", "subjectStart", ...}]}}): the
 * whole pipeline runs on each sentence; only predicted relations of the scored predicates count, so a relation the
 * corpus has no label for is not held against the extractor. Two ways of matching a predicted relation to a gold
 * one of the same predicate (either order for symmetric relations):
 * <ul>
 *   <li>exact names: the gold's subject and object are names of the predicted entities (mention text, label or
 *       alias);</li>
 *   <li>overlapping spans: the predicted mentions overlap the gold's argument spans in the sentence (the corpora
 *       draw argument boundaries their own way: DuIE's 湖南大学 for the mention 湖南大学国际商学院), or the names match
 *       as above (an alias the text introduced stands elsewhere).</li>
 * </ul>
 * Recall is also given per source label (创始人, 董事长, ...), matched the second way.
 */
public final class RelationEvaluation {

    /**
     * Scores: micro (exact names); micro (overlapping spans or names); overlapping spans with precision over the predictions
     * between two arguments the corpus annotates (a pair it has looked at: DuIE is incomplete and has no label for
     * many true relations, a village's location or a CEO); per predicate; recall per source label.
     */
    public record Result(Score micro, Score overlap, Score annotatedPairs, Map<String, Score> byPredicate,
                         Map<String, Score> bySource, int sentences) {
    }

    private record Gold(String subject, String predicate, String object, String source, int subjectStart,
                        int subjectEnd, int objectStart, int objectEnd) {
        String triple() {
            return subject + "\t" + predicate + "\t" + object;
        }
    }

    public Result evaluate(Path file, Extractor extractor, Set<String> scored) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Score> byPredicate = new TreeMap<>();
        Map<String, Score> bySource = new TreeMap<>();
        Score overlap = Score.ZERO;
        Score annotated = Score.ZERO;
        int sentences = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            Extraction x = extractor.extract(node.get("text").asText());
            List<Gold> gold = new ArrayList<>();
            for (JsonNode r : node.get("relations")) {
                gold.add(new Gold(r.get("subject").asText(), r.get("predicate").asText(), r.get("object").asText(),
                        r.path("source").asText(r.get("predicate").asText()), r.path("subjectStart").asInt(-1),
                        r.path("subjectEnd").asInt(-1), r.path("objectStart").asInt(-1), r.path("objectEnd").asInt(-1)));
            }
            Set<String> found = new LinkedHashSet<>();
            Set<String> predicted = new LinkedHashSet<>();
            Set<Gold> overlapFound = new LinkedHashSet<>();
            Set<String> overlapPredicted = new LinkedHashSet<>();
            int overlapWrong = 0;
            int annotatedWrong = 0;
            for (RelationMention r : x.relations()) {
                String predicate = r.relation().localName();
                if (!scored.contains(predicate)) {
                    continue;
                }
                Gold exact = null;
                Gold spans = null;
                for (Gold g : gold) {
                    if (!g.predicate().equals(predicate)) {
                        continue;
                    }
                    boolean forward = names(x, r.subject()).contains(g.subject()) && names(x, r.object()).contains(g.object());
                    boolean backward = r.relation().symmetric() && names(x, r.subject()).contains(g.object())
                            && names(x, r.object()).contains(g.subject());
                    if (forward || backward) {
                        exact = g;
                    }
                    boolean overlapping = overlaps(r.subject(), g.subjectStart(), g.subjectEnd())
                            && overlaps(r.object(), g.objectStart(), g.objectEnd());
                    boolean overlappingBack = r.relation().symmetric() && overlaps(r.subject(), g.objectStart(), g.objectEnd())
                            && overlaps(r.object(), g.subjectStart(), g.subjectEnd());
                    if (overlapping || overlappingBack || forward || backward) {
                        spans = g;
                    }
                }
                String key = exact != null ? exact.triple() : r.subject().text() + "\t" + predicate + "\t" + r.object().text();
                if (predicted.add(key)) {
                    byPredicate.merge(predicate, new Score(exact != null ? 1 : 0, exact != null ? 0 : 1, 0), Score::plus);
                    if (exact != null) {
                        found.add(exact.triple());
                    }
                }
                String spanKey = r.subject().start() + "|" + predicate + "|" + r.object().start();
                if (overlapPredicted.add(spanKey)) {
                    if (spans != null) {
                        overlapFound.add(spans);
                    } else {
                        overlapWrong++;
                        if (annotatedArgument(gold, r.subject()) && annotatedArgument(gold, r.object())) {
                            annotatedWrong++;
                        }
                    }
                }
            }
            Set<String> goldTriples = new LinkedHashSet<>();
            for (Gold g : gold) {
                if (goldTriples.add(g.triple())) {
                    boolean hit = found.contains(g.triple());
                    if (!hit) {
                        byPredicate.merge(g.predicate(), new Score(0, 0, 1), Score::plus);
                    }
                    boolean relaxed = overlapFound.contains(g);
                    bySource.merge(g.source(), new Score(relaxed ? 1 : 0, 0, relaxed ? 0 : 1), Score::plus);
                }
            }
            overlap = overlap.plus(new Score(overlapFound.size(), overlapWrong, gold.size() - overlapFound.size()));
            annotated = annotated.plus(new Score(overlapFound.size(), annotatedWrong, gold.size() - overlapFound.size()));
            sentences++;
        }
        Score micro = byPredicate.values().stream().reduce(Score.ZERO, Score::plus);
        return new Result(micro, overlap, annotated, byPredicate, bySource, sentences);
    }

    private static boolean annotatedArgument(List<Gold> gold, Mention m) {
        return gold.stream().anyMatch(g -> overlaps(m, g.subjectStart(), g.subjectEnd())
                || overlaps(m, g.objectStart(), g.objectEnd()));
    }

    private static boolean overlaps(Mention m, int start, int end) {
        return start >= 0 && m.start() < end && start < m.end();
    }

    /** The names a mention may be matched by: its text, its entity's label and aliases. */
    private static Set<String> names(Extraction x, Mention m) {
        Set<String> names = new LinkedHashSet<>();
        names.add(m.text().strip());
        Entity e = x.entities().get(m.key());
        if (e != null) {
            names.add(e.label());
            names.addAll(e.aliases());
        }
        return names;
    }
}
