package dev.tupu.eval;

import dev.tupu.extract.names.Names;
import dev.tupu.model.Entity;
import dev.tupu.model.Extraction;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;
import dev.tupu.model.RelationTime;

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
 *       the gold has it, stated or inferred (either direction for symmetric relations); each triple counts once.
 *       Recall is over the relations the text states ({@code explicit}), and over all gold relations.</li>
 *   <li>Time: each (relation, role, value) the extraction dates a right relation with is right when the gold gives
 *       that relation that value in that role (a coarser value of it counts: 2016 for 2016-03); recall is over the
 *       gold's dated values of the relations found, matched exactly.</li>
 * </ul>
 */
public final class GraphEvaluation {

    /** Scores, and what was missed or wrongly found. */
    public record Result(Score entities, Map<String, Score> entitiesByType, RelationScore relations,
                         Map<String, RelationScore> relationsByPredicate, Score time, List<String> missedEntities,
                         List<String> wrongEntities, List<String> missedRelations, List<String> wrongRelations,
                         List<String> missedTimes, List<String> wrongTimes) {
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

        Map<String, GoldGraph.Relation> goldTriples = new HashMap<>();
        for (GoldGraph.Relation r : gold.relations()) {
            goldTriples.putIfAbsent(triple(r.subject(), r.predicate(), r.object()), r);
        }
        Map<String, List<RelationTime>> predicted = new java.util.LinkedHashMap<>();
        for (RelationMention r : extraction.relations()) {
            GoldGraph.Entity s = mapping.get(r.subject().key());
            GoldGraph.Entity o = mapping.get(r.object().key());
            String subject = s != null ? s.label() : "?" + label(extraction, r.subject().key());
            String object = o != null ? o.label() : "?" + label(extraction, r.object().key());
            List<RelationTime> times = predicted.computeIfAbsent(triple(subject, r.relation().localName(), object),
                    k -> new ArrayList<>());
            if (r.time() != null) {
                times.add(r.time());
            }
        }
        Map<String, RelationScore> relationScores = new TreeMap<>();
        List<String> wrongRelations = new ArrayList<>();
        Map<String, GoldGraph.Relation> found = new java.util.LinkedHashMap<>();
        Score time = Score.ZERO;
        List<String> wrongTimes = new ArrayList<>();
        List<String> missedTimes = new ArrayList<>();
        for (var p : predicted.entrySet()) {
            String key = p.getKey();
            String predicate = key.split("\t")[1];
            String match = goldTriples.containsKey(key) ? key
                    : isSymmetric(predicate) && goldTriples.containsKey(reversed(key)) ? reversed(key) : null;
            if (match != null) {
                found.put(match, goldTriples.get(match));
                relationScores.merge(predicate, RelationScore.predicted(true), RelationScore::plus);
                Set<GoldGraph.Time> given = timesOf(p.getValue());
                for (GoldGraph.Time t : given) {
                    boolean right = goldTriples.get(match).times().stream().anyMatch(g -> agrees(t, g));
                    time = time.plus(new Score(right ? 1 : 0, right ? 0 : 1, 0));
                    if (!right) {
                        wrongTimes.add(key.replace('\t', ' ') + " " + t.role() + " " + t.value());
                    }
                }
                for (GoldGraph.Time t : goldTriples.get(match).times()) {
                    if (t.value() != null && !given.contains(t)) {
                        time = time.plus(new Score(0, 0, 1));
                        missedTimes.add(match.replace('\t', ' ') + " " + t.role() + " " + t.value());
                    }
                }
            } else {
                wrongRelations.add(key);
                relationScores.merge(predicate, RelationScore.predicted(false), RelationScore::plus);
            }
        }
        List<String> missedRelations = new ArrayList<>();
        // a missed relation whose two names were both found was lost by the relation stages, not by recognition
        Set<String> foundNames = new java.util.HashSet<>();
        mapping.values().forEach(e -> foundNames.add(e.label()));
        for (var g : goldTriples.entrySet()) {
            boolean hit = found.containsKey(g.getKey());
            relationScores.merge(g.getValue().predicate(), RelationScore.gold(g.getValue().explicit(), hit),
                    RelationScore::plus);
            if (!hit) {
                boolean namesFound = foundNames.contains(g.getValue().subject())
                        && foundNames.contains(g.getValue().object());
                missedRelations.add(g.getKey() + (g.getValue().explicit() ? "" : "\t(inferred)")
                        + (namesFound ? "\t(both names found)" : ""));
            }
        }
        Score entities = entityScores.values().stream().reduce(Score.ZERO, Score::plus);
        RelationScore relations = relationScores.values().stream().reduce(RelationScore.ZERO, RelationScore::plus);
        return new Result(entities, entityScores, relations, relationScores, time, missedEntities, wrongEntities,
                missedRelations, wrongRelations, missedTimes, wrongTimes);
    }

    /**
     * A time given is right when the gold has it in the same role, at the same precision or a coarser one (2016 for
     * the gold's 2016-03 is right, less precise; 2016-04 is wrong).
     */
    private static boolean agrees(GoldGraph.Time given, GoldGraph.Time gold) {
        return given.role().equals(gold.role()) && gold.value() != null && gold.value().startsWith(given.value());
    }

    /** The distinct (role, value) pairs the extraction gave one relation. */
    private static Set<GoldGraph.Time> timesOf(List<RelationTime> times) {
        Set<GoldGraph.Time> out = new LinkedHashSet<>();
        for (RelationTime t : times) {
            if (t.point() != null) {
                out.add(new GoldGraph.Time("point", t.point()));
            }
            if (t.start() != null) {
                out.add(new GoldGraph.Time("start", t.start()));
            }
            if (t.end() != null) {
                out.add(new GoldGraph.Time("end", t.end()));
            }
        }
        return out;
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
