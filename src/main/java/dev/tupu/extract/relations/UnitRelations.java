package dev.tupu.extract.relations;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.extract.names.BrandedProductRecognizer;
import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.extract.names.UnitNameRecognizer;
import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds to {@link Layer#RELATIONS}: who works, studies or is a member in a unit named after its organisation
 * (清华大学计算机系, 华为上海研发中心) works, studies or is in that organisation too; the relation is stated again
 * with the organisation the unit's name holds (rule {@code <rule>.parent}, confidence 0.9 of the original's). And
 * a unit an organisation set up is part of it (rule {@code <rule>.unit}). A product named with its maker's name
 * first (甲乙小智) is developed by that maker (rule {@code developedBy.brand}).
 */
public final class UnitRelations implements Stage {
    private static final Set<Relation> INHERITED = Set.of(Relation.WORKS_FOR, Relation.STUDIED_AT, Relation.MEMBER_OF);

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.MENTIONS, Layer.RELATIONS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public Annotation apply(Annotation in) {
        Set<String> known = new HashSet<>();
        for (RelationMention r : in.relations()) {
            known.add(r.subject().key() + "|" + r.relation() + "|" + r.object().key() + "|" + r.sentence().index());
        }
        java.util.Map<Integer, List<Mention>> byStart = new java.util.HashMap<>();
        for (Mention m : in.mentions()) {
            byStart.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
        }
        List<RelationMention> out = new ArrayList<>(in.relations());
        for (RelationMention r : in.relations()) {
            if (!INHERITED.contains(r.relation()) || !TeamRecognizer.isTeam(r.object())) {
                continue;
            }
            for (Mention head : byStart.getOrDefault(r.object().start(), List.of())) {
                boolean parent = head.start() == r.object().start() && head.end() < r.object().end()
                        && head.type().core() == CoreType.ORGANIZATION && head.type() != EntityType.COMMUNITY;
                Relation relation = r.relation() == Relation.MEMBER_OF ? Relation.WORKS_FOR : r.relation();
                String key = r.subject().key() + "|" + relation + "|" + head.key() + "|" + r.sentence().index();
                if (parent && known.add(key)) {
                    out.add(new RelationMention(r.subject(), relation, head, r.sentence(), r.rule() + ".parent",
                            Math.round(r.confidence() * 90) / 100.0));
                }
            }
        }
        for (RelationMention r : in.relations()) {
            // An organisation that set a unit up (百度成立了大数据实验室) has it as its part.
            if (r.relation() == Relation.FOUNDED && r.subject().type().core() == CoreType.ORGANIZATION
                    && UnitNameRecognizer.SOURCE.equals(r.object().source())
                    && known.add(r.object().key() + "|" + Relation.PART_OF + "|" + r.subject().key() + "|" + r.sentence().index())) {
                out.add(new RelationMention(r.object(), Relation.PART_OF, r.subject(), r.sentence(), r.rule() + ".unit",
                        Math.round(r.confidence() * 90) / 100.0));
            }
        }
        for (Mention product : in.mentions()) {
            if (!BrandedProductRecognizer.SOURCE.equals(product.source())) {
                continue;
            }
            Sentence sentence = sentenceOf(in, product);
            for (Mention maker : byStart.getOrDefault(product.start(), List.of())) {
                if (maker.end() < product.end() && maker.type().core() == CoreType.ORGANIZATION && sentence != null
                        && known.add(product.key() + "|" + Relation.DEVELOPED_BY + "|" + maker.key() + "|" + sentence.index())) {
                    out.add(new RelationMention(product, Relation.DEVELOPED_BY, maker, sentence, "developedBy.brand", 0.6));
                }
            }
        }
        return in.withRelations(out);
    }

    /** The sentence holding the mention (sentences in text order: a binary search, a long text has many). */
    private static Sentence sentenceOf(Annotation in, Mention m) {
        List<Sentence> sentences = in.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= m.start()) {
                lo = mid + 1;
            } else if (s.start() > m.start()) {
                hi = mid - 1;
            } else {
                return m.end() <= s.end() ? s : null;
            }
        }
        return null;
    }
}
