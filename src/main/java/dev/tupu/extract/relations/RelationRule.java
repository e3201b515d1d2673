package dev.tupu.extract.relations;

import dev.tupu.extract.names.TypeFilter;
import dev.tupu.model.Relation;
import dev.tupu.support.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A trigger rule: a trigger word, the relation it states, the argument types it takes, and where the object stands.
 * Rules are data ({@code rules/relations.tsv}); the file documents the columns. An {@code inverse} rule finds its
 * arguments as usual (the agent as subject: 英伟达 发布 A100) and states the relation the other way round
 * (A100 developedBy 英伟达).
 */
public record RelationRule(String name, Relation relation, Pattern trigger, TypeFilter subject, TypeFilter object,
                           Side side, double confidence, boolean allObjects, boolean inverse) {

    public RelationRule(String name, Relation relation, Pattern trigger, TypeFilter subject, TypeFilter object,
                        Side side, double confidence, boolean allObjects) {
        this(name, relation, trigger, subject, object, side, confidence, allObjects, false);
    }

    /** Where the object stands relative to the trigger. */
    public enum Side { AFTER, BEFORE, PAIRS, BETWEEN }

    public static List<RelationRule> loadDefault() {
        List<RelationRule> rules = new ArrayList<>();
        List<String> lines = Resources.lines("/rules/relations.tsv");
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                rules.add(parse(lines.get(i), i + 1));
            }
        }
        return List.copyOf(rules);
    }

    static RelationRule parse(String line, int number) {
        String[] c = line.split("\t");
        if (c.length < 7) {
            throw new IllegalStateException("rules/relations.tsv:" + number + ": expected 7 or 8 columns");
        }
        Relation relation = Relation.byLocalName(c[1]).orElseThrow(() ->
                new IllegalStateException("rules/relations.tsv:" + number + ": unknown relation " + c[1]));
        return new RelationRule(c[0], relation, Pattern.compile(c[2]), TypeFilter.parse(c[3]), TypeFilter.parse(c[4]),
                Side.valueOf(c[5].toUpperCase(java.util.Locale.ROOT)), Double.parseDouble(c[6]),
                c.length > 7 && c[7].contains("all"), c.length > 7 && c[7].contains("inverse"));
    }
}
