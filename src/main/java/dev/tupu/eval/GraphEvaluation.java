package dev.tupu.eval;

import dev.tupu.extract.names.Names;
import dev.tupu.model.Entity;
import dev.tupu.model.Extraction;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores one document's extraction against its {@link GoldGraph}.
 * <ul>
 *   <li>Entities: a predicted entity is right when one of its names (label or alias, compared in match form) is a
 *       name of a gold entity of the same vocabulary class. A second predicted entity for an already matched gold
 *       entity is a false positive (one entity per real-world thing).</li>
 *   <li>Relations: a predicted (subject, relation, object), with both ends mapped to gold entities, is right when
 *       the gold states it (either direction for symmetric relations). Each triple counts once.</li>
 * </ul>
 */
public final class GraphEvaluation {

    /** Scores, and what was missed or wrongly found. */
    public record Result(Score entities, Map<String, Score> entitiesByType, Score relations,
                         Map<String, Score> relationsByPredicate, List<String> missedEntities,
                         List<String> wrongEntities, List<String> missedRelations, List<String> wrongRelations) {
    }

    public Result evaluate(GoldGraph gold, Extraction extraction) {
        Map<String, GoldGraph.Entity> goldByName = new HashMap<>();
        for (GoldGraph.Entity e : gold.entities()) {
            for (String name : e.names()) {
                goldByName.putIfAbsent(Names.matchForm(name) + "|" + e.type(), e);
            }
        }
        Map<String, GoldGraph.Entity> mapping = new HashMap<>();
        Set<GoldGraph.Entity> matched = new LinkedHashSet<>();
        Map<String, Score> entityScores = new TreeMap<>();
        List<String> wrongEntities = new ArrayList<>();
        for (Entity e : extraction.entities().values()) {
            String type = e.type().core().localName();
            GoldGraph.Entity hit = null;
            List<String> names = new ArrayList<>(e.aliases());
            names.add(0, e.label());
            for (String name : names) {
                hit = goldByName.get(Names.matchForm(name) + "|" + type);
                if (hit != null) {
                    break;
                }
            }
            if (hit != null && !matched.contains(hit)) {
                matched.add(hit);
                mapping.put(e.key(), hit);
                entityScores.merge(type, new Score(1, 0, 0), Score::plus);
            } else {
                if (hit != null) {
                    mapping.put(e.key(), hit);
                }
                wrongEntities.add(e.label() + " (" + type + (hit != null ? ", a second entity for " + hit.label() : "") + ")");
                entityScores.merge(type, new Score(0, 1, 0), Score::plus);
            }
        }
        List<String> missedEntities = new ArrayList<>();
        for (GoldGraph.Entity e : gold.entities()) {
            if (!matched.contains(e)) {
                missedEntities.add(e.label() + " (" + e.type() + ")");
                entityScores.merge(e.type(), new Score(0, 0, 1), Score::plus);
            }
        }

        Set<String> goldTriples = new LinkedHashSet<>();
        for (GoldGraph.Relation r : gold.relations()) {
            goldTriples.add(triple(r.subject(), r.predicate(), r.object()));
        }
        Set<String> predicted = new LinkedHashSet<>();
        for (RelationMention r : extraction.relations()) {
            GoldGraph.Entity s = mapping.get(r.subject().key());
            GoldGraph.Entity o = mapping.get(r.object().key());
            String subject = s != null ? s.label() : "?" + label(extraction, r.subject().key());
            String object = o != null ? o.label() : "?" + label(extraction, r.object().key());
            predicted.add(triple(subject, r.relation().localName(), object));
        }
        Map<String, Score> relationScores = new TreeMap<>();
        List<String> wrongRelations = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (String p : predicted) {
            String match = goldTriples.contains(p) ? p : goldTriples.contains(reversed(p)) ? reversed(p) : null;
            String predicate = p.split("\t")[1];
            if (match != null && (match.equals(p) || isSymmetric(predicate))) {
                found.add(match);
                relationScores.merge(predicate, new Score(1, 0, 0), Score::plus);
            } else {
                wrongRelations.add(p);
                relationScores.merge(predicate, new Score(0, 1, 0), Score::plus);
            }
        }
        List<String> missedRelations = new ArrayList<>();
        for (String g : goldTriples) {
            if (!found.contains(g)) {
                missedRelations.add(g);
                relationScores.merge(g.split("\t")[1], new Score(0, 0, 1), Score::plus);
            }
        }
        Score entities = entityScores.values().stream().reduce(Score.ZERO, Score::plus);
        Score relations = relationScores.values().stream().reduce(Score.ZERO, Score::plus);
        return new Result(entities, entityScores, relations, relationScores, missedEntities, wrongEntities,
                missedRelations, wrongRelations);
    }

    private static String label(Extraction extraction, String key) {
        Entity e = extraction.entities().get(key);
        return e == null ? key : e.label();
    }

    /** A triple as text: subject, predicate and object separated by tabs (labels may hold spaces). */
    private static String triple(String subject, String predicate, String object) {
        return subject + "\t" + predicate + "\t" + object;
    }

    private static String reversed(String triple) {
        String[] parts = triple.split("\t");
        return triple(parts[2], parts[1], parts[0]);
    }

    private static boolean isSymmetric(String predicate) {
        return Relation.byLocalName(predicate).map(Relation::symmetric).orElse(false);
    }

}
